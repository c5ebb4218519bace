import fc from 'fast-check';
import {
  clearanceFilter,
  normalizePopulate,
  restrictFilters,
  restrictPopulate,
  restrictRelationFilters,
  restrictSort,
  type AttributeShape,
  type SchemaLookup,
} from '../restrict-query';

/** A small model: classified customer, contact, feedback; an unclassified tag; a component with a relation. */
const SCHEMA: Record<string, Record<string, AttributeShape>> = {
  'api::customer.customer': {
    name: { type: 'string' },
    classification: { type: 'enumeration' },
    contacts: { type: 'relation', relation: 'oneToMany', target: 'api::contact.contact' },
    tags: { type: 'relation', relation: 'manyToMany', target: 'api::tag.tag' },
    needs: { type: 'component', component: 'crm.need' },
    logo: { type: 'media' },
  },
  'api::contact.contact': {
    fullName: { type: 'string' },
    classification: { type: 'enumeration' },
    customer: { type: 'relation', relation: 'manyToOne', target: 'api::customer.customer' },
  },
  'api::feedback.feedback': {
    content: { type: 'text' },
    classification: { type: 'enumeration' },
    customer: { type: 'relation', relation: 'manyToOne', target: 'api::customer.customer' },
    contact: { type: 'relation', relation: 'manyToOne', target: 'api::contact.contact' },
    tag: { type: 'relation', relation: 'manyToOne', target: 'api::tag.tag' },
  },
  'api::tag.tag': {
    label: { type: 'string' },
    owner: { type: 'relation', relation: 'manyToOne', target: 'api::customer.customer' },
  },
  'crm.need': {
    title: { type: 'string' },
    customer: { type: 'relation', relation: 'manyToOne', target: 'api::customer.customer' },
  },
};

const schema: SchemaLookup = {
  attributes: (uid) => SCHEMA[uid],
  isClassified: (uid) => Boolean(SCHEMA[uid]?.classification),
};

const LEVELS = ['public', 'internal'];
const GUARD = clearanceFilter(LEVELS);

