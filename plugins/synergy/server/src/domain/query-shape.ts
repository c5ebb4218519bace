/**
 * The shape a document-service query must have before it reaches the database: Strapi's own query
 * validation checks key names, not values, and the database layer throws plain errors (500) on an
 * `$or` that is not an array, a `$between` of one value, `NaN` for an integer, an operator nested
 * inside an operator… Pure: the schema comes through the `SchemaLookup` it is given. Each check
 * returns the first problem found, naming the parameter as the query string spells it.
 */
import type { AttributeShape, SchemaLookup } from './restrict-query';

export interface QueryProblem {
  /** The parameter as written in a query string, e.g. `filters[$or]`. */
  parameter: string;
  message: string;
}

type Path = readonly (string | number)[];

const GROUP = ['$and', '$or'];
const ARRAY_OPERATORS = ['$in', '$notIn', '$between'];
const NULL_OPERATORS = ['$null', '$notNull'];
const TEXT_OPERATORS = [
  '$eqi',
  '$nei',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
];
const VALUE_OPERATORS = [
  '$eq',
  '$ne',
  '$lt',
  '$lte',
  '$gt',
  '$gte',
  ...ARRAY_OPERATORS,
  ...TEXT_OPERATORS,
];
const ATTRIBUTE_OPERATORS = ['$not', ...NULL_OPERATORS, ...VALUE_OPERATORS];
const TEXT_TYPES = ['string', 'text', 'richtext', 'email', 'uid', 'enumeration', 'password'];
const INTEGER_LIMITS: Record<string, number> = {
  integer: 2_147_483_647,
  increments: 2_147_483_647,
  biginteger: Number.MAX_SAFE_INTEGER,
};
/** Years every supported database stores and compares (MySQL's DATETIME starts at 1000). */
const ISO_DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])/;
const ISO_DATETIME =
  /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$/;
const TIME = /^(2[0-3]|[01]\d):([0-5]\d)(:([0-5]\d)(\.\d{1,3})?)?$/;
const BOOLEAN_WORDS = ['true', 'false', 't', 'f', '1', '0'];
const MAX_DEPTH = 12;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

export const parameterName = (path: Path): string => {
  const [head, ...rest] = path;
  return `${head}${rest.map((part) => `[${part}]`).join('')}`;
};

const problem = (path: Path, message: string): QueryProblem => ({
  parameter: parameterName(path),
  message: `${parameterName(path)} ${message}`,
});

const isScalar = (value: unknown) =>
  ['string', 'number', 'boolean'].includes(typeof value) || value instanceof Date;

/** The id attribute every content type has, and the system attributes a schema may leave out. */
const SYSTEM_ATTRIBUTES: Record<string, AttributeShape> = {
  id: { type: 'increments' },
  documentId: { type: 'string' },
  locale: { type: 'string' },
  createdAt: { type: 'datetime' },
  updatedAt: { type: 'datetime' },
  publishedAt: { type: 'datetime' },
};

/** Components (`category.name`, no `::`) have an id but no documentId, timestamps or locale. */
const isComponent = (uid: string) => !uid.includes('::');

const attributesOf = (uid: string, schema: SchemaLookup): Record<string, AttributeShape> => ({
  ...(isComponent(uid) ? { id: SYSTEM_ATTRIBUTES.id } : SYSTEM_ATTRIBUTES),
  ...(schema.attributes(uid) ?? {}),
});

/**
 * A name that is no attribute: on a content type Strapi's own validation refuses it (REST) or code
 * means a column; inside a component Strapi lets system names through (documentId) to a database error.
 */
const unknownIsRefused = (uid: string) => isComponent(uid);

/** The type a related record or component is filtered as, or undefined for plain values. */
const nestedTarget = (attribute: AttributeShape): string | undefined => {
  if (attribute.type === 'relation') return attribute.target;
  if (attribute.type === 'component') return attribute.component;
  if (attribute.type === 'media') return 'plugin::upload.file';
  return undefined;
};

const dateFits = (value: string) => {
  const match = ISO_DATE.exec(value);
  return match !== null && Number(match[1]) >= 1000 && !Number.isNaN(Date.parse(match[0]));
};

