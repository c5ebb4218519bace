import type { Core } from '@strapi/strapi';
import { visibleLevels } from '../domain/classification';
import { crmType } from '../domain/crm-content-types';
import { getService } from '../utils/get-service';
import { createReviewCommands } from './review-commands';
import { createReviewQueries } from './review-queries';

export type { ReviewActor, ReviewRow } from './review-queries';

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
    const clearance = await getService(strapi, 'clearance').currentClearance();
    const field = titleField(uid);
    const rows = (await strapi.db.query(uid as never).findMany({
      where: {
        documentId: { $in: documentIds },
        ...(clearance === null ? {} : { classification: { $in: visibleLevels(clearance) } }),
      },
      select: ['documentId', ...(field ? [field] : [])],
    })) as Array<Record<string, string | null>>;
    return new Map(
      rows.map((row) => [row.documentId as string, field ? (row[field] ?? null) : null]),
    );
  };

  const queries = createReviewQueries({ strapi, visibleDocuments });
  const { list, findOne, forDocument, stateOf } = queries;
  return {
    list,
    findOne,
    forDocument,
    stateOf,
    ...createReviewCommands({ strapi, queries, visibleDocuments }),
  };
};

export type ReviewsService = ReturnType<typeof createReviewsService>;

export default createReviewsService;
