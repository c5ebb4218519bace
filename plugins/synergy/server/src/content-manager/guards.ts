import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { seesEverything, visibilityFilter, type Visibility } from '../domain/need-to-know';
import { schemaLookup } from '../middlewares';
import { getService } from '../utils/get-service';

/**
 * A documentId that exists nowhere (documentIds are 24 lowercase letters and digits). A hidden
 * document's id is swapped for it before the content manager acts, so the action answers exactly
 * as it does for a missing document — same status, same message — whatever that answer is.
 */
const NO_SUCH_DOCUMENT = 'synergy-no-such-document';

/** The documentIds of `documentIds` (of a classified type) that the caller may not see. */
const hiddenDocumentIds = async (
  strapi: Core.Strapi,
  uid: string,
  documentIds: string[],
): Promise<Set<string>> => {
  if (documentIds.length === 0 || !schemaLookup(strapi).isClassified(uid)) return new Set();
  const visibility = await getService(strapi, 'clearance').currentVisibility();
  if (visibility === null) return new Set();
  const rows = (await strapi.db.query(uid as never).findMany({
    where: { documentId: { $in: documentIds }, $not: visibilityFilter(visibility) },
    select: ['documentId'],
  })) as Array<{
    documentId: string;
  }>;
  return new Set(rows.map((row) => row.documentId));
};

/** Whether the caller of the current request may not see this document (it exists, above their clearance). */
const isHiddenDocument = async (
  strapi: Core.Strapi,
  uid: string,
  documentId: unknown,
): Promise<boolean> =>
  typeof documentId === 'string' &&
  (await hiddenDocumentIds(strapi, uid, [documentId])).has(documentId);

interface DocumentManager {
  exists: (uid: string, documentId?: string) => Promise<boolean>;
}

/**
 * The content manager checks whether a document exists with a raw query, past the document
 * service: its edit view would answer an empty 200 (not 404) for a record the caller may not see,
 * revealing that it exists. Count only what the caller's clearance allows.
 */
const guardDocumentExists = (strapi: Core.Strapi) => {
  const documentManager = strapi
    .plugin('content-manager')
    .service('document-manager') as DocumentManager;
  const exists = documentManager.exists.bind(documentManager);
  const schema = schemaLookup(strapi);
  documentManager.exists = async (uid, documentId) => {
    const visibility = await getService(strapi, 'clearance').currentVisibility();
    if (visibility === null || !documentId || !schema.isClassified(uid))
      return exists(uid, documentId);
    const visible = await strapi.db
      .query(uid as never)
      .count({ where: { documentId, ...visibilityFilter(visibility) } });
    return visible > 0;
  };
};

interface RelationsController {
  findAvailable: (ctx: Context) => Promise<void>;
  findExisting: (ctx: Context) => Promise<void>;
}

/**
 * Strapi answers a relation request it refuses with `ctx.forbidden()` and then fails on the
 * missing request info (a 500): keep the 403 it meant to give.
 */
const keepForbidden = async (ctx: Context, action: () => Promise<void>) => {
  try {
    await action();
  } catch (error) {
    if (ctx.status === 403 && error instanceof TypeError) return;
    throw error;
  }
};

interface RelationResult {
  id: number;
}

/**
 * The content manager's list of a document's existing relations returns records the caller may
 * not read as stubs (id only), and counts them: drop them and count only what may be seen.
 */
