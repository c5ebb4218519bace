import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import type { PostMergeCustomers } from '../../../shared/contracts/data-quality';
import type { DualControlRequest } from '../../../shared/contracts/dual-control';
import type { AuditEntryInput } from '../domain/audit';
import type { Classification } from '../domain/classification';
import { mergeCustomerFields } from '../domain/customer-merge';
import { ConflictError } from '../utils/conflict';
import { contentTypeModels, getModel } from '../utils/get-model';
import { getService } from '../utils/get-service';

const CUSTOMER = 'api::customer.customer';

/** A relation that points at a customer, held by the type that owns the link. */
interface CustomerRelation {
  uid: UID.ContentType;
  attribute: string;
  /** Key in the answer's `moved`: `<plural name>.<attribute>`, e.g. `contacts.customer`. */
  key: string;
}

/** Strapi 5 keeps every relation in a link table (`<type>_<attribute>_lnk`). */
interface LinkTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  /** The position of the owner in the customer's own list (customer.contacts), when the relation has an inverse side. */
  inverseOrderColumnName?: string;
}

interface LinkedRecord {
  id: number;
  documentId: string;
  classification?: Classification | null;
}

interface StoredCustomer extends Record<string, unknown> {
  id: number;
  documentId: string;
  name: string;
  code: string | null;
  classification: Classification;
}

/**
 * Every owning relation of every content type whose target is the customer, read from the schemas
 * so a relation added later is moved too. The inverse side (customer.contacts) moves with its
 * owner (contact.customer). The customer's own `localizations` (Strapi's link between the locales
 * of one document) is not a relation to move.
 */
const relationsToCustomer = (strapi: Core.Strapi): CustomerRelation[] =>
  contentTypeModels(strapi)
    .filter(([uid]) => uid !== CUSTOMER)
    .flatMap(([uid, model]) =>
      Object.entries(model.attributes)
        .filter(
          ([, attribute]) =>
            attribute.type === 'relation' && attribute.target === CUSTOMER && !attribute.mappedBy,
        )
        .map(([attribute]) => ({
          uid: uid as UID.ContentType,
          attribute,
          key: `${model.info.pluralName}.${attribute}`,
        })),
    );

