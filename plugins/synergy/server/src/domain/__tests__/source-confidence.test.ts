import {
  confidenceGrade,
  countConfidence,
  describeConfidence,
  isUnconfirmed,
  sumConfidence,
} from '../source-confidence';

describe('source confidence (Admiralty scale)', () => {
  it.each([
    ['A', 1],
    ['B', 2],
    ['D', 4],
  ])('%s%s is confirmed', (reliability, credibility) => {
    expect(isUnconfirmed({ reliability, credibility })).toBe(false);
  });

  it.each<[string | null, number | null, string]>([
    ['E', 1, 'an unreliable source'],
    ['F', 2, 'a source that cannot be judged'],
    ['A', 5, 'improbable information'],
    ['B', 6, 'information that cannot be judged'],
    [null, 2, 'no reliability'],
    ['B', null, 'no credibility'],
    ['Z', 2, 'a reliability off the scale'],
    ['B', 7, 'a credibility off the scale'],
  ])('%s%s is unconfirmed (%s)', (reliability, credibility) => {
    expect(isUnconfirmed({ reliability, credibility })).toBe(true);
  });

  it('writes the grade as analysts do, with ? for a missing half', () => {
    expect(confidenceGrade({ reliability: 'B', credibility: 2 })).toBe('B2');
    expect(confidenceGrade({ reliability: 'C', credibility: null })).toBe('C?');
    expect(confidenceGrade({})).toBe('??');
  });

  it('reads a credibility stored as text (a decimal column of some drivers)', () => {
    expect(describeConfidence({ reliability: 'A', credibility: '3' as unknown as number })).toEqual(
      { reliability: 'A', credibility: 3, grade: 'A3', unconfirmed: false },
    );
  });

  it('counts facts confirmed, unconfirmed and per grade', () => {
    expect(
      countConfidence([
        { reliability: 'B', credibility: 2 },
        { reliability: 'B', credibility: 2 },
        { reliability: 'E', credibility: 3 },
        { reliability: null, credibility: null },
      ]),
    ).toEqual({ confirmed: 2, unconfirmed: 2, byGrade: { B2: 2, E3: 1, '??': 1 } });
  });

  it('adds the counts of several competitors', () => {
    expect(
      sumConfidence([
        { confirmed: 1, unconfirmed: 0, byGrade: { B2: 1 } },
        { confirmed: 1, unconfirmed: 1, byGrade: { B2: 1, F6: 1 } },
      ]),
    ).toEqual({ confirmed: 2, unconfirmed: 1, byGrade: { B2: 2, F6: 1 } });
  });
});
