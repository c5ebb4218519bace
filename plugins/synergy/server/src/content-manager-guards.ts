import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { visibleLevels } from './domain/classification';
import { schemaLookup } from './middlewares';
import { getService } from './utils/get-service';

interface DocumentManager {
  exists: (uid: string, documentId?: string) => Promise<boolean>;
}

/**
 * The content manager checks whether a document exists with a raw query, past the document
 * service: its edit view would answer an empty 200 (not 404) for a record the caller may not see,
 * revealing that it exists. Count only what the caller's clearance allows.
 */
const guardDocumentExists = (strapi: Core.Strapi) => {
  const documentManager = strapi.plugin('content-manager').service('document-manager') as DocumentManager;
  const exists = documentManager.exists.bind(documentManager);
  const schema = schemaLookup(strapi);
  documentManager.exists = async (uid, documentId) => {
    const clearance = await getService(strapi, 'clearance').currentClearance();
    if (clearance === null || !documentId || !schema.isClassified(uid)) return exists(uid, documentId);
    const visible = await strapi.db
      .query(uid as never)
      .count({ where: { documentId, classification: { $in: visibleLevels(clearance) } } });
    return visible > 0;
  };
};

interface RelationsController {
  findExisting: (ctx: Context) => Promise<void>;
}

interface RelationResult {
  id: number;
}

/**
 * The content manager's list of a document's existing relations returns records the caller may
 * not read as stubs (id only), and counts them: drop them and count only what may be seen.
 */
const guardExistingRelations = (strapi: Core.Strapi) => {
  const controller = strapi.plugin('content-manager').controller('relations') as unknown as RelationsController;
  const findExisting = controller.findExisting.bind(controller);
  const schema = schemaLookup(strapi);

  controller.findExisting = async (ctx) => {
    await findExisting(ctx);
    const { model, id, targetField } = ctx.params as { model: string; id?: string; targetField: string };
    const attribute = schema.attributes(model)?.[targetField];
    const body = ctx.body as { results?: RelationResult[]; pagination?: { total: number; pageCount: number; pageSize: number } };
    const clearance = await getService(strapi, 'clearance').currentClearance();
    if (clearance === null || !attribute?.target || !schema.isClassified(attribute.target) || !body?.results) return;

    const levels = visibleLevels(clearance);
    const ids = body.results.map((result) => result.id);
    const visible = await strapi.db
      .query(attribute.target as never)
      .findMany({ where: { id: { $in: ids }, classification: { $in: levels } }, select: ['id'] });
    const visibleIds = new Set(visible.map((row: RelationResult) => row.id));
    body.results = body.results.filter((result) => visibleIds.has(result.id));

    if (body.pagination) {
      const total = attribute.relation?.endsWith('ToMany')
        ? await countVisibleRelations(strapi, { model, documentId: id, field: targetField, levels, locale: ctx.query.locale })
        : body.results.length;
      body.pagination = { ...body.pagination, total, pageCount: Math.ceil(total / body.pagination.pageSize) };
    }
  };
};

/** How many records a document's to-many relation holds within the clearance levels. */
const countVisibleRelations = async (
  strapi: Core.Strapi,
  { model, documentId, field, levels, locale }: { model: string; documentId?: string; field: string; levels: string[]; locale: unknown }
): Promise<number> => {
  const source = await strapi.db.query(model as never).findOne({
    where: { ...(documentId ? { documentId } : {}), ...(typeof locale === 'string' ? { locale } : {}) },
    select: ['id'],
  });
  if (!source) return 0;
  const page = (await strapi.db.query(model as never).loadPages(source, field, {
    select: ['id'],
    filters: { classification: { $in: levels } },
    page: 1,
    pageSize: 1,
  })) as { pagination?: { total?: number } };
  return page.pagination?.total ?? 0;
};

export const guardContentManager = (strapi: Core.Strapi) => {
  guardDocumentExists(strapi);
  guardExistingRelations(strapi);
};