describe('restrictFilters', () => {
  it('adds the clearance filter to a classified type with no filters', () => {
    expect(restrictFilters('api::customer.customer', undefined, LEVELS, schema)).toEqual(GUARD);
    expect(GUARD).toEqual({ classification: { $in: ['public', 'internal'] } });
  });

  it('ANDs the clearance filter with the caller filters, which cannot override it', () => {
    const filters = { classification: { $eq: 'secret' } };
    expect(restrictFilters('api::customer.customer', filters, LEVELS, schema)).toEqual({
      $and: [filters, GUARD],
    });
  });

  it('leaves an unclassified type without a top-level clearance filter', () => {
    expect(restrictFilters('api::tag.tag', { label: 'x' }, LEVELS, schema)).toEqual({ label: 'x' });
  });

  it('restricts every relation, at any depth and under $and/$or/$not', () => {
    const filters = {
      $or: [
        { customer: { name: { $eq: 'A' } } },
        { $not: { contact: { customer: { name: 'B' } } } },
      ],
    };
    expect(restrictFilters('api::feedback.feedback', filters, LEVELS, schema)).toEqual({
      $and: [
        {
          $or: [
            { customer: { $and: [{ name: { $eq: 'A' } }, GUARD] } },
            {
              $not: { contact: { $and: [{ customer: { $and: [{ name: 'B' }, GUARD] } }, GUARD] } },
            },
          ],
        },
        GUARD,
      ],
    });
  });

  it('turns a relation filtered by a bare id into an id filter, restricted', () => {
    expect(
      restrictRelationFilters('api::feedback.feedback', { customer: 7 }, LEVELS, schema),
    ).toEqual({
      customer: { $and: [{ id: { $eq: 7 } }, GUARD] },
    });
  });

  it('restricts relations reached through an unclassified type and through a component', () => {
    expect(
      restrictRelationFilters(
        'api::feedback.feedback',
        { tag: { owner: { name: 'A' } } },
        LEVELS,
        schema,
      ),
    ).toEqual({
      tag: { owner: { $and: [{ name: 'A' }, GUARD] } },
    });
    expect(
      restrictRelationFilters(
        'api::customer.customer',
        { needs: { customer: { name: 'A' } } },
        LEVELS,
        schema,
      ),
    ).toEqual({
      needs: { customer: { $and: [{ name: 'A' }, GUARD] } },
    });
  });

  it('keeps scalars, unknown keys and arrays of conditions as they are', () => {
    expect(
      restrictRelationFilters(
        'api::customer.customer',
        { name: { $in: ['a', 'b'] }, nope: 1 },
        LEVELS,
        schema,
      ),
    ).toEqual({
      name: { $in: ['a', 'b'] },
      nope: 1,
    });
    expect(restrictRelationFilters('api::customer.customer', 'x', LEVELS, schema)).toBe('x');
  });

  // Any filter tree, however nested: every relation key to a classified type ends up carrying the guard.
  const relationKeyOf: Record<string, string[]> = {
    'api::feedback.feedback': ['customer', 'contact'],
    'api::contact.contact': ['customer'],
    'api::customer.customer': ['contacts'],
  };
  const filterTree = (uid: string, depth: number): fc.Arbitrary<Record<string, unknown>> => {
    const leaf = fc.record({
      [Object.keys(SCHEMA[uid])[0]]: fc.oneof(fc.string(), fc.record({ $eq: fc.string() })),
    });
    if (depth === 0) return leaf;
    const relations = relationKeyOf[uid] ?? [];
    return fc.oneof(
      leaf,
      ...relations.map((key) =>
        filterTree(SCHEMA[uid][key].target!, depth - 1).map((nested) => ({ [key]: nested })),
      ),
      fc
        .array(filterTree(uid, depth - 1), { minLength: 1, maxLength: 3 })
        .map((items) => ({ $or: items })),
      fc
        .array(filterTree(uid, depth - 1), { minLength: 1, maxLength: 3 })
        .map((items) => ({ $and: items })),
      filterTree(uid, depth - 1).map((nested) => ({ $not: nested })),
    );
  };

  const everyRelationGuarded = (uid: string, value: unknown): boolean => {
    if (Array.isArray(value)) return value.every((item) => everyRelationGuarded(uid, item));
    if (typeof value !== 'object' || value === null) return true;
    return Object.entries(value).every(([key, nested]) => {
      if (['$and', '$or', '$not'].includes(key)) return everyRelationGuarded(uid, nested);
      const attribute = SCHEMA[uid]?.[key];
      if (attribute?.type !== 'relation') return true;
      const target = attribute.target!;
      const parts = (nested as { $and?: unknown[] }).$and;
      const guarded =
        !schema.isClassified(target) ||
        (Array.isArray(parts) && parts.some((p) => JSON.stringify(p) === JSON.stringify(GUARD)));
      return guarded && everyRelationGuarded(target, nested);
    });
  };

  it('property: every relation in any filter tree carries the clearance filter', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('api::feedback.feedback', 'api::contact.contact', 'api::customer.customer'),
        fc.nat(),
        (uid, seed) => {
          const tree = fc.sample(filterTree(uid, 3), { seed, numRuns: 1 })[0];
          const restricted = restrictFilters(uid, tree, LEVELS, schema);
          expect(everyRelationGuarded(uid, restricted)).toBe(true);
          // The top level is guarded too.
          expect(JSON.stringify(restricted)).toContain(JSON.stringify(GUARD));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: does not change the filters it is given', () => {
    fc.assert(
      fc.property(fc.nat(), (seed) => {
        const tree = fc.sample(filterTree('api::feedback.feedback', 3), { seed, numRuns: 1 })[0];
        const copy = structuredClone(tree);
        restrictFilters('api::feedback.feedback', tree, LEVELS, schema);
        expect(tree).toEqual(copy);
      }),
      { numRuns: 100 },
    );
  });
});

