import fc from 'fast-check';
import { setupStrapi, BOOT_TIMEOUT_MS, type TestApp } from '../helpers/strapi';
import { bearer, createApiToken, createApiUser } from '../helpers/auth';
import { getModel } from '../../plugins/synergy/server/src/utils/get-model';

/**
 * Property: no query string makes a REST list answer 5xx. For every content type under src/api
 * and three callers (anonymous, an internal-clearance API user, a full-access token), arbitrary
 * filters, sort, fields, populate and pagination — random nesting, operators in and out of place,
 * values that fit no type (NaN, huge numbers, invalid dates, strings for integers) — get a 2xx, or
 * a 4xx with a message. The seed is printed; FC_SEED replays a run.
 */

const SEED = Number(process.env.FC_SEED ?? 130_005);
const RUNS_PER_LIST = Number(process.env.FC_RUNS ?? 40);

let app: TestApp;
const callers: Record<string, Record<string, string>> = {};
let lists: Array<{ uid: string; plural: string }> = [];
let shapes: Record<string, TypeShape> = {};

beforeAll(async () => {
  process.stdout.write(
    `query-properties: fast-check seed ${SEED} (FC_SEED=${SEED} replays it), ${RUNS_PER_LIST} runs per list and caller\n`,
  );
  app = await setupStrapi();
  callers.anonymous = {};
  callers['internal API user'] = bearer(
    (await createApiUser(app.strapi, { clearance: 'internal' })).jwt,
  );
  callers['full-access token'] = bearer(await createApiToken(app.strapi, 'full-access'));
  lists = Object.entries(app.strapi.contentTypes)
    .filter(([uid, type]) => uid.startsWith('api::') && type.kind === 'collectionType')
    .map(([uid, type]) => ({ uid, plural: type.info.pluralName }));
  const models = [
    ...Object.keys(app.strapi.contentTypes),
    ...Object.keys(app.strapi.components),
  ].flatMap((uid) => {
    const model = getModel(app.strapi, uid);
    return model ? [[uid, model] as const] : [];
  });
  shapes = Object.fromEntries(
    models.map(([uid, { attributes }]) => {
      // Strapi's own bookkeeping fields, refused in queries by its validation.
      const entries = Object.entries(attributes).filter(
        ([name]) => !['createdBy', 'updatedBy', 'localizations', 'locale'].includes(name),
      );
      const nested = entries
        .filter(([, attribute]) => NESTED_TYPES.includes(attribute.type))
        .map(([name, attribute]) => [
          name,
          attribute.target ?? attribute.component ?? 'plugin::upload.file',
        ]);
      return [
        uid,
        {
          scalars: entries
            .filter(([, attribute]) => !NESTED_TYPES.includes(attribute.type))
            .map(([name]) => name),
          nested: Object.fromEntries(nested),
        },
      ];
    }),
  );
}, BOOT_TIMEOUT_MS);

afterAll(async () => {
  await app?.teardown();
});

// ---------------------------------------------------------------------------------------------
// Query strings, qs-encoded (`a[b][0]=x`), as a client library would send them.
// ---------------------------------------------------------------------------------------------

type QueryValue = string | QueryValue[] | { [key: string]: QueryValue };

const encodeQuery = (value: QueryValue, prefix: string): string[] => {
  if (typeof value === 'string') return [`${prefix}=${encodeURIComponent(value)}`];
  const entries = Array.isArray(value)
    ? value.map((item, index) => [String(index), item] as const)
    : Object.entries(value);
  return entries.flatMap(([key, item]) =>
    encodeQuery(item, `${prefix}[${encodeURIComponent(key)}]`),
  );
};

const queryString = (query: Record<string, QueryValue>) =>
  Object.entries(query)
    .flatMap(([key, value]) => encodeQuery(value, encodeURIComponent(key)))
    .join('&');

const OPERATORS = [
  '$eq',
  '$eqi',
  '$ne',
  '$nei',
  '$lt',
  '$lte',
  '$gt',
  '$gte',
  '$in',
  '$notIn',
  '$between',
  '$null',
  '$notNull',
  '$contains',
  '$containsi',
  '$notContains',
  '$notContainsi',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
  '$not',
  '$and',
  '$or',
  '$foo',
  '$EQ',
  '$jsonSupersetOf',
];

