import { correctDocument, type OpenApiDocument } from '../correct-document';

const FEEDBACK = {
  schemaName: 'Feedback',
  singular: 'feedback',
  plural: 'feedbacks',
  pluralName: 'feedbacks',
  requiredRelations: ['customer'],
};

const generated = (): OpenApiDocument => ({
  paths: {
    '/feedbacks': { get: { operationId: 'get/feedbacks', responses: { 200: {} } } },
    '/feedbacks/{id}': {
      get: {
        operationId: 'get/feedbacks/{id}',
        parameters: [{ name: 'id', in: 'path' }],
        responses: { 404: {} },
      },
    },
    '/roles/{id}': { get: { summary: 'Get a role', responses: {} } },
    '/roles/{role}': {
      put: { summary: 'Update a role', parameters: [{ name: 'role', in: 'path' }], responses: {} },
    },
    '/upload': { post: { summary: '', description: 'Upload files', responses: {} } },
    '/upload?id={id}': {
      post: {
        description: 'Upload file information',
        parameters: [{ name: 'id', in: 'path' }],
        responses: {},
      },
    },
    '/ok': {
      post: {
        summary: 'Ok',
        responses: {
          200: {
            content: {
              'application/json': {
                schema: { type: 'object', properties: { ok: { type: 'string', enum: [true] } } },
              },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Feedback: {
        type: 'object',
        required: ['content'],
        properties: {
          documentId: { type: 'string' },
          content: { type: 'string' },
          severity: { type: 'string', enum: ['low'] },
        },
      },
      FeedbackRequest: {
        type: 'object',
        properties: {
          data: {
            type: 'object',
            required: ['content'],
            properties: { content: { type: 'string' } },
          },
        },
      },
    },
  },
});

const corrected = () => {
  const document = generated();
  correctDocument(document, { types: [FEEDBACK], maxPageSize: 100 });
  return document as {
    paths: Record<string, Record<string, Record<string, unknown>>>;
    components: { schemas: Record<string, Record<string, unknown>> };
  };
};

describe('correctDocument', () => {
  it('gives every operation a summary and an identifier a client generator can use', () => {
    const { paths } = corrected();
    expect(paths['/feedbacks'].get).toMatchObject({
      summary: 'List feedbacks',
      operationId: 'getFeedbacks',
    });
    expect(paths['/feedbacks/{id}'].get).toMatchObject({
      summary: 'Get a feedback',
      operationId: 'getFeedbacksById',
    });
    expect(paths['/upload'].post.summary).toBe('Upload files');
  });

  it('merges paths that differ only by a parameter name, and moves a query string out of a path', () => {
    const { paths } = corrected();
    expect(Object.keys(paths)).not.toContain('/roles/{role}');
    expect(paths['/roles/{id}'].put.parameters).toEqual([{ name: 'id', in: 'path' }]);
    expect(Object.keys(paths)).not.toContain('/upload?id={id}');
    expect(paths['/upload'].post.parameters).toEqual([
      expect.objectContaining({ name: 'id', in: 'query', required: false }),
    ]);
  });

  it('types an enum by its values and gives an operation without a 4xx one', () => {
    const { paths } = corrected();
    const ok = paths['/ok'].post as {
      responses: Record<
        string,
        { content?: Record<string, { schema: { properties: Record<string, unknown> } }> }
      >;
    };
    expect(ok.responses[200].content?.['application/json'].schema.properties.ok).toEqual({
      type: 'boolean',
      enum: [true],
    });
    expect(Object.keys(ok.responses)).toEqual(['200', '403']);
  });

  it('marks optional fields nullable (an enumeration lists null) and the relations the rules require', () => {
    const { schemas } = corrected().components;
    const properties = schemas.Feedback.properties as Record<string, unknown>;
    expect(properties).toEqual({
      documentId: { type: 'string' },
      content: { type: 'string' },
      severity: { type: 'string', enum: ['low', null], nullable: true },
    });
    expect(
      (schemas.FeedbackRequest.properties as Record<string, { required: string[] }>).data.required,
    ).toEqual(['content', 'customer']);
  });
});
