import { errors, validateYupSchema } from '@strapi/utils';

type ObjectSchema = Parameters<typeof validateYupSchema>[0] & { fields: Record<string, unknown> };

/**
 * Validates a query string (or a body whose values need casting): casting (not strict) would
 * silently drop unknown keys; a misspelt filter must be an error, not an unfiltered answer.
 */
export const validateQuery = (schema: ObjectSchema) => {
  const validate = validateYupSchema(schema, { strict: false });
  return async (query: unknown) => {
    const known = Object.keys(schema.fields);
    const unknown = Object.keys((query ?? {}) as object).filter((key) => !known.includes(key));
    if (unknown.length > 0) {
      throw new errors.ValidationError(
        `Unknown query parameter${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`,
        {
          errors: unknown.map((key) => ({
            path: [key],
            message: `${key} is not a known parameter`,
            name: 'ValidationError',
          })),
        },
      );
    }
    return validate(query);
  };
};
