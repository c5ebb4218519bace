/**
 * Corrections to the OpenAPI document Strapi's documentation plugin generates (5.54), so that it
 * lints clean (redocly, recommended rules) and describes what the server enforces and returns.
 * Pure: it works on the document and a description of the CRM content types, no Strapi needed.
 */

export type JsonSchema = Record<string, unknown> & {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  nullable?: boolean;
  allOf?: JsonSchema[];
};

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
  [key: string]: unknown;
}

interface Operation {
  summary?: string;
  description?: string;
  operationId?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
}

export interface OpenApiDocument {
  paths?: Record<string, Record<string, Operation | unknown>>;
  components?: { schemas?: Record<string, JsonSchema> };
  [key: string]: unknown;
}

/** What the corrections need to know of one CRM content type. */
export interface DocumentedType {
  /** The schema name the plugin gives it: `Feedback` (then `FeedbackRequest`, `FeedbackListResponse`). */
  schemaName: string;
  singular: string;
  plural: string;
  /** REST path segment: `feedbacks`. */
  pluralName: string;
  /** Relations the business rules require (SPEC §2), which the schema alone does not mark required. */
  requiredRelations: string[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/** Strapi's error answer; `details.errors` names each field, as the 400s, 403s and relation-not-found errors do. */
export const errorSchema: JsonSchema = {
  type: 'object',
  required: ['data', 'error'],
  properties: {
    data: { type: 'object', nullable: true, description: 'Always null in an error answer' },
    error: {
      type: 'object',
      required: ['status', 'name', 'message'],
      properties: {
        status: { type: 'integer' },
        name: { type: 'string' },
        message: { type: 'string' },
        details: {
          type: 'object',
          properties: {
            errors: {
              type: 'array',
              description: 'One entry per field at fault',
              items: {
                type: 'object',
                required: ['path', 'message'],
                properties: {
                  path: {
                    type: 'array',
                    items: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
                  },
                  message: { type: 'string' },
                  name: { type: 'string' },
                  value: {},
                },
              },
            },
          },
          additionalProperties: true,
        },
      },
    },
  },
};

const operationsOf = (document: OpenApiDocument) =>
  Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => ({ path, method, operation: operation as Operation })),
  );

const pascal = (words: string) =>
  words
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');

/** `get` `/feedbacks/{id}` → `getFeedbacksById`: an identifier client generators can use as a method name. */
const operationIdFor = (method: string, path: string) =>
  method +
  path
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith('{') ? `By${pascal(segment)}` : pascal(segment)))
    .join('');

/** Paths that differ only in a parameter name (`/roles/{id}`, `/roles/{role}`) become one, with the first name. */
const mergeParameterNamedPaths = (document: OpenApiDocument) => {
  const paths = document.paths ?? {};
  const byTemplate = new Map<string, string>();
  for (const path of Object.keys(paths)) {
    const template = path.replace(/\{[^}]+\}/g, '{}');
    const first = byTemplate.get(template);
    if (!first) {
      byTemplate.set(template, path);
      continue;
    }
    const names = [...first.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
    const ownNames = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
    for (const [method, value] of Object.entries(paths[path])) {
      if (paths[first][method]) continue;
      const operation = value as Operation;
      for (const parameter of operation.parameters ?? []) {
        const index = ownNames.indexOf(parameter.name);
        if (parameter.in === 'path' && index >= 0) parameter.name = names[index];
      }
      paths[first][method] = operation;
    }
    delete paths[path];
  }
};

/**
 * A query string in a path (`/upload?id={id}`) is not OpenAPI: its operation joins the bare path,
 * or, where that path already has the method, becomes an optional query parameter of it.
 */
