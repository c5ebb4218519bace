import { filtersProblem, queryProblem, withoutSystemFields, wrapRelationNot } from '../query-shape';
import type { AttributeShape, SchemaLookup } from '../restrict-query';

const SCHEMA: Record<string, Record<string, AttributeShape>> = {
  'api::feedback.feedback': {
    content: { type: 'text' },
    satisfaction: { type: 'integer' },
    score: { type: 'decimal' },
    receivedAt: { type: 'datetime' },
    dueOn: { type: 'date' },
    urgent: { type: 'boolean' },
    extra: { type: 'json' },
    customer: { type: 'relation', relation: 'manyToOne', target: 'api::customer.customer' },
    logo: { type: 'media' },
  },
  'api::customer.customer': { name: { type: 'string' }, classification: { type: 'enumeration' } },
  'plugin::upload.file': { ext: { type: 'string' } },
};
const schema: SchemaLookup = {
  attributes: (uid) => SCHEMA[uid],
  isClassified: (uid) => Boolean(SCHEMA[uid]?.classification),
};
const FEEDBACK = 'api::feedback.feedback';

const messageOf = (filters: unknown) =>
  filtersProblem(FEEDBACK, filters, ['filters'], schema)?.message;

describe('filtersProblem', () => {
  it.each([
    [{ $or: 'x' }, 'filters[$or] must be an array of conditions'],
    [{ $and: ['1'] }, 'filters[$and] must be an array of conditions'],
    [{ id: { $between: '1' } }, 'filters[id][$between] must be an array of values (two: from, to)'],
    [
      { id: { $between: ['1', '2', '3'] } },
      'filters[id][$between] must be an array of two values (from, to)',
    ],
    [{ id: { $in: '1' } }, 'filters[id][$in] must be an array of values'],
    [{ satisfaction: { $gt: 'NaN' } }, 'filters[satisfaction][$gt] must be an integer'],
    [{ satisfaction: { $gt: '2.5' } }, 'filters[satisfaction][$gt] must be an integer'],
    [{ satisfaction: { $lt: '1e12' } }, 'filters[satisfaction][$lt] is out of range'],
    [{ score: { $gte: 'Infinity' } }, 'filters[score][$gte] must be a number'],
    [
      { receivedAt: { $lt: '2026-13-45' } },
      'filters[receivedAt][$lt] must be an ISO 8601 date and time',
    ],
    [
      { receivedAt: { $lt: '99999-01-01' } },
      'filters[receivedAt][$lt] must be an ISO 8601 date and time',
    ],
    [{ dueOn: 'tomorrow' }, 'filters[dueOn] must be a date (YYYY-MM-DD)'],
    [{ urgent: 'maybe' }, 'filters[urgent] must be true or false'],
    [
      { extra: { $eq: 'x' } },
      'filters[extra][$eq] cannot be compared: only $null and $notNull apply',
    ],
    [{ customer: { $null: 'maybe' } }, 'filters[customer][$null] must be true or false'],
    [{ customer: 'abc' }, 'filters[customer] must be an integer'],
    [{ customer: { $in: ['1'], name: 'x' } }, 'filters[customer] cannot mix operators and fields'],
    [
      { customer: { name: { $eq: { $ne: 'x' } } } },
      'filters[customer][name][$eq] must be a value: an operator cannot hold another operator',
    ],
    [{ content: { $foo: 'x' } }, 'filters[content][$foo] is not an operator'],
    [
      { satisfaction: { $contains: '1' } },
      'filters[satisfaction][$contains] applies to text fields only, not to integer fields',
    ],
    [{ $eq: 'x' }, 'filters[$eq] is not allowed here: an operator follows a field name'],
    ['x', 'filters must be an object of conditions'],
  ])('%j → %s', (filters, message) => {
    expect(messageOf(filters)).toContain(message);
  });

  it.each([
    { $or: [{ content: { $containsi: 'a' } }, { satisfaction: { $between: ['1', '5'] } }] },
    { $not: { customer: { name: { $startsWith: '北' } } } },
    { customer: { $null: 'true' }, logo: { ext: '.png' } },
    { customer: '7', satisfaction: ['1', '2'], urgent: 'false' },
    {
      receivedAt: { $gte: '2026-01-01T00:00:00.000Z', $lt: new Date() },
      dueOn: { $eq: '2026-03-01' },
    },
    {
      content: { $not: { $eq: 'x' } },
      extra: { $notNull: true },
      unknownColumn: { $eq: { deep: 1 } },
    },
  ])('accepts %j', (filters) => {
    expect(messageOf(filters)).toBeUndefined();
  });
});