/** Whether one scalar fits an attribute type, as the database will be asked to compare it. */
const valueProblem = (type: string, value: unknown): string | undefined => {
  if (value === null) return undefined;
  if (!isScalar(value)) return 'must be a single value';
  if (type in INTEGER_LIMITS) {
    const number =
      typeof value === 'string'
        ? value.trim() === ''
          ? Number.NaN
          : Number(value)
        : Number(value);
    if (typeof value === 'boolean' || !Number.isInteger(number)) return 'must be an integer';
    return Math.abs(number) > INTEGER_LIMITS[type] ? 'is out of range' : undefined;
  }
  if (type === 'decimal' || type === 'float') {
    const number =
      typeof value === 'string'
        ? value.trim() === ''
          ? Number.NaN
          : Number(value)
        : Number(value);
    return typeof value === 'boolean' || !Number.isFinite(number) ? 'must be a number' : undefined;
  }
  if (type === 'boolean') {
    return typeof value === 'boolean' || BOOLEAN_WORDS.includes(String(value))
      ? undefined
      : 'must be true or false';
  }
  if (type === 'date')
    return value instanceof Date || (typeof value === 'string' && dateFits(value))
      ? undefined
      : 'must be a date (YYYY-MM-DD)';
  if (type === 'datetime' || type === 'timestamp') {
    if (value instanceof Date)
      return Number.isNaN(value.getTime()) ? 'must be a valid date' : undefined;
    const text = String(value).trim();
    const valid = /^\d{1,15}$/.test(text)
      ? Number(text) >= -30_610_224_000_000 && Number(text) <= 253_402_300_799_999
      : ISO_DATETIME.test(text) && dateFits(text);
    return valid ? undefined : 'must be an ISO 8601 date and time';
  }
  if (type === 'time')
    return typeof value === 'string' && TIME.test(value) ? undefined : 'must be a time (HH:mm:ss)';
  if (type === 'json' || type === 'blocks')
    return 'cannot be compared: only $null and $notNull apply';
  return undefined;
};

/** The value of one attribute-level operator (or of an attribute given directly, which is `$eq`). */
const operatorProblem = (
  type: string,
  operator: string,
  value: unknown,
  path: Path,
): QueryProblem | undefined => {
  if (NULL_OPERATORS.includes(operator)) {
    return typeof value === 'boolean' || BOOLEAN_WORDS.includes(String(value))
      ? undefined
      : problem(path, 'must be true or false');
  }
  if (TEXT_OPERATORS.includes(operator) && !TEXT_TYPES.includes(type))
    return problem(path, `applies to text fields only, not to ${type} fields`);
  if (ARRAY_OPERATORS.includes(operator)) {
    if (!Array.isArray(value))
      return problem(
        path,
        `must be an array of values${operator === '$between' ? ' (two: from, to)' : ''}`,
      );
    if (operator === '$between' && value.length !== 2)
      return problem(path, 'must be an array of two values (from, to)');
    for (const [index, item] of value.entries()) {
      const message = item === null ? 'must be a value, not null' : valueProblem(type, item);
      if (message) return problem([...path, index], message);
    }
    return undefined;
  }
  // Strapi reads an array under any other operator as "any of".
  const items = Array.isArray(value) ? value : [value];
  if (Array.isArray(value) && value.length === 0)
    return problem(path, 'must not be an empty array');
  for (const [index, item] of items.entries()) {
    const itemPath = Array.isArray(value) ? [...path, index] : path;
    if (isPlainObject(item))
      return problem(itemPath, 'must be a value: an operator cannot hold another operator');
    const message = valueProblem(type, item);
    if (message) return problem(itemPath, message);
  }
  return undefined;
};

/** The condition on one scalar attribute: a value, a list of values, or `{ $operator: value }`. */
const attributeConditionProblem = (
  type: string,
  condition: unknown,
  path: Path,
  depth: number,
): QueryProblem | undefined => {
  if (!isPlainObject(condition)) return operatorProblem(type, '$eq', condition, path);
  const keys = Object.keys(condition);
  if (keys.length === 0) return problem(path, 'must hold an operator and a value');
  for (const operator of keys) {
    const operatorPath = [...path, operator];
    if (!ATTRIBUTE_OPERATORS.includes(operator))
      return problem(operatorPath, `is not an operator (one of ${ATTRIBUTE_OPERATORS.join(', ')})`);
    const value = condition[operator];
    const found =
      operator === '$not'
        ? depth > MAX_DEPTH
          ? problem(operatorPath, 'is nested too deeply')
          : attributeConditionProblem(type, value, operatorPath, depth + 1)
        : operatorProblem(type, operator, value, operatorPath);
    if (found) return found;
  }
  return undefined;
};