describe('normalizePopulate', () => {
  const customer = 'api::customer.customer';

  it('expands * and true into every relation, component and media field', () => {
    const expected = { contacts: true, tags: true, needs: true, logo: true };
    expect(normalizePopulate(customer, '*', schema)).toEqual(expected);
    expect(normalizePopulate(customer, true, schema)).toEqual(expected);
    expect(normalizePopulate(customer, ['*'], schema)).toEqual(expected);
  });

  it('reads a comma list and dotted paths into nested populate', () => {
    expect(normalizePopulate(customer, 'contacts,contacts.customer,tags', schema)).toEqual({
      contacts: { populate: ['customer'] },
      tags: true,
    });
    expect(
      normalizePopulate(customer, ['contacts.customer.contacts', 'contacts.customer'], schema),
    ).toEqual({
      contacts: { populate: ['customer.contacts', 'customer'] },
    });
  });

  it('answers undefined for nothing to populate, and passes objects through', () => {
    for (const value of [undefined, null, false, 42])
      expect(normalizePopulate(customer, value, schema)).toBeUndefined();
    expect(normalizePopulate(customer, { contacts: { fields: ['fullName'] } }, schema)).toEqual({
      contacts: { fields: ['fullName'] },
    });
  });

  it('ignores entries of an array that are not strings, and empty paths', () => {
    expect(normalizePopulate(customer, ['', 3, 'tags'], schema)).toEqual({ tags: true });
  });
});

