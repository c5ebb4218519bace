import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import type { ActOnReview, ListReviews, SubmitReview } from '../../../shared/contracts/reviews';
import type { ReviewActor } from '../services/reviews';
import { getService } from '../utils/get-service';
import {
  validateActionBody,
  validateDocumentReviewQuery,
  validateListReviewsQuery,
  validateSubmitBody,
} from '../validation';
import { personName } from '../domain/person-name';

interface AdminState {
  user: {
    id: number;
    firstname?: string | null;
    lastname?: string | null;
    email: string;
    roles?: Array<{ id: number; code?: string }>;
  };
  userAbility: { can: (action: string, subject?: string) => boolean };
}

/** The admin user of the request, as the review rules need them. */
export const actorOf = (ctx: Context): ReviewActor => {
  const { user, userAbility } = ctx.state as AdminState;
  const roles = user.roles ?? [];
  return {
    id: user.id,
    name: personName(user) ?? user.email,
    roleIds: roles.map((role) => role.id),
    isSuperAdmin: roles.some((role) => role.code === 'strapi-super-admin'),
    canUpdate: (uid) => userAbility.can('plugin::content-manager.explorer.update', uid),
  };
};

const reviewId = (ctx: Context) => {
  const id = Number(ctx.params.id);
  if (!Number.isInteger(id) || id < 1)
    throw new errors.ValidationError('id must be a positive integer');
  return id;
};

const createReviewsController = ({ strapi }: { strapi: Core.Strapi }) => {
  const reviews = () => getService(strapi, 'reviews');
  /** The actor with the approvers they stand in for today: their inbox and decisions include those. */
  const actor = async (ctx: Context): Promise<ReviewActor> => {
    const own = actorOf(ctx);
    return { ...own, standingInFor: await getService(strapi, 'delegations').standingInFor(own.id) };
  };
  return {
    /** GET /synergy/reviews */
    async find(ctx: Context) {
      const query = (await validateListReviewsQuery(ctx.query)) as ListReviews.Query & {
        page: number;
        pageSize: number;
      };
      const { results, pagination } = await reviews().list(await actor(ctx), query);
      ctx.body = { data: results, meta: { pagination } };
    },

    /** GET /synergy/reviews/document?contentType=&documentId= */
    async findForDocument(ctx: Context) {
      const { contentType, documentId } = (await validateDocumentReviewQuery(ctx.query)) as {
        contentType: string;
        documentId: string;
      };
      const { review, workflow, canSubmit } = await reviews().forDocument(
        await actor(ctx),
        contentType,
        documentId,
      );
      ctx.body = { data: review, meta: { workflow, canSubmit } };
    },

    /** GET /synergy/reviews/:id */
    async findOne(ctx: Context) {
      ctx.body = { data: await reviews().findOne(await actor(ctx), reviewId(ctx)) };
    },

    /** POST /synergy/reviews */
    async submit(ctx: Context) {
      const body = (await validateSubmitBody(ctx.request.body)) as SubmitReview.Body;
      ctx.body = {
        data: await reviews().submit(await actor(ctx), {
          ...body,
          comment: body.comment ?? undefined,
        }),
      };
    },

    /** POST /synergy/reviews/:id/approve */
    async approve(ctx: Context) {
      const body = (await validateActionBody(ctx.request.body)) as ActOnReview.Body;
      ctx.body = {
        data: await reviews().approve(await actor(ctx), reviewId(ctx), {
          version: body.version,
          comment: body.comment ?? undefined,
        }),
      };
    },

    /** POST /synergy/reviews/:id/reject */
    async reject(ctx: Context) {
      const body = (await validateActionBody(ctx.request.body)) as ActOnReview.Body;
      ctx.body = {
        data: await reviews().reject(await actor(ctx), reviewId(ctx), {
          version: body.version,
          comment: body.comment ?? undefined,
        }),
      };
    },

    /** POST /synergy/reviews/:id/withdraw */
    async withdraw(ctx: Context) {
      const body = (await validateActionBody(ctx.request.body)) as ActOnReview.Body;
      ctx.body = {
        data: await reviews().withdraw(await actor(ctx), reviewId(ctx), {
          version: body.version,
          comment: body.comment ?? undefined,
        }),
      };
    },
  };
};

export default createReviewsController;
