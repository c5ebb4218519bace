/**
 * Masked fields (SPEC §1): the values some roles see only partly, and the query parts that would
 * let them confirm a masked value (a filter, a sort, a search). Pure: the schema and the fields
 * masked for the caller are given.
 */
import type { AttributeShape } from './restrict-query';

export type MaskKind = 'phone' | 'email' | 'text';

/** The attribute types whose values can be masked (text values). */
export const MASKABLE_TYPES = ['string', 'text', 'email'];

const PHONE_NAME = /phone|mobile|tel|fax/i;

/** How a field's values are masked: e-mails as e-mails, phone numbers by their digits, the rest as text. */
export const maskKindOf = (field: string, attribute: AttributeShape): MaskKind =>
  attribute.type === 'email' ? 'email' : PHONE_NAME.test(field) ? 'phone' : 'text';

/** `13812345678` → `138****5678`: the first 3 and last 4 digits stay, formatting too; short numbers keep their last 2. */
export const maskPhone = (value: string): string => {
  const digits = value.replace(/\D/g, '').length;
  if (digits === 0) return maskText(value);
  const [head, tail] = digits >= 8 ? [3, 4] : [0, Math.min(2, digits - 1)];
  let index = 0;
  return value.replace(/\d/g, (digit) => {
    const position = index++;
    return position < head || position >= digits - tail ? digit : '*';
  });
};

/** `zhang.wei@example.com` → `z***@example.com`: the length of the local part is not shown. */
export const maskEmail = (value: string): string => {
  const at = value.lastIndexOf('@');
  if (at <= 0) return maskText(value);
  return `${value[0]}***${value.slice(at)}`;
};

/** `Beijing office` → `B***e`; two characters or fewer → `***`. */
export const maskText = (value: string): string => {
  const characters = [...value];
  return characters.length <= 2 ? '***' : `${characters[0]}***${characters[characters.length - 1]}`;
};

/** A stored value as a masked caller sees it; null and empty stay as they are. */
export const maskValue = (kind: MaskKind, value: unknown): unknown => {
  if (typeof value !== 'string' || value === '') return value;
  return kind === 'phone'
    ? maskPhone(value)
    : kind === 'email'
      ? maskEmail(value)
      : maskText(value);
};

export interface MaskingSchema {
  attributes: (uid: string) => Record<string, AttributeShape> | undefined;
  /** The fields of `uid` masked for the caller (empty when none). */
  masked: (uid: string) => ReadonlySet<string>;
}

type Json = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const LOGICAL = ['$and', '$or', '$not'];

/** The uid a relation or component attribute leads to. */
const nestedUid = (attribute: AttributeShape | undefined): string | undefined =>
  attribute?.type === 'relation'
    ? attribute.target
    : attribute?.type === 'component'
      ? attribute.component
      : undefined;

/** The path of the first masked field a filter names, at any depth through relations and components. */
export const maskedFilterPath = (
  uid: string,
  filters: unknown,
  schema: MaskingSchema,
  prefix: string[] = [],
): string[] | null => {
  if (Array.isArray(filters)) {
    for (const [index, part] of filters.entries()) {
      const found = maskedFilterPath(uid, part, schema, [...prefix, String(index)]);
      if (found) return found;
    }
    return null;
  }
  if (!isPlainObject(filters)) return null;
  const attributes = schema.attributes(uid) ?? {};
  for (const [key, value] of Object.entries(filters)) {
    if (LOGICAL.includes(key)) {
      const found = maskedFilterPath(uid, value, schema, [...prefix, key]);
      if (found) return found;
      continue;
    }
    if (key.startsWith('$')) continue;
    if (schema.masked(uid).has(key)) return [...prefix, key];
    const target = nestedUid(attributes[key]);
    if (target) {
      const found = maskedFilterPath(target, value, schema, [...prefix, key]);
      if (found) return found;
    }
  }
  return null;
};

/** Every sort path of a sort parameter (`a.b:asc,c`, arrays, `{ a: { b: 'asc' } }`). */
const sortPaths = (sort: unknown): string[][] => {
  if (typeof sort === 'string')
    return sort
      .split(',')
      .map((part) => part.split(':')[0].trim().split('.'))
      .filter((path) => path[0] !== '');
  if (Array.isArray(sort)) return sort.flatMap(sortPaths);
  if (isPlainObject(sort))
    return Object.entries(sort).flatMap(([key, nested]) =>
      isPlainObject(nested) ? sortPaths(nested).map((path) => [key, ...path]) : [[key]],
    );
  return [];
};

/** The first sort path that ends on (or passes) a masked field. */
export const maskedSortPath = (
  uid: string,
  sort: unknown,
  schema: MaskingSchema,
): string[] | null => {
  for (const path of sortPaths(sort)) {
    let current: string | undefined = uid;
    for (const [depth, field] of path.entries()) {
      if (!current) break;
      if (schema.masked(current).has(field)) return path.slice(0, depth + 1);
      current = nestedUid(schema.attributes(current)?.[field]);
    }
  }
  return null;
};

/** A problem found in a query: the parameter (`filters[phone]`, `populate[contacts][sort]`) and the field. */
export interface MaskedQueryProblem {
  parameter: string;
  field: string;
}