const guardExistingRelations = (strapi: Core.Strapi) => {
  const controller = strapi
    .plugin('content-manager')
    .controller('relations') as unknown as RelationsController;
  const findExisting = controller.findExisting.bind(controller);
  const findAvailable = controller.findAvailable.bind(controller);
  const schema = schemaLookup(strapi);

  controller.findAvailable = async (ctx) => {
    const { model, targetField } = ctx.params as { model: string; targetField: string };
    const query = ctx.request.query as Record<string, unknown>;
    if (await isHiddenDocument(strapi, model, query.id))
      ctx.request.query = { ...ctx.request.query, id: NO_SUCH_DOCUMENT };
    const target = schema.attributes(model)?.[targetField]?.target;
    const visibility = await getService(strapi, 'clearance').currentVisibility();
    // The picker applies the target type's permission conditions, which a role that may not read
    // that type does not have, and which carry levels only: leave out what may not be seen explicitly.
    if (
      target &&
      schema.isClassified(target) &&
      visibility !== null &&
      !seesEverything(visibility)
    ) {
      const hidden = (await strapi.db.query(target as never).findMany({
        where: { $not: visibilityFilter(visibility) },
        select: ['id'],
      })) as RelationResult[];
      const omitted = Array.isArray(query.idsToOmit) ? (query.idsToOmit as unknown[]) : [];
      ctx.request.query = {
        ...ctx.request.query,
        idsToOmit: [...omitted, ...hidden.map((row) => String(row.id))],
      };
    }
    await keepForbidden(ctx, () => findAvailable(ctx));
  };

  controller.findExisting = async (ctx) => {
    const { model, id, targetField } = ctx.params as {
      model: string;
      id?: string;
      targetField: string;
    };
    if (await isHiddenDocument(strapi, model, id)) ctx.params.id = NO_SUCH_DOCUMENT;
    await keepForbidden(ctx, () => findExisting(ctx));
    const attribute = schema.attributes(model)?.[targetField];
    const body = ctx.body as {
      results?: RelationResult[];
      pagination?: { total: number; pageCount: number; pageSize: number };
    };
    const visibility = await getService(strapi, 'clearance').currentVisibility();
    if (
      visibility === null ||
      !attribute?.target ||
      !schema.isClassified(attribute.target) ||
      !body?.results
    )
      return;

    const ids = body.results.map((result) => result.id);
    const visible = (await strapi.db.query(attribute.target as never).findMany({
      where: { id: { $in: ids }, ...visibilityFilter(visibility) },
      select: ['id', 'documentId', 'classification'],
    })) as Array<RelationResult & { documentId: string; classification: string }>;
    const visibleIds = new Set(visible.map((row) => row.id));
    body.results = body.results.filter((result) => visibleIds.has(result.id));
    // The list shows the related records' fields past the document service: audit them here (SPEC §7).
    getService(strapi, 'audit').recordReads(
      visible.map((row) => ({ uid: attribute.target!, ...row })),
    );

    if (body.pagination) {
      const total = attribute.relation?.endsWith('ToMany')
        ? await countVisibleRelations(strapi, {
            model,
            documentId: id,
            field: targetField,
            visibility,
            locale: ctx.query.locale,
          })
        : body.results.length;
      body.pagination = {
        ...body.pagination,
        total,
        pageCount: Math.ceil(total / body.pagination.pageSize),
      };
    }
  };
};

/** How many records a document's to-many relation holds within the clearance levels. */
const countVisibleRelations = async (
  strapi: Core.Strapi,
  {
    model,
    documentId,
    field,
    visibility,
    locale,
  }: {
    model: string;
    documentId?: string;
    field: string;
    visibility: Visibility;
    locale: unknown;
  },
): Promise<number> => {
  const source = await strapi.db.query(model as never).findOne({
    where: {
      ...(documentId ? { documentId } : {}),
      ...(typeof locale === 'string' ? { locale } : {}),
    },
    select: ['id'],
  });
  if (!source) return 0;
  const page = (await strapi.db.query(model as never).loadPages(source, field, {
    select: ['id'],
    filters: visibilityFilter(visibility),
    page: 1,
    pageSize: 1,
  })) as { pagination?: { total?: number } };
  return page.pagination?.total ?? 0;
};

type ControllerAction = (ctx: Context) => Promise<unknown>;

/** Actions on one document by id: for a document above the clearance, answer as if it did not exist. */
const DOCUMENT_ACTIONS = [
  'findOne',
  'update',
  'delete',
  'publish',
  'unpublish',
  'discard',
  'clone',
  'autoClone',
  'countDraftRelations',
];

