import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { queryProblem, withoutSystemFields, wrapRelationNot } from '../domain/query-shape';
import { schemaLookup } from './restrict-to-clearance';

type Middleware = Modules.Documents.Middleware.Middleware;

const WRITE_ACTIONS = ['create', 'update', 'clone'];

/**
 * Outermost document-service middleware: the one place every query and write of every content type
 * passes (REST, content manager, the plugin's services), before the clearance rewrite and before
 * the database, which answers a malformed query with a 500. A malformed query is a 400 naming the
 * parameter; the fields Strapi maintains (the primary key, documentId, timestamps) are dropped
 * from write data, so a body can never choose them.
 */
export const validateQueryShape =
  ({ strapi }: { strapi: Core.Strapi }): Middleware =>
  async (ctx, next) => {
    const params = (ctx.params ?? {}) as Record<string, unknown>;
    const schema = schemaLookup(strapi);
    const found = queryProblem(ctx.uid, params, schema);
    if (found) {
      const [param] = found.parameter.split('[');
      throw new errors.ValidationError(found.message, {
        param,
        errors: [{ path: [found.parameter], message: found.message, name: 'ValidationError' }],
      });
    }
    if (params.filters !== undefined)
      params.filters = wrapRelationNot(ctx.uid, params.filters, schema);
    if (WRITE_ACTIONS.includes(ctx.action) && params.data !== undefined)
      params.data = withoutSystemFields(params.data);
    return next();
  };
