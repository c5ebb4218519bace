import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getModel } from '../utils/get-model';

/**
 * Strapi 5 allows an attribute named `status` on types without Draft & Publish (SPEC §2 names one
 * on customers, feedback, tickets, strategies and campaigns), but its content manager treats
 * `status` as the publication status everywhere: it rejects the field in a body ("Invalid
 * status"), blanks it in the edit view and replaces it with "published" in lists (strapi/strapi
 * #22201, #25018). These three wrappers give such types their own field back; types with Draft
 * & Publish are left alone.
 */
const hasOwnStatusField = (strapi: Core.Strapi, uid: unknown): boolean => {
  if (typeof uid !== 'string') return false;
  const model = getModel(strapi, uid);
  return Boolean(model?.attributes.status) && !model?.options?.draftAndPublish;
};

type LocaleAndStatusValidator = (
  request: unknown,
  model: string,
  opts?: unknown,
) => Promise<Record<string, unknown>>;

/** The body's `status` is the record's field, not a publication status to validate. */
const acceptOwnStatusInBodies = (strapi: Core.Strapi) => {
  const serverDir = path.dirname(require.resolve('@strapi/content-manager/strapi-server'));
  // The content manager's controllers read this CommonJS module's export at call time; only
  // `require` gives the same (writable) module object.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const dimensions = require(
    path.join(serverDir, 'controllers', 'validation', 'dimensions.js'),
  ) as {
    getDocumentLocaleAndStatus: LocaleAndStatusValidator;
  };
  const validate = dimensions.getDocumentLocaleAndStatus;
  dimensions.getDocumentLocaleAndStatus = async (request, model, opts) => {
    if (
      !hasOwnStatusField(strapi, model) ||
      typeof request !== 'object' ||
      request === null ||
      !('status' in request)
    ) {
      return validate(request, model, opts);
    }
    const { status: _ownField, ...dimensionsOnly } = request as Record<string, unknown>;
    return validate(dimensionsOnly, model, opts);
  };
};

interface DocumentMetadata {
  formatDocumentWithMetadata: (
    uid: string,
    document: Record<string, unknown> | null,
    opts?: unknown,
  ) => Promise<{ data: Record<string, unknown> | null }>;
}

/** The edit view receives the record's `status`, not `undefined`. */
const keepOwnStatusInEditView = (strapi: Core.Strapi) => {
  const metadata = strapi
    .plugin('content-manager')
    .service('document-metadata') as DocumentMetadata;
  const format = metadata.formatDocumentWithMetadata.bind(metadata);
  metadata.formatDocumentWithMetadata = async (uid, document, opts) => {
    const formatted = await format(uid, document, opts);
    if (hasOwnStatusField(strapi, uid) && document && formatted.data)
      formatted.data.status = document.status;
    return formatted;
  };
};

interface CollectionTypesController {
  find: (ctx: Context) => Promise<void>;
}

/** List rows show the record's `status`, not "published". */
const keepOwnStatusInLists = (strapi: Core.Strapi) => {
  const controller = strapi
    .plugin('content-manager')
    .controller('collection-types') as unknown as CollectionTypesController;
  const find = controller.find.bind(controller);
  controller.find = async (ctx) => {
    await find(ctx);
    const model = (ctx.params as { model?: string }).model;
    const body = ctx.body as
      { results?: Array<{ documentId: string; status?: unknown }> } | undefined;
    if (!hasOwnStatusField(strapi, model) || !body?.results?.length) return;
    const rows = (await strapi.db.query(model as never).findMany({
      where: { documentId: { $in: body.results.map((row) => row.documentId) } },
      select: ['documentId', 'status'],
    })) as Array<{ documentId: string; status: unknown }>;
    const statusOf = new Map(rows.map((row) => [row.documentId, row.status]));
    for (const row of body.results) row.status = statusOf.get(row.documentId) ?? null;
  };
};

export const supportOwnStatusFields = (strapi: Core.Strapi) => {
  acceptOwnStatusInBodies(strapi);
  keepOwnStatusInEditView(strapi);
  keepOwnStatusInLists(strapi);
};
