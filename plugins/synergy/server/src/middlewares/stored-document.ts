import type { Core, Modules } from '@strapi/strapi';
import { CAVEATS_FIELD, COMPARTMENTS_FIELD } from '../domain/need-to-know';
import { getModel, type Model } from '../utils/get-model';

type Context = Modules.Documents.Middleware.Context;

/** A stored row of the document: its fields, components and media populated; relations as `{ id, classification? }`. */
export type StoredRow = Record<string, unknown> & {
  id: number;
  locale?: string | null;
  publishedAt?: string | null;
};

/** What the middlewares of one write know of the document before it is written. */
export interface StoredDocument {
  /** Some version of the document (the first stored): what holds across locales (its existence, classification, status). */
  readonly any: StoredRow | null;
  /** The version in `locale` (any version without one); `draft`: its draft, for Draft & Publish types. */
  version: (options: { locale?: string; draft?: boolean }) => StoredRow | null;
}

/** Actions whose middlewares compare the body with the stored content (fields, components, relations). */
const CONTENT_ACTIONS = ['update', 'clone'];

/** Relations nobody checks against the stored record: the admin users (owner, createdBy…) and other locales. */
const isCheckedRelation = (name: string, target: string | undefined) =>
  target !== undefined && target !== 'admin::user' && name !== 'localizations';

/**
 * The union of what the middlewares read of a stored record on a content write: every field,
 * components and media (changed fields, review resets), and the ids of related records, with their
 * classification when the target has one (business rules, hidden links).
 */
const contentPopulate = (strapi: Core.Strapi, model: Model) => {
  const populate: Record<string, true | { select: string[] }> = {};
  for (const [name, attribute] of Object.entries(model.attributes)) {
    if (attribute.type === 'component' || attribute.type === 'media') populate[name] = true;
    else if (attribute.type === 'relation' && isCheckedRelation(name, attribute.target)) {
      const target = getModel(strapi, attribute.target!)?.attributes;
      // What the visibility of a linked record depends on (SPEC §1, §1.1).
      const visibilityFields = ['classification', COMPARTMENTS_FIELD, CAVEATS_FIELD].filter(
        (field) => Boolean(target?.[field]),
      );
      populate[name] = { select: ['id', ...visibilityFields] };
    }
  }
  return populate;
};

const load = async (
  strapi: Core.Strapi,
  ctx: Context,
  documentId: string,
): Promise<StoredDocument> => {
  const model = getModel(strapi, ctx.uid);
  const rows = (await strapi.db.query(ctx.uid).findMany({
    where: { documentId },
    orderBy: { id: 'asc' },
    ...(model && CONTENT_ACTIONS.includes(ctx.action)
      ? { populate: contentPopulate(strapi, model) }
      : {}),
  })) as StoredRow[];
  const draftAndPublish = model?.options?.draftAndPublish === true;
  return {
    any: rows[0] ?? null,
    version: ({ locale, draft }) =>
      rows.find(
        (row) =>
          (!locale || row.locale === locale) &&
          (!draft || !draftAndPublish || row.publishedAt === null),
      ) ?? null,
  };
};

const memo = new WeakMap<Context, Promise<StoredDocument>>();

/**
 * The stored document one document-service action names (`params.documentId`), read once for
 * every middleware of that call (one query and its populates, where each rule used to read its
 * own), or null when the action names none. Read before the write, so every middleware sees the
 * record as it was; a nested document-service call is a new context with its own read.
 */
export const storedDocument = (
  strapi: Core.Strapi,
  ctx: Context,
): Promise<StoredDocument> | null => {
  const { documentId } = ctx.params as { documentId?: unknown };
  if (typeof documentId !== 'string') return null;
  let stored = memo.get(ctx);
  if (!stored) {
    stored = load(strapi, ctx, documentId);
    memo.set(ctx, stored);
  }
  return stored;
};
