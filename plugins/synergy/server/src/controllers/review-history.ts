import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import type { ListReviewHistory } from '../../../shared/contracts/reviews';
import { getService } from '../utils/get-service';
import { validateReviewHistoryQuery } from '../validation';

/**
 * Content API: reviews and their history for other applications (Strapi EE's review-workflows
 * API is not part of Strapi 5 Community). Read-only: actions stay in the admin panel.
 */
const createReviewHistoryController = ({ strapi }: { strapi: Core.Strapi }) => {
  const reviews = () => getService(strapi, 'reviews');
  return {
    /** GET /api/synergy/reviews?contentType=&documentId=&state=&page=&pageSize= */
    async find(ctx: Context) {
      const query = (await validateReviewHistoryQuery(ctx.query)) as ListReviewHistory.Query & {
        page: number;
        pageSize: number;
      };
      const { results, pagination } = await reviews().listHistories(query);
      ctx.body = { data: results, meta: { pagination } };
    },

    /** GET /api/synergy/reviews/:id */
    async findOne(ctx: Context) {
      const id = Number(ctx.params.id);
      if (!Number.isInteger(id) || id < 1)
        throw new errors.ValidationError('id must be a positive integer', {
          errors: [
            { path: ['id'], message: 'id must be a positive integer', name: 'ValidationError' },
          ],
        });
      ctx.body = { data: await reviews().findHistory(id) };
    },
  };
};

export default createReviewHistoryController;