describe('restrictPopulate', () => {
  const feedback = 'api::feedback.feedback';

  it('filters every populated relation to a classified type, whatever the populate shape', () => {
    for (const populate of ['customer', ['customer'], { customer: true }, '*']) {
      const restricted = restrictPopulate(feedback, populate, LEVELS, schema)!;
      expect(restricted.customer).toEqual({ filters: GUARD });
    }
  });

  it('leaves an unclassified target unfiltered but restricts what it populates further', () => {
    expect(
      restrictPopulate(feedback, { tag: { populate: { owner: true } } }, LEVELS, schema),
    ).toEqual({
      tag: { populate: { owner: { filters: GUARD } } },
    });
  });

  it('restricts nested populate and ANDs caller filters (their relations restricted too)', () => {
    const populate = {
      customer: { filters: { contacts: { fullName: 'A' } }, populate: { contacts: true } },
    };
    expect(restrictPopulate(feedback, populate, LEVELS, schema)).toEqual({
      customer: {
        filters: { $and: [{ contacts: { $and: [{ fullName: 'A' }, GUARD] } }, GUARD] },
        populate: { contacts: { filters: GUARD } },
      },
    });
  });

  it('restricts relations inside a component and through dotted paths', () => {
    expect(restrictPopulate('api::customer.customer', 'needs.customer', LEVELS, schema)).toEqual({
      needs: { populate: { customer: { filters: GUARD } } },
    });
    expect(restrictPopulate(feedback, 'contact.customer.contacts', LEVELS, schema)).toEqual({
      contact: {
        filters: GUARD,
        populate: { customer: { filters: GUARD, populate: { contacts: { filters: GUARD } } } },
      },
    });
  });

  it('keeps fields it does not know and media untouched', () => {
    expect(
      restrictPopulate('api::customer.customer', { logo: true, unknown: { x: 1 } }, LEVELS, schema),
    ).toEqual({
      logo: true,
      unknown: { x: 1 },
    });
  });

  it('property: any dotted populate path gets the guard on every classified relation along it', () => {
    const step: Record<string, string[]> = {
      'api::feedback.feedback': ['customer', 'contact', 'tag'],
      'api::customer.customer': ['contacts', 'tags', 'needs'],
      'api::contact.contact': ['customer'],
      'api::tag.tag': ['owner'],
      'crm.need': ['customer'],
    };
    const pathFrom = (uid: string, picks: number[]): string[] => {
      const [first, ...rest] = picks;
      const options = step[uid] ?? [];
      if (first === undefined || options.length === 0) return [];
      const key = options[first % options.length];
      const attribute = SCHEMA[uid][key];
      return [key, ...pathFrom((attribute.target ?? attribute.component)!, rest)];
    };
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), (picks) => {
        const path = pathFrom(feedback, picks);
        let level: unknown = restrictPopulate(feedback, path.join('.'), LEVELS, schema);
        let uid = feedback;
        for (const key of path) {
          const entry = (level as Record<string, { filters?: unknown; populate?: unknown }>)[key];
          const attribute = SCHEMA[uid][key];
          const target = (attribute.target ?? attribute.component)!;
          if (attribute.type === 'relation' && schema.isClassified(target))
            expect(entry.filters).toEqual(GUARD);
          level = entry.populate;
          uid = target;
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('restrictSort', () => {
  const feedback = 'api::feedback.feedback';

  it('drops sorts on fields of related classified records and keeps the rest', () => {
    expect(restrictSort(feedback, 'customer.name:asc,content:desc', schema)).toBe('content:desc');
    expect(restrictSort(feedback, 'customer.name:asc', schema)).toBeUndefined();
    expect(restrictSort(feedback, ['content:asc', 'contact.fullName:desc'], schema)).toEqual([
      'content:asc',
    ]);
    expect(restrictSort(feedback, [{ customer: { name: 'asc' } }], schema)).toBeUndefined();
    expect(restrictSort(feedback, { content: 'asc' }, schema)).toEqual({ content: 'asc' });
  });

  it('drops a sort that reaches a classified record through an unclassified one or a component', () => {
    expect(restrictSort(feedback, 'tag.owner.name', schema)).toBeUndefined();
    expect(restrictSort(feedback, 'tag.label:asc', schema)).toBe('tag.label:asc');
    expect(restrictSort('api::customer.customer', 'needs.customer.name', schema)).toBeUndefined();
    expect(restrictSort('api::customer.customer', 'needs.title', schema)).toBe('needs.title');
  });

  it('keeps a sort on the record itself and passes empty values through', () => {
    expect(restrictSort(feedback, 'content', schema)).toBe('content');
    expect(restrictSort(feedback, undefined, schema)).toBeUndefined();
    expect(restrictSort(feedback, null, schema)).toBeNull();
  });

  it('property: what is kept never goes through a classified relation; own fields are always kept', () => {
    const paths = [
      'content',
      'classification',
      'customer.name',
      'contact.customer.name',
      'tag.label',
      'tag.owner.name',
      'customer',
    ];
    const reaches = (path: string) =>
      ['customer.name', 'contact.customer.name', 'tag.owner.name'].includes(path);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...paths), fc.constantFrom('', ':asc', ':desc')), {
          maxLength: 6,
        }),
        (parts) => {
          const sort = parts.map(([path, dir]) => `${path}${dir}`);
          const kept = restrictSort(feedback, sort.join(','), schema) as string | undefined;
          const keptParts = kept ? kept.split(',') : [];
          expect(keptParts).toEqual(sort.filter((part) => !reaches(part.split(':')[0])));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('restrictRelationFilters: operators directly on a relation', () => {
  it('reads a lone operator as an operator on the related id, then adds the clearance', () => {
    expect(
      restrictRelationFilters(
        'api::feedback.feedback',
        { customer: { $in: [1, 2] } },
        LEVELS,
        schema,
      ),
    ).toEqual({
      customer: { $and: [{ id: { $in: [1, 2] } }, GUARD] },
    });
  });

  it('$null / $notNull on a classified relation: a hidden related record counts as none', () => {
    const visible = { id: { $notNull: true }, ...GUARD };
    expect(
      restrictRelationFilters(
        'api::feedback.feedback',
        { customer: { $null: 'false' } },
        LEVELS,
        schema,
      ),
    ).toEqual({ customer: visible });
    expect(
      restrictRelationFilters(
        'api::feedback.feedback',
        { customer: { $notNull: true } },
        LEVELS,
        schema,
      ),
    ).toEqual({ customer: visible });
    expect(
      restrictRelationFilters(
        'api::feedback.feedback',
        { customer: { $null: 'true' } },
        LEVELS,
        schema,
      ),
    ).toEqual({ customer: { $and: [{ $not: visible }] } });
  });

  it('$null on an unclassified relation stays an id condition', () => {
    expect(
      restrictRelationFilters('api::feedback.feedback', { tag: { $null: true } }, LEVELS, schema),
    ).toEqual({ tag: { id: { $null: true } } });
  });
});
