import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isClassification, levelRank, type Classification } from '../domain/classification';
import {
  CAVEATS_FIELD,
  COMPARTMENTS_FIELD,
  readCodes,
  visibilityOf,
  type Holding,
  type JsonClient,
  type Visibility,
} from '../domain/need-to-know';
import { clientOf } from './analytics/sql';
import { getService } from '../utils/get-service';

/** Who is calling, as far as clearance is concerned. */
export type Caller =
  | { kind: 'system' }
  | { kind: 'public' }
  | { kind: 'api-token' }
  | { kind: 'api-user'; id: number }
  | { kind: 'admin'; id: number; isSuperAdmin: boolean };

interface RequestState {
  auth?: { strategy?: { name?: string }; credentials?: { id?: number } | null };
  /** The authenticated user as its strategy loaded it (a Users & Permissions user has its clearance). */
  user?: {
    id: number;
    roles?: Array<{ code?: string }>;
    clearance?: unknown;
    compartments?: unknown;
    external?: unknown;
  };
  route?: { info?: { type?: string } };
  synergyClearance?: Classification;
  synergyHolding?: Holding;
  synergyVisibility?: Visibility;
}

const codesOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((code): code is string => typeof code === 'string') : [];

const SUPER_ADMIN_CODE = 'strapi-super-admin';