/** The condition on a relation (or component, or media): nested filters, an id, or one operator on the id. */
const relationConditionProblem = (
  target: string,
  condition: unknown,
  path: Path,
  schema: SchemaLookup,
  depth: number,
): QueryProblem | undefined => {
  if (!isPlainObject(condition)) return operatorProblem('increments', '$eq', condition, path);
  const keys = Object.keys(condition);
  const operators = keys.filter((key) => key.startsWith('$'));
  if (operators.length === 0) return filtersProblem(target, condition, path, schema, depth + 1);
  if (operators.length !== keys.length) return problem(path, 'cannot mix operators and fields');
  if (operators.length > 1)
    return problem(path, `takes one operator, not ${operators.join(' and ')}`);
  const [operator] = operators;
  if (GROUP.includes(operator) || operator === '$not')
    return filtersProblem(target, condition, path, schema, depth + 1);
  if (!ATTRIBUTE_OPERATORS.includes(operator))
    return problem([...path, operator], 'is not an operator');
  return operatorProblem('increments', operator, condition[operator], [...path, operator]);
};

/**
 * `filters` of a query on `uid`: `$and`/`$or` hold arrays of conditions, `$not` one condition,
 * every other key is an attribute whose condition fits its type.
 */
export const filtersProblem = (
  uid: string,
  filters: unknown,
  path: Path,
  schema: SchemaLookup,
  depth = 0,
): QueryProblem | undefined => {
  if (depth > MAX_DEPTH) return problem(path, 'is nested too deeply');
  if (Array.isArray(filters)) {
    for (const [index, item] of filters.entries()) {
      const found = filtersProblem(uid, item, [...path, index], schema, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (!isPlainObject(filters)) return problem(path, 'must be an object of conditions');
  const attributes = attributesOf(uid, schema);
  for (const [key, value] of Object.entries(filters)) {
    const keyPath = [...path, key];
    let found: QueryProblem | undefined;
    if (GROUP.includes(key)) {
      if (!Array.isArray(value) || value.some((item) => !isPlainObject(item)))
        return problem(keyPath, 'must be an array of conditions');
      found = filtersProblem(uid, value, keyPath, schema, depth + 1);
    } else if (key === '$not') {
      found = filtersProblem(uid, value, keyPath, schema, depth + 1);
    } else if (key.startsWith('$')) {
      return problem(keyPath, 'is not allowed here: an operator follows a field name');
    } else {
      const attribute = attributes[key];
      if (!attribute) {
        if (unknownIsRefused(uid)) return problem(keyPath, 'is not a field of this component');
        continue;
      }
      const target = nestedTarget(attribute);
      if (target) found = relationConditionProblem(target, value, keyPath, schema, depth);
      else if (attribute.type === 'dynamiczone') return problem(keyPath, 'cannot be filtered on');
      else found = attributeConditionProblem(attribute.type, value, keyPath, depth + 1);
    }
    if (found) return found;
  }
  return undefined;
};

/** REST turns page and pageSize into start and limit before this point: the message names them all. */
const PAGINATION_MESSAGE = 'values (page, pageSize, start, limit) must be non-negative integers';

const paginationFits = (value: unknown, allowMinusOne: boolean): boolean => {
  if (value === undefined || value === null) return true;
  const number =
    typeof value === 'string'
      ? value.trim() === ''
        ? Number.NaN
        : Number(value)
      : typeof value === 'number'
        ? value
        : Number.NaN;
  return Number.isInteger(number) && number >= (allowMinusOne ? -1 : 0) && number <= 2_147_483_647;
};

const paginationProblem = (params: Record<string, unknown>): QueryProblem | undefined =>
  paginationFits(params.start, false) &&
  paginationFits(params.limit, true) &&
  paginationFits(params.page, false) &&
  paginationFits(params.pageSize, false)
    ? undefined
    : problem(['pagination'], PAGINATION_MESSAGE);

/** `populate` entries that are objects may carry their own filters, and populate further. */
const populateProblem = (
  uid: string,
  populate: unknown,
  path: Path,
  schema: SchemaLookup,
  depth: number,
): QueryProblem | undefined => {
  if (!isPlainObject(populate)) return undefined;
  if (depth > MAX_DEPTH) return problem(path, 'is nested too deeply');
  const attributes = attributesOf(uid, schema);
  for (const [key, entry] of Object.entries(populate)) {
    const attribute = attributes[key];
    const target = attribute ? nestedTarget(attribute) : undefined;
    if (!target || !isPlainObject(entry)) continue;
    const found =
      (entry.filters !== undefined
        ? filtersProblem(target, entry.filters, [...path, key, 'filters'], schema)
        : undefined) ??
      sortProblem(target, entry.sort, [...path, key, 'sort'], schema) ??
      populateProblem(target, entry.populate, [...path, key, 'populate'], schema, depth + 1);
    if (found) return found;
  }
  return undefined;
};

const DIRECTIONS = ['asc', 'desc'];

/** Whether a dotted sort path ends on a field: through relations, media and components, nothing after a plain field. */
const sortPathFits = (uid: string, segments: string[], schema: SchemaLookup): boolean => {
  const [head, ...rest] = segments;
  const attribute = attributesOf(uid, schema)[head];
  if (!attribute) return !unknownIsRefused(uid);
  const target = nestedTarget(attribute);
  if (rest.length === 0) return true;
  return target !== undefined && sortPathFits(target, rest, schema);
};

/** `sort`: "a,b:desc" (Strapi turns "a.b:desc" into the path "a.b.desc"), a list of those, or `{ field: 'asc' }`, nested for relations. */
const sortProblem = (
  uid: string,
  sort: unknown,
  path: Path,
  schema: SchemaLookup,
  depth = 0,
): QueryProblem | undefined => {
  if (sort === undefined || sort === null) return undefined;
  if (depth > MAX_DEPTH) return problem(path, 'is nested too deeply');
  if (typeof sort === 'string') {
    const bad = sort.split(',').find((part) => {
      const [field, direction, ...rest] = part.split(':');
      const segments = field.trim().split('.');
      const last = segments.at(-1)?.toLowerCase() ?? '';
      const pathOnly =
        direction === undefined && segments.length > 1 && DIRECTIONS.includes(last)
          ? segments.slice(0, -1)
          : segments;
      return (
        field.trim() === '' ||
        rest.length > 0 ||
        (direction !== undefined && !DIRECTIONS.includes(direction.trim().toLowerCase())) ||
        !sortPathFits(uid, pathOnly, schema)
      );
    });
    return bad === undefined
      ? undefined
      : problem(
          path,
          `must be field names with an optional direction (name:asc, name:desc), not "${bad}"`,
        );
  }
  if (Array.isArray(sort)) {
    for (const [index, item] of sort.entries()) {
      const found = sortProblem(uid, item, [...path, index], schema, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (isPlainObject(sort)) {
    const attributes = attributesOf(uid, schema);
    for (const [key, value] of Object.entries(sort)) {
      const keyPath = [...path, key];
      const target = attributes[key] ? nestedTarget(attributes[key]) : undefined;
      if (typeof value === 'string') {
        if (!DIRECTIONS.includes(value.trim().toLowerCase()))
          return problem(keyPath, 'must be asc or desc');
        continue;
      }
      const found =
        isPlainObject(value) && target
          ? sortProblem(target, value, keyPath, schema, depth + 1)
          : problem(keyPath, 'must be asc or desc');
      if (found) return found;
    }
    return undefined;
  }
  return problem(path, 'must be a field name or a list of them');
};

/** Every query parameter a document-service action on `uid` takes: filters, populate, pagination. */
export const queryProblem = (
  uid: string,
  params: Record<string, unknown>,
  schema: SchemaLookup,
): QueryProblem | undefined =>
  (params.filters !== undefined && params.filters !== null
    ? filtersProblem(uid, params.filters, ['filters'], schema)
    : undefined) ??
  sortProblem(uid, params.sort, ['sort'], schema) ??
  populateProblem(uid, params.populate, ['populate'], schema, 0) ??
  paginationProblem(params);

/**
 * The database reads a lone `$not` directly under a relation or component as an operator on the
 * related id (a 500); inside `$and` it negates the related record's conditions, as meant.
 */
export const wrapRelationNot = (uid: string, filters: unknown, schema: SchemaLookup): unknown => {
  if (Array.isArray(filters)) return filters.map((item) => wrapRelationNot(uid, item, schema));
  if (!isPlainObject(filters)) return filters;
  const attributes = attributesOf(uid, schema);
  return Object.fromEntries(
    Object.entries(filters).map(([key, value]) => {
      if (GROUP.includes(key) || key === '$not') return [key, wrapRelationNot(uid, value, schema)];
      const target = attributes[key] ? nestedTarget(attributes[key]) : undefined;
      if (!target || !isPlainObject(value)) return [key, value];
      const nested = wrapRelationNot(target, value, schema) as Record<string, unknown>;
      const keys = Object.keys(nested);
      return [key, keys.length === 1 && keys[0] === '$not' ? { $and: [nested] } : nested];
    }),
  );
};

/** Fields Strapi maintains itself: a write body never sets them. */
export const SYSTEM_WRITE_FIELDS = [
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
] as const;

/** The write data without the fields Strapi maintains (the primary key among them). */
export const withoutSystemFields = (data: unknown): unknown => {
  if (!isPlainObject(data)) return data;
  return Object.fromEntries(
    Object.entries(data).filter(
      ([key]) => !(SYSTEM_WRITE_FIELDS as readonly string[]).includes(key),
    ),
  );
};