describe('queryProblem', () => {
  it('checks sort paths and directions, nested populate filters and pagination', () => {
    expect(queryProblem(FEEDBACK, { sort: 'logo.ext.sideways' }, schema)?.parameter).toBe('sort');
    expect(queryProblem(FEEDBACK, { sort: { customer: { name: 'up' } } }, schema)?.message).toBe(
      'sort[customer][name] must be asc or desc',
    );
    expect(
      queryProblem(
        FEEDBACK,
        { sort: ['content:asc', 'customer.name:desc', 'logo.ext.desc'] },
        schema,
      ),
    ).toBeUndefined();
    expect(
      queryProblem(FEEDBACK, { populate: { customer: { filters: { $or: 'x' } } } }, schema)
        ?.message,
    ).toBe('populate[customer][filters][$or] must be an array of conditions');
    expect(queryProblem(FEEDBACK, { start: 'abc', limit: 25 }, schema)?.parameter).toBe(
      'pagination',
    );
    expect(queryProblem(FEEDBACK, { start: 0, limit: -1 }, schema)).toBeUndefined();
  });
});

describe('withoutSystemFields', () => {
  it('drops the primary key, documentId and timestamps from write data, and keeps the rest', () => {
    expect(
      withoutSystemFields({
        id: 1,
        documentId: 'd',
        createdAt: 'c',
        updatedAt: 'u',
        publishedAt: 'p',
        content: 'x',
      }),
    ).toEqual({ content: 'x' });
    expect(withoutSystemFields('x')).toBe('x');
  });
});

describe('components', () => {
  const withComponent: SchemaLookup = {
    attributes: (uid): Record<string, AttributeShape> =>
      uid === 'crm.attribute'
        ? { label: { type: 'string' } }
        : { attributes: { type: 'component', component: 'crm.attribute' } },
    isClassified: () => false,
  };
  it('refuses names a component does not have (it has an id, no documentId): Strapi lets them through to a database error', () => {
    expect(
      queryProblem('api::product.product', { sort: 'attributes.documentId:asc' }, withComponent)
        ?.parameter,
    ).toBe('sort');
    expect(
      queryProblem(
        'api::product.product',
        { filters: { attributes: { documentId: 'x' } } },
        withComponent,
      )?.message,
    ).toBe('filters[attributes][documentId] is not a field of this component');
    expect(
      queryProblem(
        'api::product.product',
        { sort: 'attributes.id:asc', filters: { attributes: { label: 'x' } } },
        withComponent,
      ),
    ).toBeUndefined();
  });
});

describe('wrapRelationNot', () => {
  it('puts a lone $not under a relation or component inside $and, at any depth, and leaves the rest', () => {
    expect(
      wrapRelationNot(
        FEEDBACK,
        { customer: { $not: { name: 'x' } }, content: { $not: { $eq: 'y' } } },
        schema,
      ),
    ).toEqual({
      customer: { $and: [{ $not: { name: 'x' } }] },
      content: { $not: { $eq: 'y' } },
    });
    expect(
      wrapRelationNot(FEEDBACK, { $or: [{ logo: { $not: { ext: '.png' } } }] }, schema),
    ).toEqual({ $or: [{ logo: { $and: [{ $not: { ext: '.png' } }] } }] });
  });
});