const createClearanceService = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () =>
    strapi.config.get('plugin::synergy') as {
      apiTokenClearance: Classification;
      apiTokenCompartments?: string[];
      apiTokenExternal?: boolean;
    };

  const service = {
    /** Identifies the caller of the current request; code without a request is the system. */
    currentCaller(): Caller {
      const ctx = strapi.requestContext.get();
      if (!ctx) return { kind: 'system' };
      const state = ctx.state as RequestState;
      const strategy = state.auth?.strategy?.name;
      if (strategy === 'admin' && state.user) {
        const isSuperAdmin = (state.user.roles ?? []).some(
          (role) => role.code === SUPER_ADMIN_CODE,
        );
        return { kind: 'admin', id: state.user.id, isSuperAdmin };
      }
      if (strategy === 'content-api-token') return { kind: 'api-token' };
      if (strategy === 'users-permissions' && state.auth?.credentials?.id) {
        return { kind: 'api-user', id: state.auth.credentials.id };
      }
      // A content-API request without credentials, or one that has not authenticated yet.
      return { kind: 'public' };
    },

    /** The clearance of an admin user: their clearance record, `internal` without one, `secret` for Super Admins. */
    async forAdminUser(user: {
      id: number;
      roles?: Array<{ code?: string }>;
    }): Promise<Classification> {
      if ((user.roles ?? []).some((role) => role.code === SUPER_ADMIN_CODE)) return 'secret';
      const record = await strapi.db.query('plugin::synergy.clearance').findOne({
        where: { user: { id: user.id } },
        select: ['level'],
      });
      return isClassification(record?.level) ? record.level : 'internal';
    },

    /** The clearance of a users-permissions user (`public` by default). */
    async forApiUser(id: number): Promise<Classification> {
      const user = await strapi.db
        .query('plugin::users-permissions.user')
        .findOne({ where: { id }, select: ['clearance'] });
      return isClassification(user?.clearance) ? user.clearance : 'public';
    },

    /**
     * The clearance of the current caller, or null for code running without a request
     * (bootstrap, seeding, jobs), which is not restricted. Cached on the request.
     */
    async currentClearance(): Promise<Classification | null> {
      const ctx = strapi.requestContext.get();
      const state = ctx?.state as RequestState | undefined;
      if (state?.synergyClearance) return state.synergyClearance;
      const caller = service.currentCaller();
      let clearance: Classification | null;
      switch (caller.kind) {
        case 'system':
          return null;
        case 'public':
          // Not cached: authentication may still be under way.
          return 'public';
        case 'api-token':
          clearance = config().apiTokenClearance;
          break;
        case 'api-user':
          // Users & Permissions loaded the whole user row for this request: no second read.
          clearance =
            state?.user?.id === caller.id && isClassification(state.user.clearance)
              ? state.user.clearance
              : await service.forApiUser(caller.id);
          break;
        case 'admin':
          clearance = caller.isSuperAdmin
            ? 'secret'
            : await service.forAdminUser({ id: caller.id });
          break;
      }
      if (state) state.synergyClearance = clearance;
      return clearance;
    },

    /**
     * What the current caller holds (SPEC §1.1): clearance, compartments, external or domestic;
     * null for code without a request. Super Admins hold every compartment; admin users are staff
     * (domestic); the public is external. Cached on the request.
     */
    async currentHolding(): Promise<Holding | null> {
      const ctx = strapi.requestContext.get();
      const state = ctx?.state as RequestState | undefined;
      if (state?.synergyHolding) return state.synergyHolding;
      const caller = service.currentCaller();
      let holding: Holding;
      switch (caller.kind) {
        case 'system':
          return null;
        case 'public':
          return { clearance: 'public', compartments: [], external: true };
        case 'api-token':
          holding = {
            clearance: config().apiTokenClearance,
            compartments: config().apiTokenCompartments ?? [],
            external: config().apiTokenExternal ?? false,
          };
          break;
        case 'api-user': {
          // Users & Permissions loaded the whole user row for this request: no second read.
          const user =
            state?.user?.id === caller.id && 'compartments' in state.user
              ? state.user
              : await strapi.db.query('plugin::users-permissions.user').findOne({
                  where: { id: caller.id },
                  select: ['clearance', 'compartments', 'external'],
                });
          holding = {
            clearance: isClassification(user?.clearance) ? user.clearance : 'public',
            compartments: codesOf(user?.compartments),
            external: user?.external === true,
          };
          break;
        }
        case 'admin':
          holding = caller.isSuperAdmin
            ? { clearance: 'secret', compartments: 'all', external: false }
            : { ...(await service.adminHolding(caller.id)), external: false };
          break;
      }
      if (state) state.synergyHolding = holding;
      return holding;
    },

    /** An admin user's clearance record as level and compartments (internal and none without one). */
    async adminHolding(id: number): Promise<Pick<Holding, 'clearance' | 'compartments'>> {
      const record = await strapi.db.query('plugin::synergy.clearance').findOne({
        where: { user: { id } },
        select: ['level', 'compartments'],
      });
      return {
        clearance: isClassification(record?.level) ? record.level : 'internal',
        compartments: codesOf(record?.compartments),
      };
    },

    /** The managed compartment codes and caveats, as the visibility rule needs them. */
    async needToKnowLists() {
      const [compartments, caveats] = await Promise.all([
        strapi.db.query('plugin::synergy.compartment').findMany({ select: ['code'] }),
        strapi.db
          .query('plugin::synergy.caveat')
          .findMany({ select: ['code', 'withheldFromExternal'] }),
      ]);
      return {
        compartments: (compartments as Array<{ code: string }>).map((row) => row.code),
        caveats: (caveats as Array<{ code: string; withheldFromExternal: boolean | null }>).map(
          (row) => ({ code: row.code, withheldFromExternal: row.withheldFromExternal === true }),
        ),
      };
    },

    /** The visibility of a holding: its levels and what it may not see of compartments and caveats. */
    async visibilityFor(holding: Holding): Promise<Visibility> {
      // Holding every compartment and domestic: nothing to look up, nothing withheld.
      const lists =
        holding.compartments === 'all' && !holding.external
          ? { compartments: [], caveats: [] }
          : await service.needToKnowLists();
      return visibilityOf(holding, lists, service.jsonClient());
    },

    /**
     * Checks the compartments and caveats a write body names (SPEC §1.1).
     * @throws ValidationError (400 naming the field) for a malformed list or an unknown code;
     * PolicyError (403 naming it) for a compartment the caller does not hold.
     */
    async checkTags(data: Record<string, unknown> | undefined): Promise<void> {
      if (!data || (data[COMPARTMENTS_FIELD] === undefined && data[CAVEATS_FIELD] === undefined))
        return;
      const lists = await service.needToKnowLists();
      const known: Record<string, string[]> = {
        [COMPARTMENTS_FIELD]: lists.compartments,
        [CAVEATS_FIELD]: lists.caveats.map((caveat) => caveat.code),
      };
      for (const field of [COMPARTMENTS_FIELD, CAVEATS_FIELD]) {
        const { codes, error } = readCodes(field, data[field]);
        const unknown = codes?.find((code) => !known[field].includes(code));
        const message =
          error ?? (unknown === undefined ? undefined : `${field}: unknown code "${unknown}"`);
        if (message)
          throw new errors.ValidationError(message, {
            errors: [{ path: [field], message, name: 'ValidationError' }],
          });
        if (codes) data[field] = codes;
      }
      const holding = await service.currentHolding();
      const held = holding?.compartments ?? 'all';
      if (held === 'all') return;
      const missing = (data[COMPARTMENTS_FIELD] as string[] | undefined)?.find(
        (code) => !held.includes(code),
      );
      if (missing !== undefined) {
        const message = `compartment "${missing}" is not one you hold: you may not tag a record with it or grant it`;
        throw new errors.PolicyError(message, {
          errors: [{ path: [COMPARTMENTS_FIELD], message, name: 'PolicyError' }],
        });
      }
    },

    /**
     * Whether the caller may grant these compartments: each known, each held by the caller.
     * @throws ValidationError naming an unknown code; PolicyError naming one the caller does not hold.
     */
    async checkGrantableCompartments(codes: string[]): Promise<void> {
      await service.checkTags({ [COMPARTMENTS_FIELD]: codes });
    },

    jsonClient(): JsonClient {
      return clientOf(strapi);
    },

    /**
     * What the current caller may see (levels, withheld compartments and caveats), or null for
     * code without a request. The one source every enforcement point reads. Cached on the request.
     */
    async currentVisibility(): Promise<Visibility | null> {
      const ctx = strapi.requestContext.get();
      const state = ctx?.state as RequestState | undefined;
      if (state?.synergyVisibility) return state.synergyVisibility;
      const holding = await service.currentHolding();
      if (!holding) return null;
      const visibility = await service.visibilityFor(holding);
      // The public's holding may change once authentication has run: like its clearance, not cached.
      if (state && service.currentCaller().kind !== 'public') state.synergyVisibility = visibility;
      return visibility;
    },
  };
  return Object.assign(service, {
    /** Every admin user with their clearance, for the settings page. */
    async listAdminClearances() {
      const [users, records] = await Promise.all([
        strapi.db.query('admin::user').findMany({
          select: ['id', 'firstname', 'lastname', 'email', 'isActive'],
          populate: { roles: { select: ['name', 'code'] } },
          orderBy: { id: 'asc' },
        }),
        strapi.db
          .query('plugin::synergy.clearance')
          .findMany({ populate: { user: { select: ['id'] } } }),
      ]);
      const recordOf = new Map(
        records.map((record: { user?: { id: number }; level: Classification; note?: string }) => [
          record.user?.id,
          record,
        ]),
      );
      return users.map(
        (user: {
          id: number;
          firstname: string;
          lastname: string;
          email: string;
          isActive: boolean;
          roles: Array<{ name: string; code: string }>;
        }) => {
          const isSuperAdmin = user.roles.some((role) => role.code === SUPER_ADMIN_CODE);
          const record = recordOf.get(user.id) as
            { level: Classification; note?: string; compartments?: unknown } | undefined;
          return {
            id: user.id,
            firstname: user.firstname,
            lastname: user.lastname,
            email: user.email,
            isActive: user.isActive,
            roles: user.roles.map((role) => role.name),
            isSuperAdmin,
            level: isSuperAdmin ? 'secret' : (record?.level ?? 'internal'),
            explicit: Boolean(record),
            note: record?.note ?? null,
            compartments: isSuperAdmin ? null : codesOf(record?.compartments),
          };
        },
      );
    },

    /**
     * Sets an admin user's clearance.
     * @throws NotFoundError for an unknown user; ValidationError for a Super Admin (always secret);
     * PolicyError when `grantedBy` would grant above their own clearance.
     */
    async setAdminClearance(
      userId: number,
      level: Classification,
      note: string | null | undefined,
      grantedBy: Classification,
      compartments?: string[],
    ) {
      const user = await strapi.db
        .query('admin::user')
        .findOne({ where: { id: userId }, populate: { roles: { select: ['code'] } } });
      if (!user) throw new errors.NotFoundError('Admin user not found');
      if ((user.roles as Array<{ code: string }>).some((role) => role.code === SUPER_ADMIN_CODE)) {
        throw new errors.ValidationError(
          'level cannot be changed for a Super Admin, whose clearance is always secret',
        );
      }
      if (levelRank(level) > levelRank(grantedBy)) {
        throw new errors.PolicyError(`level "${level}" is above your own clearance "${grantedBy}"`);
      }
      const query = strapi.db.query('plugin::synergy.clearance');
      const existing = await query.findOne({ where: { user: { id: userId } } });
      const saved = existing
        ? await query.update({
            where: { id: existing.id },
            data: { level, note: note ?? null, ...(compartments ? { compartments } : {}) },
          })
        : await query.create({
            data: { user: userId, level, note: note ?? null, compartments: compartments ?? [] },
          });
      getService(strapi, 'audit').record({
        ...getService(strapi, 'audit').currentActor(),
        occurredAt: new Date(),
        action: existing ? 'update' : 'create',
        contentType: 'plugin::synergy.clearance',
        recordId: String(userId),
        classification: null,
        changedFields: [
          'level',
          ...(note !== undefined ? ['note'] : []),
          ...(compartments ? ['compartments'] : []),
        ],
        details: { level, ...(compartments ? { compartments } : {}) },
      });
      return {
        userId,
        level: saved.level as Classification,
        note: saved.note ?? null,
        compartments: codesOf(saved.compartments),
      };
    },
  });
};

export type ClearanceService = ReturnType<typeof createClearanceService>;

export default createClearanceService;
