import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  isVisibleRecord,
  seesEverything,
  visibilityFilter,
  type Visibility,
} from '../domain/need-to-know';
import {
  relationReferences,
  type DocumentReference,
  type RelationReference,
} from '../domain/relation-references';
import type { SchemaLookup } from '../domain/restrict-query';
import { getService } from '../utils/get-service';
import { schemaLookup } from './restrict-to-clearance';
import { storedDocument } from './stored-document';

type Middleware = Modules.Documents.Middleware.Middleware;

const WRITE_ACTIONS = ['create', 'update', 'clone'];

interface StoredReference {
  id: number;
  documentId: string;
}

const isLocalized = (strapi: Core.Strapi, uid: string) =>
  Boolean(
    (
      strapi.getModel(uid as never) as
        { pluginOptions?: { i18n?: { localized?: boolean } } } | undefined
    )?.pluginOptions?.i18n?.localized,
  );

/** The locale Strapi names in its "not found" message for a relation (document-service i18n rule). */
const targetLocale = (
  strapi: Core.Strapi,
  {
    sourceUid,
    sourceLocale,
    reference,
  }: { sourceUid: string; sourceLocale: string; reference: DocumentReference },
) => {
  const targetLocalized = isLocalized(strapi, reference.target);
  if (targetLocalized && isLocalized(strapi, sourceUid)) return sourceLocale;
  return targetLocalized ? (reference.locale ?? sourceLocale) : null;
};

const RELATION_NOT_FOUND = /^Document with id "(.*)", locale ".*" not found$/;

/** Strapi's error for a relation to a missing document, naming the relation's field as the 400s do. */
const relationNotFound = (message: string, field: string) =>
  new errors.ValidationError(message, {
    errors: [{ path: [field], message, name: 'ValidationError' }],
  });

/**
 * Strapi's own "Document with id …, locale … not found" carries `details: {}`: give it the field
 * of the relation that named the document, as the answer for a hidden one has.
 */
const nameMissingRelation = (error: unknown, references: RelationReference[]) => {
  if (!(error instanceof errors.ValidationError) || Object.keys(error.details ?? {}).length > 0)
    return error;
  const documentId = RELATION_NOT_FOUND.exec(error.message)?.[1];
  const reference = references.find(
    (candidate) => 'documentId' in candidate && candidate.documentId === documentId,
  );
  return reference ? relationNotFound(error.message, reference.field) : error;
};

/** The records among `references` of one type that lie above the caller's clearance. */
const hiddenAmong = async (
  strapi: Core.Strapi,
  target: string,
  references: RelationReference[],
  visibility: Visibility,
) => {
  const documentIds = references.flatMap((r) => ('documentId' in r ? [r.documentId] : []));
  const ids = references.flatMap((r) => ('id' in r ? [r.id] : []));
  const rows = (await strapi.db.query(target as never).findMany({
    where: {
      $or: [
        ...(documentIds.length ? [{ documentId: { $in: documentIds } }] : []),
        ...(ids.length ? [{ id: { $in: ids } }] : []),
      ],
      $not: visibilityFilter(visibility),
    },
    select: ['id', 'documentId'],
  })) as StoredReference[];
  return {
    documentIds: new Set(rows.map((row) => row.documentId)),
    ids: new Set(rows.map((row) => row.id)),
  };
};

/**
 * Refuses a write whose relations connect, disconnect or set a record above the caller's
 * clearance, with exactly the answer Strapi gives for a record that does not exist, so a hidden
 * record cannot be told apart from a missing one (SPEC §1):
 * - by documentId: Strapi's 400 "Document with id …, locale … not found";
 * - by entity id: the id is swapped for one that exists nowhere (its negative), so Strapi's own
 *   relation check answers, or ignores it for a disconnect, as for any missing id.
 *
 * Registered after the business rules, so a refused write meets the checks in the order it
 * would for a missing record: rules first, then Strapi's own relation lookup.
 */
