import type { Core, Modules } from '@strapi/strapi';
import { getService } from '../utils/get-service';

type Middleware = Modules.Documents.Middleware.Middleware;

const READ_ACTIONS = ['findMany', 'findOne', 'findFirst', 'count'];

/**
 * The Public role reads only published documents (SPEC §6): Strapi 5 would otherwise answer
 * `?status=draft` on the content API with unreviewed drafts.
 */
export const publishedOnlyForPublic =
  ({ strapi }: { strapi: Core.Strapi }): Middleware =>
  async (ctx, next) => {
    if (!READ_ACTIONS.includes(ctx.action)) return next();
    if (!strapi.contentType(ctx.uid)?.options?.draftAndPublish) return next();
    if (getService(strapi, 'clearance').currentCaller().kind !== 'public') return next();
    (ctx.params as { status?: string }).status = 'published';
    return next();
  };
