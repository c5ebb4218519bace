import type { Core, Modules } from '@strapi/strapi';
import { AUDITED_READ_LEVELS, changedFieldNames, type AuditAction } from '../domain/audit';
import type { Classification } from '../domain/classification';
import type { AttributeShape, SchemaLookup } from '../domain/restrict-query';
import { getService } from '../utils/get-service';
import { schemaLookup } from './restrict-to-clearance';
import { storedDocument } from './stored-document';

type Middleware = Modules.Documents.Middleware.Middleware;

const WRITE_ACTIONS: Partial<Record<string, AuditAction>> = {
  create: 'create',
  update: 'update',
  delete: 'delete',
  publish: 'publish',
  unpublish: 'unpublish',
  // A clone creates a record (the content manager's clone and auto-clone).
  clone: 'create',
};
const READ_ACTIONS = ['findMany', 'findOne', 'findFirst'];

interface ReadRecord {
  uid: string;
  documentId: string;
  classification: Classification;
}

/** The relation and component attributes of a model, by attribute name → target (computed once per model). */
const nestedTargets = new WeakMap<object, Array<[string, string]>>();
const targetsOf = (attributes: Record<string, AttributeShape>): Array<[string, string]> => {
  let targets = nestedTargets.get(attributes);
  if (!targets) {
    targets = Object.entries(attributes).flatMap(([name, attribute]): Array<[string, string]> => {
      const target =
        attribute.type === 'relation'
          ? attribute.target
          : attribute.type === 'component'
            ? attribute.component
            : undefined;
      return target ? [[name, target]] : [];
    });
    nestedTargets.set(attributes, targets);
  }
  return targets;
};

/** Every record of a read answer classified confidential or higher, populated relations included. */
export const collectAuditedReads = (
  uid: string,
  value: unknown,
  schema: SchemaLookup,
  found = new Map<string, ReadRecord>(),
) => {
  if (Array.isArray(value)) {
    if (value.length === 0) return found;
    const targets = targetsOf(schema.attributes(uid) ?? {});
    for (const item of value) collectRecord(uid, item, targets, schema, found);
    return found;
  }
  return collectRecord(uid, value, targetsOf(schema.attributes(uid) ?? {}), schema, found);
};

const collectRecord = (
  uid: string,
  value: unknown,
  targets: Array<[string, string]>,
  schema: SchemaLookup,
  found: Map<string, ReadRecord>,
): Map<string, ReadRecord> => {
  if (Array.isArray(value)) return collectAuditedReads(uid, value, schema, found);
  if (typeof value !== 'object' || value === null) return found;
  const record = value as Record<string, unknown>;
  if (
    typeof record.documentId === 'string' &&
    AUDITED_READ_LEVELS.includes(record.classification as string)
  ) {
    found.set(`${uid}:${record.documentId}`, {
      uid,
      documentId: record.documentId,
      classification: record.classification as Classification,
    });
  }
  for (const [name, target] of targets)
    if (record[name] !== undefined) collectAuditedReads(target, record[name], schema, found);
  return found;
};

interface Widened {
  /** classification was added to this level's fields and is removed from the answer. */
  added: boolean;
  children: Record<string, Widened>;
}

const fieldList = (fields: unknown): string[] | undefined =>
  typeof fields === 'string'
    ? fields.split(',').map((name) => name.trim())
    : Array.isArray(fields)
      ? (fields as string[])
      : undefined;

/**
 * Makes a read that narrows `fields` still select the classification of every classified record
 * it returns, at every level of populate, so the read is audited whatever the query selects.
 */