const checkRelations = async (
  strapi: Core.Strapi,
  {
    uid,
    data,
    locale,
    visibility,
    schema,
  }: {
    uid: string;
    data: unknown;
    locale: string | undefined;
    visibility: Visibility;
    schema: SchemaLookup;
  },
) => {
  const references = relationReferences(uid, data, schema).filter((reference) =>
    schema.isClassified(reference.target),
  );
  if (references.length === 0) return;

  const byTarget = new Map<string, RelationReference[]>();
  for (const reference of references)
    byTarget.set(reference.target, [...(byTarget.get(reference.target) ?? []), reference]);

  // Strapi resolves a missing locale to the default one before it looks relations up, localized source or not.
  const sourceLocale =
    locale ?? ((await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string);
  for (const [target, ofTarget] of byTarget) {
    const hidden = await hiddenAmong(strapi, target, ofTarget, visibility);
    for (const reference of ofTarget) {
      if ('documentId' in reference && hidden.documentIds.has(reference.documentId)) {
        const shownLocale = targetLocale(strapi, { sourceUid: uid, sourceLocale, reference });
        throw relationNotFound(
          `Document with id "${reference.documentId}", locale "${shownLocale}" not found`,
          reference.field,
        );
      }
      if ('id' in reference && hidden.ids.has(reference.id)) reference.replaceId(-reference.id);
    }
  }
};

/** Whether a relation value replaces the whole list (`set`, an array, a shorthand), rather than connecting or disconnecting. */
const replacesList = (value: unknown) =>
  Array.isArray(value) ||
  typeof value === 'string' ||
  typeof value === 'number' ||
  (typeof value === 'object' && value !== null && 'set' in value);

/**
 * A `set` of a to-many relation replaces what the record holds, hidden records included, which
 * the caller can neither see nor name: keep those links, as if the caller had listed them.
 */
const keepHiddenLinks = async (
  strapi: Core.Strapi,
  ctx: Modules.Documents.Middleware.Context,
  {
    uid,
    data,
    visibility,
    schema,
  }: {
    uid: string;
    data: Record<string, unknown>;
    visibility: Visibility;
    schema: SchemaLookup;
  },
) => {
  const attributes = schema.attributes(uid) ?? {};
  const fields = Object.keys(data).filter((name) => {
    const attribute = attributes[name];
    return (
      attribute?.type === 'relation' &&
      attribute.relation?.endsWith('ToMany') &&
      attribute.target &&
      schema.isClassified(attribute.target) &&
      replacesList(data[name])
    );
  });
  if (fields.length === 0) return;
  const stored = (await storedDocument(strapi, ctx))?.any;
  for (const name of fields) {
    const linked = (stored?.[name] ?? []) as Array<{ id: number; classification?: unknown }>;
    const hidden = linked.filter(
      (row) => typeof row.classification === 'string' && !isVisibleRecord(row, visibility),
    );
    if (hidden.length === 0) continue;
    const value = data[name];
    const listed =
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? (value as { set: unknown }).set
        : value;
    const entries = Array.isArray(listed)
      ? listed
      : listed === null || listed === undefined
        ? []
        : [listed];
    data[name] = { set: [...entries, ...hidden.map((row) => ({ id: row.id }))] };
  }
};

export const refuseHiddenRelations =
  ({ strapi }: { strapi: Core.Strapi }): Middleware =>
  async (ctx, next) => {
    const params = ctx.params as {
      data?: Record<string, unknown>;
      locale?: string;
      documentId?: string;
    };
    if (!WRITE_ACTIONS.includes(ctx.action) || params.data === undefined) return next();
    const schema = schemaLookup(strapi);
    const references = relationReferences(ctx.uid, params.data, schema);
    const visibility = await getService(strapi, 'clearance').currentVisibility();
    if (visibility !== null && !seesEverything(visibility)) {
      await checkRelations(strapi, {
        uid: ctx.uid,
        data: params.data,
        locale: params.locale,
        visibility,
        schema,
      });
      if (ctx.action === 'update' && params.documentId)
        await keepHiddenLinks(strapi, ctx, { uid: ctx.uid, data: params.data, visibility, schema });
    }
    try {
      return await next();
    } catch (error) {
      throw nameMissingRelation(error, references);
    }
  };