const bracketed = (name: string, path: string[]) =>
  `${name}${path.map((part) => `[${part}]`).join('')}`;

/**
 * The first part of a read's parameters that names a masked field: the filters, the sort, and the
 * filters and sort of every populated relation, at any depth.
 */
export const maskedQueryProblem = (
  uid: string,
  params: { filters?: unknown; sort?: unknown; populate?: unknown },
  schema: MaskingSchema,
  prefix: string[] = [],
): MaskedQueryProblem | null => {
  const filterPath = maskedFilterPath(uid, params.filters, schema);
  if (filterPath) {
    return {
      parameter: bracketed(prefix.length ? 'populate' : 'filters', [
        ...prefix,
        ...(prefix.length ? ['filters'] : []),
        ...filterPath,
      ]),
      field: filterPath.filter((part) => !part.startsWith('$') && !/^\d+$/.test(part)).join('.'),
    };
  }
  const sortPath = maskedSortPath(uid, params.sort, schema);
  if (sortPath) {
    return {
      parameter: prefix.length ? bracketed('populate', [...prefix, 'sort']) : 'sort',
      field: sortPath.join('.'),
    };
  }
  if (!isPlainObject(params.populate)) return null;
  const attributes = schema.attributes(uid) ?? {};
  for (const [key, entry] of Object.entries(params.populate)) {
    const target = nestedUid(attributes[key]);
    if (!target || !isPlainObject(entry)) continue;
    const found = maskedQueryProblem(target, entry, schema, [...prefix, key]);
    if (found) return found;
  }
  return null;
};

/** The attribute types Strapi's `_q` search compares as text (its search helper's string columns). */
const SEARCHED_TYPES = ['string', 'text', 'uid', 'email', 'enumeration', 'richtext'];

/**
 * `_q` over the fields a masked caller may search: Strapi's search compares every text column, the
 * masked ones included, so the search becomes a `$containsi` on each unmasked text field instead
 * (null when the type has no masked searched field, and `_q` can stay).
 */
export const searchWithoutMasked = (
  uid: string,
  query: string,
  schema: MaskingSchema,
): Json | null => {
  const attributes = schema.attributes(uid) ?? {};
  const masked = schema.masked(uid);
  const searched = Object.keys(attributes).filter((name) =>
    SEARCHED_TYPES.includes(attributes[name].type),
  );
  if (!searched.some((name) => masked.has(name))) return null;
  const kept = searched.filter((name) => !masked.has(name));
  // With nothing left to search, nothing matches (an id that exists nowhere).
  if (kept.length === 0) return { id: { $null: true } };
  return { $or: kept.map((name) => ({ [name]: { $containsi: query } })) };
};

/** An answer of the document service with every masked field masked, populated relations included. */
export const maskResult = (uid: string, result: unknown, schema: MaskingSchema): unknown => {
  if (Array.isArray(result)) return result.map((item) => maskResult(uid, item, schema));
  if (!isPlainObject(result)) return result;
  const attributes = schema.attributes(uid) ?? {};
  const masked = schema.masked(uid);
  const out: Json = { ...result };
  for (const [key, value] of Object.entries(result)) {
    const attribute = attributes[key];
    if (!attribute) continue;
    if (masked.has(key)) out[key] = maskValue(maskKindOf(key, attribute), value);
    else if (attribute.type === 'dynamiczone' && Array.isArray(value))
      out[key] = value.map((item) =>
        isPlainObject(item) && typeof item.__component === 'string'
          ? maskResult(item.__component, item, schema)
          : item,
      );
    else {
      const target = nestedUid(attribute);
      if (target && value !== null && typeof value === 'object')
        out[key] = maskResult(target, value, schema);
    }
  }
  return out;
};

/** What a write of masked fields by a masked caller becomes. */
export type MaskedWrite =
  | { kind: 'allowed'; data: Json }
  /** A masked field the caller changed: refused (they cannot see what they would overwrite). */
  | { kind: 'refused'; field: string };

/**
 * An update's data from a masked caller: a masked field sent back as the mask of its stored value
 * (an edit form's echo) is dropped, so the stored value stays; any other value of it is refused.
 * A create (no stored record) keeps what it sends: the caller chose those values.
 */
export const maskedWrite = (
  uid: string,
  data: Json,
  stored: Json | null,
  schema: MaskingSchema,
): MaskedWrite => {
  const masked = schema.masked(uid);
  const attributes = schema.attributes(uid) ?? {};
  const kept: Json = { ...data };
  for (const field of Object.keys(data)) {
    if (!masked.has(field) || !attributes[field]) continue;
    if (stored === null) continue;
    const storedValue = stored[field] ?? null;
    const echo = maskValue(maskKindOf(field, attributes[field]), storedValue);
    const sent = data[field] ?? null;
    // An empty text and null are the same to an edit form.
    if (sent === echo || (sent === '' && echo === null) || (sent === null && echo === '')) {
      delete kept[field];
      continue;
    }
    return { kind: 'refused', field };
  }
  return { kind: 'allowed', data: kept };
};
