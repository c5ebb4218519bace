import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { levelRank, type Classification } from '../domain/classification';
import { isVisibleRecord, seesEverything } from '../domain/need-to-know';
import {
  restrictFilters,
  restrictPopulate,
  restrictRelationFilters,
  restrictSort,
  type SchemaLookup,
} from '../domain/restrict-query';
import { getModel } from '../utils/get-model';
import { getService } from '../utils/get-service';
import { storedDocument } from './stored-document';

type Middleware = Modules.Documents.Middleware.Middleware;

const READ_ACTIONS = ['findMany', 'findOne', 'findFirst', 'count'];
/** Actions that write a body: a clone is a create whose unsent values come from its source. */
const WRITE_ACTIONS = ['create', 'update', 'clone'];
/** Actions on one existing document: a document above the caller's clearance does not exist for them. */
const DOCUMENT_ACTIONS = ['update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone'];

/** Attributes of content types and components, and which content types carry `classification`. */
export const schemaLookup = (strapi: Core.Strapi): SchemaLookup => ({
  attributes: (uid) => getModel(strapi, uid)?.attributes,
  isClassified: (uid) => {
    const model = getModel(strapi, uid);
    return model?.modelType !== 'component' && Boolean(model?.attributes.classification);
  },
});

/**
 * The one place the clearance rule of SPEC §1 is applied to the document service, which every
 * read and write path (content manager, REST, plugin services, code with a request) goes through:
 * reads are filtered at any depth; writes above the caller's clearance are refused.
 */
export const restrictToClearance =
  ({ strapi }: { strapi: Core.Strapi }): Middleware =>
  async (ctx, next) => {
    const clearanceService = getService(strapi, 'clearance');
    // Levels, compartments and caveats (SPEC §1, §1.1), from the one source.
    const visibility = await clearanceService.currentVisibility();
    if (visibility === null) return next();
    const clearance = visibility.levels[visibility.levels.length - 1];

    const schema = schemaLookup(strapi);
    const params = ctx.params as {
      filters?: unknown;
      populate?: unknown;
      sort?: unknown;
      documentId?: string;
      locale?: string;
      data?: { classification?: unknown; compartments?: unknown; caveats?: unknown };
    };

    if (params.populate !== undefined)
      params.populate = restrictPopulate(ctx.uid, params.populate, visibility, schema);
    if (READ_ACTIONS.includes(ctx.action)) {
      // Whoever sees everything (every level, every compartment, nothing withheld) needs no
      // condition (nor its cost in the list's count); their relation filters keep everyone's shape.
      if (!seesEverything(visibility))
        params.filters = restrictFilters(ctx.uid, params.filters, visibility, schema);
      else if (params.filters !== undefined)
        params.filters = restrictRelationFilters(ctx.uid, params.filters, visibility, schema);
      // Whoever may see every record may sort by any related field.
      if (!seesEverything(visibility) && params.sort !== undefined)
        params.sort = restrictSort(ctx.uid, params.sort, schema);
      return next();
    }
    if (
      schema.isClassified(ctx.uid) &&
      DOCUMENT_ACTIONS.includes(ctx.action) &&
      params.documentId
    ) {
      // Missing and hidden answer alike: 404, where Strapi alone would answer a missing document
      // 204 (REST delete) or a business-rule 400 (REST update).
      const stored = (await storedDocument(strapi, ctx))?.any;
      if (!stored || !isVisibleRecord(stored, visibility))
        throw new errors.NotFoundError('Not Found');
    }

    if (!schema.isClassified(ctx.uid)) return next();

    if (WRITE_ACTIONS.includes(ctx.action)) {
      // A clone keeps its source's level (visible, checked above) unless the body names another.
      const requested =
        params.data?.classification ??
        (ctx.action === 'create' ? defaultClassification(strapi, ctx.uid) : undefined);
      if (
        typeof requested === 'string' &&
        visibility.levels.length <= levelRank(requested as Classification)
      ) {
        // A PolicyError is the 403 whose message Strapi's router passes on to the caller.
        const message = `classification "${requested}" is above your clearance "${clearance}": you may not create or raise a record to it`;
        throw new errors.PolicyError(message, {
          errors: [{ path: ['classification'], message, name: 'PolicyError' }],
        });
      }
      // Compartments and caveats named in the body: known (400) and held (403), before anything is stored.
      await clearanceService.checkTags(params.data);
    }
    return next();
  };

const defaultClassification = (strapi: Core.Strapi, uid: string): unknown =>
  getModel(strapi, uid)?.attributes.classification?.default;
