/**
 * Rewrites document-service query parameters so that no record classified above a clearance can
 * be returned, counted, populated or matched through a relation filter (SPEC §1). Pure: the schema
 * is looked up through the `SchemaLookup` it is given.
 */
import { visibilityFilter, type Visibility } from './need-to-know';

export interface AttributeShape {
  type: string;
  relation?: string;
  target?: string;
  component?: string;
}

export interface SchemaLookup {
  attributes: (uid: string) => Record<string, AttributeShape> | undefined;
  /** Whether records of this type carry `classification`. */
  isClassified: (uid: string) => boolean;
}

type Filters = Record<string, unknown>;
type PopulateEntry = true | { filters?: Filters; populate?: unknown; [key: string]: unknown };
type PopulateObject = Record<string, PopulateEntry>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const POPULATABLE = ['relation', 'component', 'media', 'dynamiczone'];

/**
 * What a caller may see: the visible levels alone, or the whole visibility (levels, compartments,
 * caveats: domain/need-to-know.ts).
 */
export type VisibleScope = readonly string[] | Visibility;

export const clearanceFilter = (levels: VisibleScope): Filters =>
  isLevelList(levels) ? { classification: { $in: [...levels] } } : visibilityFilter(levels);

const isLevelList = (scope: VisibleScope): scope is readonly string[] => Array.isArray(scope);

const andFilters = (...parts: Array<Filters | undefined>): Filters => {
  const present = parts.filter(
    (part): part is Filters => isPlainObject(part) && Object.keys(part).length > 0,
  );
  return present.length === 1 ? present[0] : { $and: present };
};

const TRUE_WORDS = ['true', 't', '1'];

/** `{ $null: … }` or `{ $notNull: … }` on a relation: whether a related record must be present. */
const relationPresence = (value: unknown): boolean | undefined => {
  if (!isPlainObject(value) || Object.keys(value).length !== 1) return undefined;
  const [[operator, operand]] = Object.entries(value);
  if (operator !== '$null' && operator !== '$notNull') return undefined;
  const truthy = operand === true || TRUE_WORDS.includes(String(operand));
  return operator === '$notNull' ? truthy : !truthy;
};

/**
 * A relation condition as filters on the target: an id (or a list of ids) and a lone operator
 * other than a group (`{ $in: [1, 2] }`) apply to the target's id, as Strapi reads them.
 */
const relationConditionOnTarget = (value: unknown): Filters => {
  if (!isPlainObject(value)) return { id: { $eq: value } };
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0].startsWith('$') && !['$and', '$or', '$not'].includes(keys[0]))
    return { id: value };
  return value;
};

/** Restricts every relation inside `filters`, so a filter cannot match through a hidden record. */
export const restrictRelationFilters = (
  uid: string,
  filters: unknown,
  levels: VisibleScope,
  schema: SchemaLookup,
): unknown => {
  if (Array.isArray(filters))
    return filters.map((item) => restrictRelationFilters(uid, item, levels, schema));
  if (!isPlainObject(filters)) return filters;

  const attributes = schema.attributes(uid) ?? {};
  return Object.fromEntries(
    Object.entries(filters).map(([key, value]) => {
      if (key === '$and' || key === '$or' || key === '$not') {
        return [key, restrictRelationFilters(uid, value, levels, schema)];
      }
      const attribute = attributes[key];
      if (attribute?.type === 'relation' && attribute.target) {
        const classified = schema.isClassified(attribute.target);
        const presence = relationPresence(value);
        if (presence !== undefined && classified) {
          // A hidden related record counts as no record: present means "a visible one is linked".
          const visible = { id: { $notNull: true }, ...clearanceFilter(levels) };
          // `$not` is read as an id operator at this level: inside `$and` it negates the target's filters.
          return [key, presence ? visible : { $and: [{ $not: visible }] }];
        }
        const nested = relationConditionOnTarget(value);
        const restricted = restrictRelationFilters(
          attribute.target,
          nested,
          levels,
          schema,
        ) as Filters;
        return [key, classified ? andFilters(restricted, clearanceFilter(levels)) : restricted];
      }
      if (attribute?.type === 'component' && attribute.component) {
        return [key, restrictRelationFilters(attribute.component, value, levels, schema)];
      }
      return [key, value];
    }),
  );
};

/** The top-level filters of a query on `uid`: its own classification, and every relation inside. */
export const restrictFilters = (
  uid: string,
  filters: unknown,
  levels: VisibleScope,
  schema: SchemaLookup,
): Filters => {
  const restricted = restrictRelationFilters(uid, filters ?? {}, levels, schema) as Filters;
  return schema.isClassified(uid) ? andFilters(restricted, clearanceFilter(levels)) : restricted;
};