export const widenAuditedFields = (
  uid: string,
  params: Record<string, unknown>,
  schema: SchemaLookup,
): Widened => {
  const widened: Widened = { added: false, children: {} };
  const attributes: Record<string, AttributeShape> = schema.attributes(uid) ?? {};
  const fields = fieldList(params.fields);
  if (
    fields &&
    fields.length > 0 &&
    !fields.includes('*') &&
    !fields.includes('classification') &&
    schema.isClassified(uid) &&
    attributes.classification
  ) {
    params.fields = [...fields, 'classification'];
    widened.added = true;
  }
  const populate = params.populate;
  if (typeof populate === 'object' && populate !== null && !Array.isArray(populate)) {
    for (const [name, value] of Object.entries(populate as Record<string, unknown>)) {
      const attribute = attributes[name];
      const target =
        attribute?.type === 'relation'
          ? attribute.target
          : attribute?.type === 'component'
            ? attribute.component
            : undefined;
      if (target && typeof value === 'object' && value !== null)
        widened.children[name] = widenAuditedFields(
          target,
          value as Record<string, unknown>,
          schema,
        );
    }
  }
  return widened;
};

/** Removes from a read answer what widenAuditedFields added, so the answer keeps its shape. */
export const stripWidenedFields = (value: unknown, widened: Widened): void => {
  if (Array.isArray(value)) {
    for (const item of value) stripWidenedFields(item, widened);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  if (widened.added) delete record.classification;
  for (const [name, child] of Object.entries(widened.children))
    stripWidenedFields(record[name], child);
};

/**
 * Records every write of a classified (CRM) record, and every read of one classified confidential
 * or higher, in the audit trail (SPEC §7). Entries are queued after the action succeeds; a
 * failure to record never fails the user's request.
 */
export const recordAudit =
  ({ strapi }: { strapi: Core.Strapi }): Middleware =>
  async (ctx, next) => {
    const schema = schemaLookup(strapi);
    const writeAction = WRITE_ACTIONS[ctx.action];
    const isRead = READ_ACTIONS.includes(ctx.action);
    if ((!writeAction && !isRead) || !schema.isClassified(ctx.uid)) return next();

    const audit = getService(strapi, 'audit');
    const actor = audit.currentActor();
    if (isRead) {
      // Code without a request (jobs, seeding) reads for the system, not for a person.
      if (actor.actorType === 'system') return next();
      const widened = widenAuditedFields(ctx.uid, ctx.params as Record<string, unknown>, schema);
      const result = await next();
      try {
        audit.recordReads([...collectAuditedReads(ctx.uid, result, schema).values()]);
      } catch (error) {
        strapi.log.error(`[synergy] could not record reads: ${(error as Error).message}`);
      }
      stripWidenedFields(result, widened);
      return result;
    }

    const params = ctx.params as {
      documentId?: string;
      data?: Record<string, unknown>;
      locale?: string;
    };
    const attributes = schema.attributes(ctx.uid) ?? {};
    const stored =
      writeAction !== 'create'
        ? ((await storedDocument(strapi, ctx))?.version({ locale: params.locale }) ?? null)
        : null;

    const result = await next();
    try {
      const written = (result ?? {}) as {
        documentId?: string;
        classification?: Classification;
        entries?: Array<{ classification?: Classification }>;
      };
      const data = params.data ?? {};
      audit.record({
        ...actor,
        occurredAt: new Date(),
        action: writeAction!,
        contentType: ctx.uid,
        recordId: written.documentId ?? params.documentId ?? null,
        classification:
          written.classification ??
          written.entries?.[0]?.classification ??
          (stored?.classification as Classification | undefined) ??
          null,
        changedFields:
          writeAction === 'create'
            ? changedFieldNames(attributes, null, data)
            : writeAction === 'update'
              ? changedFieldNames(attributes, stored, data)
              : null,
        details:
          ctx.action === 'clone'
            ? {
                sourceDocumentId: params.documentId ?? null,
                ...(params.locale ? { locale: params.locale } : {}),
              }
            : params.locale
              ? { locale: params.locale }
              : null,
      });
    } catch (error) {
      strapi.log.error(
        `[synergy] could not record ${ctx.action} of ${ctx.uid}: ${(error as Error).message}`,
      );
    }
    return result;
  };
