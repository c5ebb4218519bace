import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  maskedQueryProblem,
  maskedWrite,
  maskResult,
  searchWithoutMasked,
  type MaskingSchema,
} from '../domain/masking';
import { getModel } from '../utils/get-model';
import { getService } from '../utils/get-service';
import { storedDocument } from './stored-document';

type Middleware = Modules.Documents.Middleware.Middleware;

const READ_ACTIONS = ['findMany', 'findOne', 'findFirst', 'count'];
/** Writes whose data may echo a masked value the caller was shown. */
const STORED_WRITE_ACTIONS = ['update', 'clone'];

/**
 * Masked fields (SPEC §1), for every path through the document service (REST, content manager,
 * export, the 360): answers are masked at any populate depth; a filter, sort or populate filter
 * on a masked field is a 400 naming it, and `_q` skips masked fields, so no query confirms a value;
 * an update that echoes a masked value keeps the stored one, and one that changes it is a 403.
 */
export const maskFields =
  ({ strapi }: { strapi: Core.Strapi }): Middleware =>
  async (ctx, next) => {
    const masked = await getService(strapi, 'masking').currentMaskedFields();
    if (masked === null) return next();
    const schema: MaskingSchema = {
      attributes: (uid) => getModel(strapi, uid)?.attributes,
      masked,
    };
    const params = (ctx.params ?? {}) as {
      filters?: unknown;
      sort?: unknown;
      populate?: unknown;
      _q?: unknown;
      data?: Record<string, unknown>;
    };

    if (READ_ACTIONS.includes(ctx.action)) {
      const problem = maskedQueryProblem(ctx.uid, params, schema);
      if (problem) {
        const message = `${problem.parameter}: "${problem.field}" is masked for you and cannot be filtered or sorted on`;
        throw new errors.ValidationError(message, {
          errors: [{ path: [problem.parameter], message, name: 'ValidationError' }],
        });
      }
      if (typeof params._q === 'string' && params._q !== '') {
        const search = searchWithoutMasked(ctx.uid, params._q, schema);
        if (search) {
          delete params._q;
          params.filters =
            params.filters === undefined ? search : { $and: [params.filters, search] };
        }
      }
    }

    if (STORED_WRITE_ACTIONS.includes(ctx.action) && params.data && masked(ctx.uid).size > 0) {
      const stored = (await storedDocument(strapi, ctx))?.any ?? null;
      const outcome = maskedWrite(ctx.uid, params.data, stored, schema);
      if (outcome.kind === 'refused') {
        const message = `${outcome.field} is masked for you: you may not change it`;
        throw new errors.PolicyError(message, {
          errors: [{ path: [outcome.field], message, name: 'PolicyError' }],
        });
      }
      params.data = outcome.data;
    }

    return maskResult(ctx.uid, await next(), schema) as Awaited<ReturnType<typeof next>>;
  };