/** Values that fit some attribute types and break others. */
const junkValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    '-1',
    '0',
    '1',
    '2.5',
    '1e400',
    '1e12',
    '99999999999999999999',
    '-2147483649',
    '0x1F',
    '2026-13-45',
    '2026-02-30',
    '2026-01-01',
    '2026-01-01T00:00:00.000Z',
    '0001-01-01',
    '99999-01-01',
    '25:61:00',
    '12:00:00',
    'true',
    'false',
    'maybe',
    '',
    ' ',
    'null',
    '%',
    '_',
    "'",
    '"',
    '\\',
    '中文',
    'internal',
    'secret',
    'draft',
    'published',
  ),
  fc.integer().map(String),
  fc.double().map(String),
  fc.string({ maxLength: 8 }),
);

interface TypeShape {
  scalars: string[];
  /** Relation (and component, media) names and the type they lead to. */
  nested: Record<string, string>;
}

const NESTED_TYPES = ['relation', 'component', 'media'];
const VALUE_OPERATORS = OPERATORS.filter((operator) => !['$and', '$or', '$not'].includes(operator));

/** Mostly plausible queries (real field names, operators where they belong) so most reach the database, with junk mixed in. */
const listQuery = (uid: string, shapes: Record<string, TypeShape>) => {
  const junkName = fc.string({ minLength: 1, maxLength: 6 });
  const nameOf = (shape: TypeShape) =>
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...shape.scalars, 'id', 'documentId') },
      { weight: 1, arbitrary: junkName },
    );
  const values = fc.oneof(
    { weight: 3, arbitrary: junkValue },
    { weight: 1, arbitrary: fc.array(junkValue, { maxLength: 3 }) },
  );
  const condition: fc.Arbitrary<QueryValue> = fc.oneof(
    junkValue,
    fc.dictionary(fc.constantFrom(...VALUE_OPERATORS), values, { minKeys: 1, maxKeys: 2 }),
    fc.record({
      $not: fc.dictionary(fc.constantFrom(...VALUE_OPERATORS), values, { minKeys: 1, maxKeys: 1 }),
    }),
    // An operator inside an operator.
    fc.dictionary(
      fc.constantFrom(...VALUE_OPERATORS),
      fc.dictionary(fc.constantFrom(...VALUE_OPERATORS), junkValue, { maxKeys: 1 }),
      { minKeys: 1, maxKeys: 1 },
    ),
  );
  const filtersOf = (typeUid: string, depth: number): fc.Arbitrary<QueryValue> => {
    const shape = shapes[typeUid] ?? { scalars: [], nested: {} };
    const entries: fc.Arbitrary<[string, QueryValue]>[] = [fc.tuple(nameOf(shape), condition)];
    const nestedNames = Object.keys(shape.nested);
    if (depth < 2) {
      entries.push(
        fc.tuple(
          fc.constantFrom('$and', '$or'),
          fc.oneof(
            { weight: 4, arbitrary: fc.array(filtersOf(typeUid, depth + 1), { maxLength: 2 }) },
            { weight: 1, arbitrary: junkValue },
          ),
        ),
      );
      entries.push(fc.tuple(fc.constant('$not'), filtersOf(typeUid, depth + 1)));
      if (nestedNames.length > 0) {
        entries.push(
          fc
            .constantFrom(...nestedNames)
            .chain((name) =>
              fc.tuple(
                fc.constant(name),
                fc.oneof(filtersOf(shape.nested[name], depth + 1), condition),
              ),
            ),
        );
      }
    }
    return fc
      .array(fc.oneof(...entries), { minLength: 1, maxLength: 3 })
      .map((pairs) => Object.fromEntries(pairs));
  };
  const { tree } = fc.letrec<{ tree: QueryValue }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      junkValue,
      fc.array(tie('tree'), { maxLength: 3 }),
      fc.dictionary(fc.oneof(nameOf(shapes[uid]), fc.constantFrom(...OPERATORS)), tie('tree'), {
        maxKeys: 3,
      }),
    ),
  }));
  const shape = shapes[uid];
  const name = nameOf(shape);
  const direction = fc.constantFrom('asc', 'desc', 'ASC', 'sideways', '');
  const sortName = fc.oneof(
    name,
    ...Object.entries(shape.nested).map(([relation, target]) =>
      nameOf(shapes[target] ?? shape).map((field) => `${relation}.${field}`),
    ),
  );
  const sort: fc.Arbitrary<QueryValue> = fc.oneof(
    fc.tuple(sortName, direction).map(([field, dir]) => (dir ? `${field}:${dir}` : field)),
    fc.array(
      fc.tuple(sortName, direction).map(([field, dir]) => `${field}:${dir}`),
      { maxLength: 3 },
    ),
    fc.dictionary(name, direction, { maxKeys: 2 }),
  );
  const fields: fc.Arbitrary<QueryValue> = fc.oneof(name, fc.array(name, { maxLength: 4 }));
  const nestedNames = Object.keys(shape.nested);
  const populateName =
    nestedNames.length > 0
      ? fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom(...nestedNames) },
          { weight: 1, arbitrary: junkName },
        )
      : junkName;
  const populate: fc.Arbitrary<QueryValue> = fc.oneof(
    fc.constant('*'),
    populateName,
    fc.array(populateName, { maxLength: 3 }),
    populateName.chain(
      (relation) =>
        fc.record(
          {
            [relation]: fc.oneof(
              fc.constantFrom('true', '*'),
              fc.record(
                {
                  filters: shape.nested[relation] ? filtersOf(shape.nested[relation], 1) : tree,
                  populate: fc.constantFrom('*', 'true'),
                },
                { requiredKeys: [] },
              ),
            ),
          },
          { requiredKeys: [relation] },
        ) as fc.Arbitrary<QueryValue>,
    ),
  );
  const paging = fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 5 }).map(String) },
    { weight: 1, arbitrary: junkValue },
  );
  const pagination: fc.Arbitrary<QueryValue> = fc.oneof(
    fc.record(
      { page: paging, pageSize: paging, withCount: fc.constantFrom('true', 'false', 'x') },
      { requiredKeys: [] },
    ),
    fc.record({ start: paging, limit: paging }, { requiredKeys: [] }),
    fc.record({ page: paging, limit: paging }, { requiredKeys: [] }),
  );
  return fc
    .record(
      {
        filters: fc.oneof(
          { weight: 6, arbitrary: filtersOf(uid, 0) },
          { weight: 1, arbitrary: tree },
        ),
        sort,
        fields,
        populate,
        pagination,
        status: fc.constantFrom('draft', 'published', 'bogus'),
        locale: fc.constantFrom('zh-Hans', 'en', 'xx', '*'),
      },
      { requiredKeys: [] },
    )
    .map((query) => {
      // Keep status and locale rare: a bogus one refuses the whole query before the database.
      const { status, locale, ...rest } = query as Record<string, QueryValue>;
      return {
        ...rest,
        ...(typeof status === 'string' && status !== 'bogus' ? { status } : {}),
        ...(locale === 'zh-Hans' ? { locale } : {}),
      };
    }) as fc.Arbitrary<Record<string, QueryValue>>;
};

describe.each(['anonymous', 'internal API user', 'full-access token'])(
  'GET /api/:plural as %s',
  (caller) => {
    it('no list answers 5xx for any query string, and every 4xx carries a message', async () => {
      expect(lists.length).toBeGreaterThanOrEqual(13);
      const failures: string[] = [];
      for (const [index, { uid, plural }] of lists.entries()) {
        await fc
          .assert(
            fc.asyncProperty(listQuery(uid, shapes), async (query) => {
              const path = `/api/${plural}?${queryString(query)}`;
              const answer = await app.http().get(path).set(callers[caller]);
              const message = (answer.body as { error?: { message?: unknown } })?.error?.message;
              const clean =
                answer.status < 500 &&
                (answer.status < 400 || (typeof message === 'string' && message.length > 0));
              if (!clean)
                failures.push(
                  `${answer.status} ${decodeURIComponent(path)} ${JSON.stringify(answer.body).slice(0, 200)}`,
                );
              return clean;
            }),
            { seed: SEED + index, numRuns: RUNS_PER_LIST, endOnFailure: true },
          )
          .catch((error: Error) => failures.push(error.message.split('\n').slice(0, 6).join('\n')));
      }
      expect(failures).toEqual([]);
    });
  },
);
