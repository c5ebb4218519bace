import {
  isVisibleRecord,
  levelsOnly,
  needToKnowSql,
  seesEverything,
  readCodes,
  violatedCaveats,
  visibilityFilter,
  visibilityOf,
} from '../need-to-know';

const lists = {
  compartments: ['falcon', 'osprey'],
  caveats: [
    { code: 'domestic-only', withheldFromExternal: false },
    { code: 'export-controlled', withheldFromExternal: true },
  ],
};

describe('visibility', () => {
  it('withholds the compartments not held and, from an external caller, the withheld caveats', () => {
    const visibility = visibilityOf(
      { clearance: 'internal', compartments: ['falcon'], external: true },
      lists,
      'sqlite',
    );
    expect(visibility).toMatchObject({
      levels: ['public', 'internal'],
      withheldCompartments: ['osprey'],
      withheldCaveats: ['export-controlled'],
    });
    expect(levelsOnly(visibility)).toBe(false);
    expect(
      isVisibleRecord({ classification: 'internal', compartments: ['falcon'] }, visibility),
    ).toBe(true);
    expect(
      isVisibleRecord({ classification: 'internal', compartments: ['osprey'] }, visibility),
    ).toBe(false);
    expect(
      isVisibleRecord({ classification: 'public', caveats: ['export-controlled'] }, visibility),
    ).toBe(false);
    expect(isVisibleRecord({ classification: 'secret' }, visibility)).toBe(false);
  });

  it('adds no condition for a domestic caller holding every compartment', () => {
    const visibility = visibilityOf(
      { clearance: 'secret', compartments: 'all', external: false },
      lists,
      'postgres',
    );
    expect(levelsOnly(visibility)).toBe(true);
    expect(seesEverything(visibility)).toBe(true);
    // A secret clearance alone is not enough while a compartment is withheld.
    expect(
      seesEverything(
        visibilityOf({ clearance: 'secret', compartments: [], external: false }, lists, 'sqlite'),
      ),
    ).toBe(false);
    expect(visibilityFilter(visibility)).toEqual({
      classification: { $in: ['public', 'internal', 'confidential', 'secret'] },
    });
    expect(needToKnowSql('c', visibility)).toEqual([]);
  });

  it('writes one condition per withheld code, in the dialect', () => {
    const of = (client: 'sqlite' | 'postgres' | 'mysql') =>
      needToKnowSql(
        'c',
        visibilityOf({ clearance: 'public', compartments: [], external: false }, lists, client),
      );
    expect(of('sqlite')).toEqual([
      ['(c.compartments IS NULL OR c.compartments NOT LIKE ?)', ['%"falcon"%']],
      ['(c.compartments IS NULL OR c.compartments NOT LIKE ?)', ['%"osprey"%']],
    ]);
    expect(of('postgres')[0]).toEqual([
      '(c.compartments IS NULL OR NOT (c.compartments @> ?::jsonb))',
      ['["falcon"]'],
    ]);
    expect(of('mysql')[0]).toEqual([
      '(c.compartments IS NULL OR NOT JSON_CONTAINS(c.compartments, ?))',
      ['"falcon"'],
    ]);
  });
});

describe('tags in a write body', () => {
  it('reads a list of codes, naming the field when it is not one', () => {
    expect(readCodes('compartments', undefined)).toEqual({});
    expect(readCodes('compartments', null)).toEqual({ codes: [] });
    expect(readCodes('compartments', ['a', 'a', 'b'])).toEqual({ codes: ['a', 'b'] });
    expect(readCodes('caveats', 'a').error).toContain('caveats');
    expect(readCodes('caveats', [1]).error).toContain('caveats');
  });
});

describe('the publish gate', () => {
  it('refuses the public and export audiences when a linked record carries a caveat', () => {
    const related = [{ label: 'strategy "S"', caveats: ['domestic-only'] }];
    expect(violatedCaveats('export', related)).toEqual([
      { label: 'strategy "S"', caveat: 'domestic-only' },
    ]);
    expect(violatedCaveats('public', related)).toHaveLength(1);
    expect(violatedCaveats('internal', related)).toEqual([]);
    expect(violatedCaveats('public', [{ label: 'x', caveats: null }])).toEqual([]);
  });
});
