import type { JsonSchema } from './correct-document';

/** The part of a yup schema's `describe()` this module reads (yup 0.32, as bundled by @strapi/utils). */
interface FieldDescription {
  type: string;
  meta?: { description?: string; pattern?: string };
  oneOf?: unknown[];
  tests?: Array<{ name?: string; params?: Record<string, unknown> }>;
}

interface QuerySchema {
  fields: Record<string, { getDefault: () => unknown }>;
  describe: () => { fields: Record<string, FieldDescription> };
}

const fieldSchema = (field: FieldDescription, defaultValue: unknown): JsonSchema => {
  const tests = new Map((field.tests ?? []).map((test) => [test.name, test.params ?? {}]));
  const schema: JsonSchema = {
    type: field.type === 'number' && tests.has('integer') ? 'integer' : field.type,
  };
  if (tests.has('min')) schema.minimum = tests.get('min')?.min;
  if (tests.has('max'))
    schema[field.type === 'string' ? 'maxLength' : 'maximum'] = tests.get('max')?.max;
  if (field.oneOf?.length) schema.enum = field.oneOf.filter((value) => value !== undefined);
  if (field.meta?.pattern) schema.pattern = field.meta.pattern;
  if (defaultValue !== undefined && defaultValue !== '') schema.default = defaultValue;
  return schema;
};

/**
 * The OpenAPI query parameters of a route, read from the yup schema that validates its query
 * string: the document says what the validator accepts, and cannot drift from it.
 */
export const queryParameters = (schema: QuerySchema) => {
  const { fields } = schema.describe();
  return Object.entries(fields).map(([name, field]) => ({
    name,
    in: 'query',
    required: false,
    ...(field.meta?.description ? { description: field.meta.description } : {}),
    schema: fieldSchema(field, schema.fields[name].getDefault()),
  }));
};