const moveQueryStringsOutOfPaths = (document: OpenApiDocument) => {
  const paths = document.paths ?? {};
  for (const path of Object.keys(paths).filter((key) => key.includes('?'))) {
    const [base, query] = path.split('?');
    const names = query.split('&').map((pair) => pair.split('=')[0]);
    paths[base] = paths[base] ?? {};
    for (const [method, value] of Object.entries(paths[path])) {
      const operation = value as Operation;
      const queryParameters = names.map((name) => ({
        name,
        in: 'query',
        required: !paths[base][method],
        description: paths[base][method]
          ? `With ${name}: ${operation.description ?? operation.summary ?? ''}`
          : undefined,
        schema: { type: 'string' },
      }));
      const target = (paths[base][method] as Operation | undefined) ?? operation;
      target.parameters = [
        ...(target.parameters ?? []).filter((parameter) => parameter.in !== 'path'),
        ...queryParameters,
      ];
      paths[base][method] = target;
    }
    delete paths[path];
  }
};

/** users-permissions' example role carries `permissions`, which its own schema does not have. */
const dropStaleExamples = (document: OpenApiDocument) => {
  const operation = document.paths?.['/users-permissions/roles/{id}']?.get as Operation | undefined;
  const ok = operation?.responses?.[200] as
    { content?: Record<string, { example?: unknown }> } | undefined;
  if (ok?.content?.['application/json']) delete ok.content['application/json'].example;
};

const summaryFor = (
  method: string,
  path: string,
  operation: Operation,
  types: Map<string, DocumentedType>,
) => {
  const [, segment, id] = path.split('/');
  const type = types.get(segment);
  if (type) {
    if (method === 'get') return id ? `Get a ${type.singular}` : `List ${type.plural}`;
    if (method === 'post') return `Create a ${type.singular}`;
    if (method === 'put') return `Update a ${type.singular}`;
    if (method === 'delete') return `Delete a ${type.singular}`;
  }
  const description = operation.description?.split(/[.\n]/)[0].trim();
  return description || `${method.toUpperCase()} ${path}`;
};

/** Every schema inside `schema`, depth first (properties, items, compositions). */
const walk = (schema: unknown, visit: (schema: JsonSchema) => void) => {
  if (!schema || typeof schema !== 'object') return;
  if (Array.isArray(schema)) {
    for (const item of schema) walk(item, visit);
    return;
  }
  visit(schema as JsonSchema);
  for (const value of Object.values(schema)) walk(value, visit);
};

const enumValueType = (values: unknown[]) => {
  const kinds = new Set(values.map((value) => typeof value));
  if (kinds.size !== 1) return undefined;
  const [kind] = kinds;
  return kind === 'boolean' || kind === 'number' || kind === 'string' ? kind : undefined;
};

/** An enum of booleans typed `string` (users-permissions' `{ ok: true }`) gets the values' type. */
const alignEnumTypes = (schema: JsonSchema) => {
  if (!Array.isArray(schema.enum) || !schema.type) return;
  const kind = enumValueType(schema.enum);
  if (kind && kind !== schema.type && !(kind === 'number' && schema.type === 'integer'))
    schema.type = kind;
};

/** `allOf` of one schema is that schema. */
const unwrapSingleAllOf = (schema: JsonSchema) => {
  if (Array.isArray(schema.allOf) && schema.allOf.length === 1) {
    const [only] = schema.allOf;
    delete schema.allOf;
    Object.assign(schema, only);
  }
};

const NEVER_NULL = new Set(['id', 'documentId', 'createdAt', 'updatedAt']);

/**
 * Strapi answers `null` for an attribute that has no value (and for an empty to-one relation when
 * populated), `locale` of a type that is not localized included; a client may send `null` to clear one. Required attributes, arrays and untyped
 * schemas (`oneOf`) stay as they are.
 */
const markOptionalNullable = (schema: JsonSchema) => {
  walk(schema, (node) => {
    if (!node.properties) return;
    const required = new Set(node.required ?? []);
    for (const [name, property] of Object.entries(node.properties)) {
      if (required.has(name) || NEVER_NULL.has(name) || !property.type || property.type === 'array')
        continue;
      property.nullable = true;
      // An enumeration must list null itself to allow it (OpenAPI 3.0.3).
      if (Array.isArray(property.enum) && !property.enum.includes(null))
        property.enum = [...property.enum, null];
    }
  });
};