/** Turns any populate shape Strapi accepts (`*`, `true`, "a,b.c", an array, an object) into an object. */
export const normalizePopulate = (
  uid: string,
  populate: unknown,
  schema: SchemaLookup,
): PopulateObject | undefined => {
  if (populate === undefined || populate === null || populate === false) return undefined;
  if (populate === '*' || populate === true) {
    const attributes = schema.attributes(uid) ?? {};
    return Object.fromEntries(
      Object.entries(attributes)
        .filter(([, attribute]) => POPULATABLE.includes(attribute.type))
        .map(([name]) => [name, true as const]),
    );
  }
  if (typeof populate === 'string') return normalizePopulate(uid, populate.split(','), schema);
  if (Array.isArray(populate)) {
    const result: PopulateObject = {};
    for (const path of populate) {
      if (typeof path !== 'string') continue;
      if (path === '*') Object.assign(result, normalizePopulate(uid, '*', schema));
      const [head, ...rest] = path.split('.');
      if (!head || head === '*') continue;
      if (rest.length === 0) {
        result[head] = result[head] ?? true;
      } else {
        const existing = result[head];
        const nested = isPlainObject(existing) ? existing : {};
        const nestedPopulate = Array.isArray(nested.populate) ? nested.populate : [];
        result[head] = { ...nested, populate: [...nestedPopulate, rest.join('.')] };
      }
    }
    return result;
  }
  return isPlainObject(populate) ? (populate as PopulateObject) : undefined;
};

/** Adds the clearance filter to every populated relation to a classified type, at any depth. */
export const restrictPopulate = (
  uid: string,
  populate: unknown,
  levels: VisibleScope,
  schema: SchemaLookup,
): PopulateObject | undefined => {
  const normalized = normalizePopulate(uid, populate, schema);
  if (!normalized) return undefined;
  const attributes = schema.attributes(uid) ?? {};

  return Object.fromEntries(
    Object.entries(normalized).map(([key, entry]) => {
      const attribute = attributes[key];
      const target =
        attribute?.type === 'relation'
          ? attribute.target
          : attribute?.type === 'component'
            ? attribute.component
            : undefined;
      if (!attribute || !target || (entry as unknown) === false) return [key, entry];

      const options = isPlainObject(entry) ? { ...entry } : {};
      if (options.populate !== undefined)
        options.populate = restrictPopulate(target, options.populate, levels, schema);
      if (attribute.type === 'relation') {
        const filters =
          options.filters === undefined
            ? undefined
            : restrictRelationFilters(target, options.filters, levels, schema);
        if (schema.isClassified(target))
          options.filters = andFilters(filters as Filters | undefined, clearanceFilter(levels));
        else if (filters !== undefined) options.filters = filters as Filters;
      }
      return [key, Object.keys(options).length > 0 ? options : true];
    }),
  );
};

/** Whether a sort path ("customer.name", or its object form) goes through a relation to a classified type. */
const sortPathReachesClassified = (uid: string, path: string[], schema: SchemaLookup): boolean => {
  const [head, ...rest] = path;
  const attribute = schema.attributes(uid)?.[head];
  if (!attribute || rest.length === 0) return false;
  const target =
    attribute.type === 'relation'
      ? attribute.target
      : attribute.type === 'component'
        ? attribute.component
        : undefined;
  if (!target) return false;
  if (attribute.type === 'relation' && schema.isClassified(target)) return true;
  return sortPathReachesClassified(target, rest, schema);
};

const objectSortPaths = (value: unknown, prefix: string[] = []): string[][] =>
  isPlainObject(value)
    ? Object.entries(value).flatMap(([key, nested]) => objectSortPaths(nested, [...prefix, key]))
    : [prefix];

/**
 * Drops sorts on the fields of related classified records: the join that orders the list is not
 * filtered by clearance, so the order would reveal something of a hidden record.
 */
export const restrictSort = (uid: string, sort: unknown, schema: SchemaLookup): unknown => {
  if (sort === undefined || sort === null) return sort;
  if (typeof sort === 'string') {
    const kept = sort
      .split(',')
      .filter(
        (part) => !sortPathReachesClassified(uid, part.split(':')[0].trim().split('.'), schema),
      );
    return kept.length > 0 ? kept.join(',') : undefined;
  }
  if (Array.isArray(sort)) {
    const kept = sort
      .map((part) => restrictSort(uid, part, schema))
      .filter((part) => part !== undefined);
    return kept.length > 0 ? kept : undefined;
  }
  if (isPlainObject(sort)) {
    const allowed = objectSortPaths(sort).every(
      (path) => !sortPathReachesClassified(uid, path, schema),
    );
    return allowed ? sort : undefined;
  }
  return sort;
};