/** Actions on a list of documentIds: hidden ones are swapped like a single hidden id. */
const BULK_ACTIONS = [
  'bulkDelete',
  'bulkPublish',
  'bulkUnpublish',
  'countManyEntriesDraftRelations',
];

/** Actions that read a JSON body; Strapi fails with a 500 on a body that is not an object. */
const BODY_ACTIONS = ['create', 'update', 'clone', 'publish'];

const guardDocumentActions = (strapi: Core.Strapi) => {
  const controller = strapi
    .plugin('content-manager')
    .controller('collection-types') as unknown as Record<string, ControllerAction>;
  for (const name of new Set([...DOCUMENT_ACTIONS, ...BODY_ACTIONS, ...BULK_ACTIONS])) {
    const action = controller[name].bind(controller);
    controller[name] = async (ctx) => {
      const body = ctx.request.body as unknown;
      if (
        BODY_ACTIONS.includes(name) &&
        body !== undefined &&
        (typeof body !== 'object' || body === null || Array.isArray(body))
      ) {
        throw new errors.ValidationError('The request body must be a JSON object of field values');
      }
      const params = ctx.params as { model: string; id?: string; sourceId?: string };
      if (DOCUMENT_ACTIONS.includes(name)) {
        for (const key of ['id', 'sourceId'] as const) {
          if (await isHiddenDocument(strapi, params.model, params[key]))
            params[key] = NO_SUCH_DOCUMENT;
        }
      }
      if (BULK_ACTIONS.includes(name)) await leaveOutHiddenDocuments(strapi, ctx);
      return action(ctx);
    };
  }
};

/** Swaps hidden documentIds in a bulk action's body (`documentIds`), and from `?documentIds=` of the draft-relation count. */
const leaveOutHiddenDocuments = async (strapi: Core.Strapi, ctx: Context) => {
  const { model } = ctx.params as { model: string };
  const body = ctx.request.body as { documentIds?: unknown } | undefined;
  const query = ctx.request.query as { documentIds?: unknown };
  for (const holder of [body, query]) {
    if (!holder || !Array.isArray(holder.documentIds)) continue;
    const ids = holder.documentIds.filter((id): id is string => typeof id === 'string');
    const hidden = await hiddenDocumentIds(strapi, model, ids);
    if (hidden.size > 0)
      holder.documentIds = holder.documentIds.map((id) =>
        hidden.has(id as string) ? NO_SUCH_DOCUMENT : id,
      );
  }
};

/**
 * The plugin's own types (audit trail, reviews, clearances, data versions…) are hidden from the
 * content manager's menu, but its routes would still list them for a Super Admin: answer them as
 * a type that is not there. The plugin's pages and services read them past the content manager.
 */
const hidePluginTypes = (strapi: Core.Strapi) => {
  for (const name of ['collection-types', 'relations'] as const) {
    const controller = strapi.plugin('content-manager').controller(name) as unknown as Record<
      string,
      unknown
    >;
    for (const [action, handler] of Object.entries(controller)) {
      if (typeof handler !== 'function') continue;
      const original = (handler as (...args: unknown[]) => unknown).bind(controller);
      // Route actions get the koa context; helpers the controller calls on itself get other arguments, passed on as they are.
      controller[action] = (...args: unknown[]) => {
        const model = (
          (args[0] as Partial<Context> | undefined)?.params as { model?: unknown } | undefined
        )?.model;
        if (typeof model === 'string' && model.startsWith('plugin::synergy.'))
          throw new errors.NotFoundError('Not Found');
        return original(...args);
      };
    }
  }
};

export const guardContentManager = (strapi: Core.Strapi) => {
  guardDocumentExists(strapi);
  guardExistingRelations(strapi);
  guardDocumentActions(strapi);
  // Last, so it wraps the guarded actions too.
  hidePluginTypes(strapi);
};
