import type { Core, UID } from "@strapi/strapi";
import { errors } from "@strapi/utils";
import createHttpError from "http-errors";
import type { PostMergeCustomers } from "../../../shared/contracts/data-quality";
import type { AuditEntryInput } from "../domain/audit";
import type { Classification } from "../domain/classification";
import {
  mergeCustomerFields,
  type MergeAttribute,
} from "../domain/customer-merge";
import { getService } from "../utils/get-service";

const CUSTOMER = "api::customer.customer";

interface RelationAttribute extends MergeAttribute {
  target?: string;
  mappedBy?: string;
}

interface ContentTypeModel {
  info: { pluralName: string };
  attributes: Record<string, RelationAttribute>;
}

/** A relation that points at a customer, held by the type that owns the link. */
interface CustomerRelation {
  uid: UID.ContentType;
  attribute: string;
  /** Key in the answer's `moved`: `<plural name>.<attribute>`, e.g. `contacts.customer`. */
  key: string;
  toMany: boolean;
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
 * owner (contact.customer).
 */
const relationsToCustomer = (strapi: Core.Strapi): CustomerRelation[] =>
  Object.entries(
    strapi.contentTypes as unknown as Record<string, ContentTypeModel>,
  )
    // The customer's own `localizations` is Strapi's link between locales of one document, not a relation to move.
    .filter(([uid]) => uid !== CUSTOMER)
    .flatMap(([uid, model]) =>
      Object.entries(model.attributes)
        .filter(
          ([, attribute]) =>
            attribute.type === "relation" &&
            attribute.target === CUSTOMER &&
            !attribute.mappedBy,
        )
        .map(([attribute, shape]) => ({
          uid: uid as UID.ContentType,
          attribute,
          key: `${model.info.pluralName}.${attribute}`,
          toMany: ["manyToMany", "oneToMany"].includes(shape.relation ?? ""),
        })),
    );

const createCustomerMergeService = ({ strapi }: { strapi: Core.Strapi }) => {
  const customerAttributes = () =>
    (strapi.contentTypes as unknown as Record<string, ContentTypeModel>)[
      CUSTOMER
    ].attributes;

  /** The customer as the caller may see it (document service: clearance applies), or a 404 naming the field. */
  const visibleCustomer = async (
    documentId: string,
    field: "keep" | "remove",
  ) => {
    const customer = (await strapi
      .documents(CUSTOMER)
      .findOne({
        documentId,
        populate: ["needs", "owner"],
      } as never)) as StoredCustomer | null;
    if (!customer)
      throw new errors.NotFoundError(
        `${field}: customer ${documentId} not found`,
      );
    return customer;
  };

  /**
   * Repoints one relation from the removed customer to the kept one, record by record through the
   * query engine (which keeps Strapi's link tables and their order columns right). A to-many link
   * the kept customer already has is not added twice.
   */
  const moveRelation = async (
    relation: CustomerRelation,
    keptId: number,
    removedId: number,
  ): Promise<LinkedRecord[]> => {
    const query = strapi.db.query(relation.uid);
    const linked = (await query.findMany({
      where: { [relation.attribute]: { id: removedId } },
      select: ["id", "documentId", "classification"],
    })) as LinkedRecord[];
    if (linked.length === 0) return linked;
    const alreadyLinked = relation.toMany
      ? new Set(
          (
            (await query.findMany({
              where: {
                id: { $in: linked.map((record) => record.id) },
                [relation.attribute]: { id: keptId },
              },
              select: ["id"],
            })) as Array<{ id: number }>
          ).map((record) => record.id),
        )
      : new Set<number>();
    for (const record of linked) {
      const data = relation.toMany
        ? {
            [relation.attribute]: {
              disconnect: [{ id: removedId }],
              connect: alreadyLinked.has(record.id) ? [] : [{ id: keptId }],
            },
          }
        : { [relation.attribute]: keptId };
      await query.update({ where: { id: record.id }, data });
    }
    return linked;
  };

  /** Locks both customer rows until the merge commits (PostgreSQL, MariaDB; SQLite writes one at a time). */
  const lockCustomers = async (documentIds: string[]) => {
    if (strapi.db.dialect.client === "sqlite") return;
    await strapi.db.entityManager
      .createQueryBuilder(CUSTOMER)
      .select("id")
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
     * @throws a 409 when the duplicate is in an approval review.
     */
    async merge({
      keep,
      remove,
    }: PostMergeCustomers.Body): Promise<PostMergeCustomers.Result> {
      return strapi.db.transaction(async () => {
        await lockCustomers([keep, remove]);
        const kept = await visibleCustomer(keep, "keep");
        const removed = await visibleCustomer(remove, "remove");
        const review = await getService(strapi, "reviews").stateOf(
          CUSTOMER,
          remove,
        );
        if (review?.state === "in_review") {
          throw createHttpError(
            409,
            `remove: customer ${remove} is in an approval review; finish or withdraw it before merging`,
          );
        }

        const audit = getService(strapi, "audit");
        const actor = audit.currentActor();
        const moved: Record<string, number> = {};
        const movedEntries: AuditEntryInput[] = [];
        for (const relation of relationsToCustomer(strapi)) {
          const records = await moveRelation(relation, kept.id, removed.id);
          moved[relation.key] = records.length;
          movedEntries.push(
            ...records.map((record) => ({
              ...actor,
              occurredAt: new Date(),
              action: "update" as const,
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
        const { data, filled } = mergeCustomerFields(
          customerAttributes(),
          kept,
          removed,
        );
        const updated = Object.keys(data).length
          ? ((await strapi
              .documents(CUSTOMER)
              .update({
                documentId: keep,
                data,
              } as never)) as unknown as StoredCustomer)
          : kept;

        audit.record(...movedEntries, {
          ...actor,
          occurredAt: new Date(),
          action: "merge",
          contentType: CUSTOMER,
          recordId: keep,
          classification: updated.classification,
          changedFields: filled,
          details: { keep, remove, removedName: removed.name, moved },
        });
        return {
          kept: {
            documentId: updated.documentId,
            name: updated.name,
            code: updated.code ?? null,
          },
          removed: { documentId: removed.documentId, name: removed.name },
          moved,
          filled,
        };
      });
    },
  };
};

export type CustomerMergeService = ReturnType<
  typeof createCustomerMergeService
>;

export default createCustomerMergeService;
