import type { SchemaLookup } from './restrict-query';

/**
 * The records a write body points at through its relations, in every input shape Strapi 5
 * accepts (SPEC §1: a record above the caller's clearance must not be connected, disconnected or
 * set, and must not be told apart from one that does not exist). Pure: the schema is looked up.
 *
 * Shapes: `"docId"`, `5` / `"5"` (an entity id), `{ documentId, locale }`, `{ id }`, arrays of
 * those, `{ connect, disconnect, set }` with `position: { before, after }`, inside components and
 * dynamic zones at any depth. An entity-id reference can be replaced in place (`replaceId`).
 */
export interface DocumentReference {
  target: string;
  field: string;
  documentId: string;
  locale?: string;
}

export interface EntityReference {
  target: string;
  field: string;
  id: number;
  replaceId: (id: number) => void;
}

export type RelationReference = DocumentReference | EntityReference;

/** Where a value sits, so an entity id can be replaced in place. */
type Setter = (value: unknown) => void;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Strapi reads a relation value that parses as an integer as an entity id (map-relation.js). */
const isEntityId = (value: unknown) =>
  (typeof value === 'number' || typeof value === 'string') &&
  !Number.isNaN(parseInt(String(value), 10));

const referencesIn = (
  target: string,
  field: string,
  value: unknown,
  set: Setter,
  found: RelationReference[],
): void => {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) =>
      referencesIn(target, field, item, (replacement) => (value[index] = replacement), found),
    );
    return;
  }
  if (isPlainObject(value)) {
    if ('documentId' in value || 'id' in value) {
      if (typeof value.documentId === 'string') {
        found.push({
          target,
          field,
          documentId: value.documentId,
          ...(typeof value.locale === 'string' ? { locale: value.locale } : {}),
        });
      } else if (isEntityId(value.id)) {
        found.push({
          target,
          field,
          id: parseInt(String(value.id), 10),
          replaceId: (id) => (value.id = id),
        });
      }
      const position = value.position;
      if (isPlainObject(position)) {
        for (const side of ['before', 'after'] as const) {
          if (typeof position[side] === 'string')
            found.push({ target, field, documentId: position[side] as string });
        }
      }
      return;
    }
    for (const key of ['set', 'connect', 'disconnect'] as const) {
      referencesIn(target, field, value[key], (replacement) => (value[key] = replacement), found);
    }
    return;
  }
  if (isEntityId(value))
    found.push({ target, field, id: parseInt(String(value), 10), replaceId: set });
  else if (typeof value === 'string' && value !== '')
    found.push({ target, field, documentId: value });
};

export const relationReferences = (
  uid: string,
  data: unknown,
  schema: SchemaLookup,
  found: RelationReference[] = [],
): RelationReference[] => {
  if (!isPlainObject(data)) return found;
  const attributes = schema.attributes(uid) ?? {};
  for (const [name, value] of Object.entries(data)) {
    const attribute = attributes[name];
    if (!attribute || value === undefined) continue;
    if (attribute.type === 'relation' && attribute.target) {
      referencesIn(
        attribute.target,
        name,
        value,
        (replacement) => (data[name] = replacement),
        found,
      );
    } else if (attribute.type === 'component' && attribute.component) {
      for (const item of Array.isArray(value) ? value : [value])
        relationReferences(attribute.component, item, schema, found);
    } else if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
      for (const item of value) {
        if (isPlainObject(item) && typeof item.__component === 'string')
          relationReferences(item.__component, item, schema, found);
      }
    }
  }
  return found;
};
