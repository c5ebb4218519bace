import fc from 'fast-check';
import { relationIsSetAfterWrite } from '../relation-input';

describe('relationIsSetAfterWrite', () => {
  it.each([true, false])('an absent input keeps what was there (was set: %s)', (wasSet) => {
    expect(relationIsSetAfterWrite(undefined, wasSet)).toBe(wasSet);
  });

  it.each([null, ''])('%j clears the relation', (input) => {
    expect(relationIsSetAfterWrite(input, true)).toBe(false);
  });

  it.each([
    ['a documentId', 'abc123'],
    ['a numeric id', 7],
    ['a list of documentIds', ['abc123']],
    ['a list of objects', [{ documentId: 'abc123' }]],
    ['an object with a documentId', { documentId: 'abc123' }],
    ['an object with an id', { id: 7 }],
  ])('%s sets the relation', (_label, input) => {
    expect(relationIsSetAfterWrite(input, false)).toBe(true);
  });

  it('an empty list clears the relation', () => {
    expect(relationIsSetAfterWrite([], true)).toBe(false);
  });

  describe('set', () => {
    it.each([
      [['abc'], true],
      [[{ documentId: 'abc' }], true],
      ['abc', true],
      [[], false],
      [null, false],
    ])('set: %j leaves the relation set: %s', (set, expected) => {
      expect(relationIsSetAfterWrite({ set }, true)).toBe(expected);
      expect(relationIsSetAfterWrite({ set }, false)).toBe(expected);
    });

    it('set wins over connect and disconnect', () => {
      expect(relationIsSetAfterWrite({ set: [], connect: ['abc'] }, true)).toBe(false);
      expect(relationIsSetAfterWrite({ set: ['abc'], disconnect: ['abc'] }, false)).toBe(true);
    });
  });

  describe('connect and disconnect', () => {
    it('connecting something sets the relation, even with a disconnect beside it', () => {
      expect(relationIsSetAfterWrite({ connect: [{ documentId: 'new' }] }, false)).toBe(true);
      expect(relationIsSetAfterWrite({ connect: ['new'], disconnect: ['old'] }, true)).toBe(true);
      expect(relationIsSetAfterWrite({ connect: 'new' }, false)).toBe(true);
    });

    it('disconnecting without connecting clears the relation', () => {
      expect(relationIsSetAfterWrite({ disconnect: ['old'] }, true)).toBe(false);
      expect(
        relationIsSetAfterWrite({ connect: [], disconnect: [{ documentId: 'old' }] }, true),
      ).toBe(false);
    });

    it.each([true, false])(
      'empty connect and disconnect keep what was there (was set: %s)',
      (wasSet) => {
        expect(relationIsSetAfterWrite({ connect: [], disconnect: [] }, wasSet)).toBe(wasSet);
        expect(relationIsSetAfterWrite({ connect: [] }, wasSet)).toBe(wasSet);
      },
    );
  });

  it('property: a non-empty connect always leaves the relation set', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1 }), { minLength: 1 }),
        fc.array(fc.string({ minLength: 1 })),
        fc.boolean(),
        (connect, disconnect, wasSet) => relationIsSetAfterWrite({ connect, disconnect }, wasSet),
      ),
    );
  });

  it('property: a non-empty list input sets the relation and an empty one clears it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1 })),
        fc.boolean(),
        (list, wasSet) => relationIsSetAfterWrite(list, wasSet) === list.length > 0,
      ),
    );
  });
});