/** `meta.pagination` as Strapi answers it: page-based or offset-based, pageSize up to the API's maxLimit. */
const paginationSchema = (maxPageSize: number): JsonSchema => ({
  type: 'object',
  properties: {
    page: { type: 'integer', minimum: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: maxPageSize },
    pageCount: { type: 'integer', minimum: 0 },
    start: { type: 'integer', minimum: 0 },
    limit: { type: 'integer', minimum: 1, maximum: maxPageSize },
    total: { type: 'integer', minimum: 0 },
  },
});

/** `populate`, `sort` and `fields` in every shape Strapi's REST API accepts. */
const QUERY_PARAMETER_SCHEMAS: Record<string, { description: string; schema: JsonSchema }> = {
  populate: {
    description:
      'Relations to return: `*`, a comma-separated list, `populate[0]=customer`, or `populate[customer][fields][0]=name` at any depth',
    schema: {
      oneOf: [
        { type: 'string' },
        { type: 'array', items: { type: 'string' } },
        { type: 'object', additionalProperties: true },
      ],
    },
  },
  sort: {
    description:
      'Sort order: `receivedAt:desc`, a comma-separated list, `sort[0]=receivedAt:desc`, or `sort[receivedAt]=desc`',
    schema: {
      oneOf: [
        { type: 'string' },
        { type: 'array', items: { type: 'string' } },
        { type: 'object', additionalProperties: { type: 'string', enum: ['asc', 'desc'] } },
      ],
    },
  },
  fields: {
    description: 'Fields to return: a comma-separated list or `fields[0]=name`',
    schema: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
  },
};

const correctContentType = (
  document: OpenApiDocument,
  type: DocumentedType,
  maxPageSize: number,
) => {
  const schemas = document.components?.schemas ?? {};
  const entity = schemas[type.schemaName];
  if (entity) markOptionalNullable(entity);
  const data = schemas[`${type.schemaName}Request`]?.properties?.data;
  if (data) {
    markOptionalNullable(data);
    data.required = [...new Set([...(data.required ?? []), ...type.requiredRelations])];
  }
  const meta = schemas[`${type.schemaName}ListResponse`]?.properties?.meta;
  if (meta?.properties) meta.properties.pagination = paginationSchema(maxPageSize);
};

/**
 * Applies every correction in place (the documentation plugin hands a draft to
 * `mutateDocumentation`).
 */
export const correctDocument = (
  document: OpenApiDocument,
  { types, maxPageSize }: { types: DocumentedType[]; maxPageSize: number },
) => {
  mergeParameterNamedPaths(document);
  moveQueryStringsOutOfPaths(document);
  dropStaleExamples(document);

  document.components = document.components ?? {};
  document.components.schemas = { ...document.components.schemas, Error: errorSchema };
  const byPluralName = new Map(types.map((type) => [type.pluralName, type]));
  for (const type of types) correctContentType(document, type, maxPageSize);

  const usedIds = new Set<string>();
  for (const { path, method, operation } of operationsOf(document)) {
    operation.summary = operation.summary || summaryFor(method, path, operation, byPluralName);
    if (!operation.operationId || !/^[A-Za-z][A-Za-z0-9_]*$/.test(operation.operationId)) {
      operation.operationId = operationIdFor(method, path);
    }
    let id = operation.operationId;
    for (let n = 2; usedIds.has(id); n += 1) id = `${operation.operationId}${n}`;
    operation.operationId = id;
    usedIds.add(id);

    for (const parameter of operation.parameters ?? []) {
      const accepted =
        parameter.in === 'query' ? QUERY_PARAMETER_SCHEMAS[parameter.name] : undefined;
      if (accepted) Object.assign(parameter, accepted);
    }
    const responses = (operation.responses = operation.responses ?? {});
    if (!Object.keys(responses).some((status) => status.startsWith('4'))) {
      if (operation.parameters?.length || operation.requestBody)
        responses[400] = errorResponse('The request is invalid; the message names the field');
      responses[403] = errorResponse(
        "The caller's role or API token has no permission for this route",
      );
    }
  }

  walk(document.paths, (schema) => {
    alignEnumTypes(schema);
    unwrapSingleAllOf(schema);
  });
  walk(document.components.schemas, (schema) => {
    alignEnumTypes(schema);
    unwrapSingleAllOf(schema);
  });
};