const createCustomerMergeService = ({ strapi }: { strapi: Core.Strapi }) => {
  const customerAttributes = () => getModel(strapi, CUSTOMER)?.attributes ?? {};

  /** The customer as the caller may see it (document service: clearance applies), or a 404 naming the field. */
  const visibleCustomer = async (documentId: string, field: 'keep' | 'remove') => {
    const customer = (await strapi
      .documents(CUSTOMER)
      .findOne({ documentId, populate: ['needs', 'owner'] } as never)) as StoredCustomer | null;
    if (!customer) throw new errors.NotFoundError(`${field}: customer ${documentId} not found`);
    return customer;
  };

  const linkTableOf = (relation: CustomerRelation): LinkTable => {
    const attribute = strapi.db.metadata.get(relation.uid).attributes[relation.attribute] as {
      joinTable?: LinkTable;
    };
    if (!attribute.joinTable)
      throw new errors.ApplicationError(`${relation.key} has no link table to move`);
    return attribute.joinTable;
  };

  /**
   * Repoints one relation from the removed customer to the kept one in its link table: a few
   * statements whatever the number of records. A link the kept customer already has (a strategy
   * targeting both) is dropped rather than doubled; moved records go after the kept customer's own
   * in its ordered list. Answers the records moved.
   */
  const moveRelation = async (
    trx: Knex.Transaction,
    relation: CustomerRelation,
    keptId: number,
    removedId: number,
  ): Promise<LinkedRecord[]> => {
    const link = linkTableOf(relation);
    const owner = link.joinColumn.name;
    const customer = link.inverseJoinColumn.name;
    const rows = () => strapi.db.connection(link.name).transacting(trx);

    const ownerIds = (await rows().where(customer, removedId).pluck(owner)) as number[];
    if (ownerIds.length === 0) return [];
    const alreadyKept = (await rows()
      .where(customer, keptId)
      .whereIn(owner, ownerIds)
      .pluck(owner)) as number[];
    if (alreadyKept.length > 0)
      await rows().where(customer, removedId).whereIn(owner, alreadyKept).del();
    const order = link.inverseOrderColumnName;
    const last = order
      ? Number(
          (
            (await rows().where(customer, keptId).max({ last: order }).first()) as
              { last: number | null } | undefined
          )?.last ?? 0,
        )
      : 0;
    await rows()
      .where(customer, removedId)
      .update({
        [customer]: keptId,
        ...(order ? { [order]: strapi.db.connection.raw('?? + ?', [order, last]) } : {}),
      });

    return (await strapi.db.query(relation.uid).findMany({
      where: { id: { $in: ownerIds } },
      select: ['id', 'documentId', 'classification'],
    })) as LinkedRecord[];
  };

  /** Locks both customer rows until the merge commits (PostgreSQL, MariaDB; SQLite writes one at a time). */
  const lockCustomers = async (documentIds: string[]) => {
    if (strapi.db.dialect.client === 'sqlite') return;
    await strapi.db.entityManager
      .createQueryBuilder(CUSTOMER)
      .select('id')
      .where({ documentId: { $in: documentIds } })
      .forUpdate()
      .execute();
  };

  return {
    /**
     * Merges the customer `remove` into `keep` in one transaction: every record related to the
     * duplicate moves to the kept customer, the kept customer's empty fields take the duplicate's
     * values and its needs are appended, the duplicate is deleted, and the merge is recorded.
     * @throws NotFoundError when either customer does not exist or is above the caller's clearance.
     * @throws ConflictError (409) when the duplicate is in an approval review.
     * Answers `{ request }` instead when the two-person rule holds the merge for a second person.
     */
    async merge({
      keep,
      remove,
    }: PostMergeCustomers.Body): Promise<
      PostMergeCustomers.Result | { request: DualControlRequest }
    > {
      // Refused merges are refused now, not after a second person approved them.
      const [keptName, removedName] = [
        (await visibleCustomer(keep, 'keep')).name,
        (await visibleCustomer(remove, 'remove')).name,
      ];
      const held = await getService(strapi, 'dual-control').intercept('merge-customers', {
        payload: { keep, remove },
        summary: `Merge customer ${removedName} into ${keptName}`,
      });
      if (held) return { request: held };
      const result = await strapi.db.transaction(async ({ trx }) => {
        await lockCustomers([keep, remove]);
        const kept = await visibleCustomer(keep, 'keep');
        const removed = await visibleCustomer(remove, 'remove');
        const review = await getService(strapi, 'reviews').stateOf(CUSTOMER, remove);
        if (review?.state === 'in_review') {
          throw new ConflictError(
            `remove: customer ${remove} is in an approval review; finish or withdraw it before merging`,
          );
        }

        const audit = getService(strapi, 'audit');
        const actor = audit.currentActor();
        const moved: Record<string, number> = {};
        const movedEntries: AuditEntryInput[] = [];
        for (const relation of relationsToCustomer(strapi)) {
          const records = await moveRelation(trx, relation, kept.id, removed.id);
          moved[relation.key] = records.length;
          movedEntries.push(
            ...records.map((record) => ({
              ...actor,
              occurredAt: new Date(),
              action: 'update' as const,
              contentType: relation.uid,
              recordId: record.documentId,
              classification: record.classification ?? null,
              changedFields: [relation.attribute],
              details: { merge: { keep, remove } },
            })),
          );
        }

        // Through the document service: clearance, business rules and the audit trail apply.
        await strapi.documents(CUSTOMER).delete({ documentId: remove });
        const { data, filled } = mergeCustomerFields(customerAttributes(), kept, removed);
        const updated = Object.keys(data).length
          ? ((await strapi
              .documents(CUSTOMER)
              .update({ documentId: keep, data } as never)) as unknown as StoredCustomer)
          : kept;

        audit.record(...movedEntries, {
          ...actor,
          occurredAt: new Date(),
          action: 'merge',
          contentType: CUSTOMER,
          recordId: keep,
          classification: updated.classification,
          changedFields: filled,
          details: { keep, remove, removedName: removed.name, moved },
        });
        return {
          kept: { documentId: updated.documentId, name: updated.name, code: updated.code ?? null },
          removed: { documentId: removed.documentId, name: removed.name },
          moved,
          filled,
        };
      });
      // The link rows moved above bypass the document service: their owners' cached analytics go stale.
      await getService(strapi, 'data-versions').bump([
        CUSTOMER,
        ...relationsToCustomer(strapi).map((relation) => relation.uid),
      ]);
      return result;
    },
  };
};

export type CustomerMergeService = ReturnType<typeof createCustomerMergeService>;

export default createCustomerMergeService;
