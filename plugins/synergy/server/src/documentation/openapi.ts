/**
 * OpenAPI description of the plugin's content-API routes, merged by the documentation plugin
 * (it only generates paths for content types, not for a plugin's own routes).
 */
const sectionSchema = {
  type: 'object',
  nullable: true,
  description: 'Null when the caller may not read this content type.',
  properties: {
    items: { type: 'array', items: { type: 'object', additionalProperties: true }, description: 'The most recent records, newest first' },
    total: { type: 'integer', description: 'How many there are in all' },
  },
};

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

export const synergyOpenApi = {
  paths: {
    '/synergy/customers/{documentId}/360': {
      get: {
        tags: ['Synergy'],
        summary: 'Customer 360',
        description:
          'A customer with its contacts, most recent interactions, feedback, service tickets, survey responses and the strategies that target it, in one answer. Records above the caller clearance are left out; a customer above it is a 404.',
        operationId: 'get/synergy/customers/{documentId}/360',
        parameters: [
          { name: 'documentId', in: 'path', required: true, schema: { type: 'string' } },
          {
            name: 'limit',
            in: 'query',
            required: false,
            description: 'How many of the most recent records of each kind (1–100, default 20)',
            schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
          },
        ],
        responses: {
          200: {
            description: 'The customer and its related records',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: {
                      type: 'object',
                      properties: {
                        customer: { $ref: '#/components/schemas/Customer' },
                        contacts: sectionSchema,
                        interactions: sectionSchema,
                        feedbacks: sectionSchema,
                        serviceTickets: sectionSchema,
                        surveyResponses: sectionSchema,
                        strategies: sectionSchema,
                      },
                    },
                  },
                },
              },
            },
          },
          400: errorResponse('A query parameter is invalid; the message names it'),
          401: errorResponse('Missing or invalid credentials'),
          403: errorResponse('The caller has no permission for this route'),
          404: errorResponse('No such customer, or it is above the caller clearance'),
        },
      },
    },
  },
};
