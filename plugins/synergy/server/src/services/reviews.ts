import type { Core } from '@strapi/strapi';
import type { ListReviewHistory } from '../../../shared/contracts/reviews';
import { visibilityFilter } from '../domain/need-to-know';
import { crmType } from '../domain/crm-content-types';
import { getService } from '../utils/get-service';
import { createReviewCommands } from './review-commands';
import { createReviewQueries, type ReviewActor, type ReviewRow } from './review-queries';

export type { ReviewActor, ReviewRow } from './review-queries';

/** Content-API callers read reviews; approving is done by admin users in the admin panel. */
const CONTENT_API_READER: ReviewActor = {
  id: 0,
  name: 'content-api',
  roleIds: [],
  isSuperAdmin: false,
  canUpdate: () => false,
};

/**
 * Approval reviews (SPEC §3): the queries that present them (review-queries.ts) and the actions
 * that move them (review-commands.ts), both seeing only documents within the caller's clearance.
 */
const createReviewsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const titleField = (uid: string) => crmType(uid)?.titleField ?? undefined;

  /** The documents of one type the caller may see, with their titles (one query). */
  const visibleDocuments = async (
    uid: string,
    documentIds: string[],
  ): Promise<Map<string, string | null>> => {
    const visibility = await getService(strapi, 'clearance').currentVisibility();
    const field = titleField(uid);
    const rows = (await strapi.db.query(uid as never).findMany({
      where: {
        documentId: { $in: documentIds },
        ...(visibility === null ? {} : visibilityFilter(visibility)),
      },
      select: ['documentId', ...(field ? [field] : [])],
    })) as Array<Record<string, string | null>>;
    return new Map(
      rows.map((row) => [row.documentId as string, field ? (row[field] ?? null) : null]),
    );
  };

  const queries = createReviewQueries({ strapi, visibleDocuments });
  const { list, findOne, forDocument, stateOf, historiesOf } = queries;
  return {
    list,
    findOne,
    forDocument,
    stateOf,

    /**
     * Reviews with their histories for the content API: the same list, clearance and order as the
     * admin's, seen by a caller who may take no action.
     */
    async listHistories(query: ListReviewHistory.Query & { page: number; pageSize: number }) {
      const { results, pagination } = await list(CONTENT_API_READER, query);
      const histories = await historiesOf(results.map((review) => review.id));
      return {
        results: results.map((review) => ({ ...review, events: histories.get(review.id) ?? [] })),
        pagination,
      };
    },

    /** A review as the system presents it (notifications, jobs): no caller, no actions. */
    presentForSystem: async (row: ReviewRow) =>
      (await queries.present([row], CONTENT_API_READER))[0],

    /** One review with its history for the content API. @throws NotFoundError */
    findHistory: (id: number) => findOne(CONTENT_API_READER, id),
    ...createReviewCommands({ strapi, queries, visibleDocuments }),
  };
};

export type ReviewsService = ReturnType<typeof createReviewsService>;

export default createReviewsService;
