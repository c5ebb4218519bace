import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CRM_CONTENT_TYPES } from '../domain/crm-content-types';
import { CAVEATS_FIELD, COMPARTMENTS_FIELD, SEED_CAVEATS } from '../domain/need-to-know';
import { ConflictError } from '../utils/conflict';
import { getService } from '../utils/get-service';

const COMPARTMENT_UID = 'plugin::synergy.compartment';
const CAVEAT_UID = 'plugin::synergy.caveat';

export interface CompartmentInput {
  code?: string;
  name?: string;
  description?: string | null;
}

export interface CaveatInput extends CompartmentInput {
  nameEn?: string | null;
  withheldFromExternal?: boolean;
}

type Kind = 'compartment' | 'caveat';

const UIDS: Record<Kind, string> = { compartment: COMPARTMENT_UID, caveat: CAVEAT_UID };
const FIELDS: Record<Kind, string> = { compartment: COMPARTMENTS_FIELD, caveat: CAVEATS_FIELD };
const SELECT: Record<Kind, string[]> = {
  compartment: ['id', 'code', 'name', 'description'],
  caveat: ['id', 'code', 'name', 'nameEn', 'description', 'withheldFromExternal'],
};

/** The managed lists of compartments and release caveats (SPEC §1.1), for Security Officers. */
const createNeedToKnowService = ({ strapi }: { strapi: Core.Strapi }) => {
  const audit = (kind: Kind, action: 'create' | 'update' | 'delete', code: string) => {
    const service = getService(strapi, 'audit');
    service.record({
      ...service.currentActor(),
      occurredAt: new Date(),
      action,
      contentType: UIDS[kind],
      recordId: code,
      classification: null,
      changedFields: [],
      details: { code },
    });
  };

  /** How many CRM records carry `code` in `field` (every type of the registry). */
  const carriers = async (field: string, code: string): Promise<number> => {
    let total = 0;
    for (const uid of CRM_CONTENT_TYPES) {
      const where =
        getService(strapi, 'clearance').jsonClient() === 'sqlite'
          ? { [field]: { $contains: JSON.stringify(code) } }
          : { [field]: { $jsonSupersetOf: JSON.stringify([code]) } };
      total += await strapi.db.query(uid as never).count({ where });
    }
    return total;
  };

  const service = {
    async list(kind: Kind) {
      return strapi.db
        .query(UIDS[kind] as never)
        .findMany({ select: SELECT[kind], orderBy: { code: 'asc' } });
    },

    /**
     * Adds a compartment or caveat. A Security Officer creating a compartment holds it.
     * @throws ConflictError when the code is taken.
     */
    async create(kind: Kind, input: CompartmentInput | CaveatInput) {
      const query = strapi.db.query(UIDS[kind] as never);
      if (await query.findOne({ where: { code: input.code } }))
        throw new ConflictError(`code "${input.code}" is already taken`);
      const created = await query.create({ data: input, select: SELECT[kind] });
      audit(kind, 'create', input.code!);
      if (kind === 'compartment') await service.grantToCurrentAdmin(input.code!);
      return created;
    },

    /** @throws NotFoundError for an unknown id. The code does not change: records carry it. */
    async update(kind: Kind, id: number, input: CompartmentInput | CaveatInput) {
      const query = strapi.db.query(UIDS[kind] as never);
      const existing = (await query.findOne({ where: { id } })) as { code: string } | null;
      if (!existing) throw new errors.NotFoundError(`${kind} not found`);
      const updated = await query.update({ where: { id }, data: input, select: SELECT[kind] });
      audit(kind, 'update', existing.code);
      return updated;
    },

    /** @throws NotFoundError for an unknown id; ConflictError while records carry it. */
    async delete(kind: Kind, id: number) {
      const query = strapi.db.query(UIDS[kind] as never);
      const existing = (await query.findOne({ where: { id } })) as { code: string } | null;
      if (!existing) throw new errors.NotFoundError(`${kind} not found`);
      const count = await carriers(FIELDS[kind], existing.code);
      if (count > 0)
        throw new ConflictError(
          `${kind} "${existing.code}" is carried by ${count} records: remove it from them first`,
        );
      await query.delete({ where: { id } });
      audit(kind, 'delete', existing.code);
      return { id, code: existing.code };
    },

    /** The admin user of the request (not a Super Admin, who holds every compartment) now holds `code`. */
    async grantToCurrentAdmin(code: string) {
      const caller = getService(strapi, 'clearance').currentCaller();
      if (caller.kind !== 'admin' || caller.isSuperAdmin) return;
      const query = strapi.db.query('plugin::synergy.clearance');
      const record = (await query.findOne({ where: { user: { id: caller.id } } })) as {
        id: number;
        compartments?: unknown;
      } | null;
      const held = Array.isArray(record?.compartments) ? (record.compartments as string[]) : [];
      if (record)
        await query.update({
          where: { id: record.id },
          data: { compartments: [...new Set([...held, code])] },
        });
      else
        await query.create({ data: { user: caller.id, level: 'internal', compartments: [code] } });
    },

    /** Seeds the caveats of SPEC §1.1 once; an administrator's later changes are kept. */
    async ensureSeedCaveats() {
      const query = strapi.db.query(CAVEAT_UID as never);
      for (const caveat of SEED_CAVEATS) {
        if (!(await query.findOne({ where: { code: caveat.code } })))
          await query.create({ data: { ...caveat } });
      }
    },
  };
  return service;
};

export type NeedToKnowService = ReturnType<typeof createNeedToKnowService>;

export default createNeedToKnowService;
