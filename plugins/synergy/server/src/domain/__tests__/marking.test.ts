import fc from 'fast-check';
import { CLASSIFICATION_LEVELS, levelRank } from '../classification';
import { bannerOf, combineMarkings, fileNameMark, markingOf, markingOfRecords } from '../marking';

const NAMES = (code: string) =>
  ({
    'domestic-only': { zh: '仅限国内', en: 'DOMESTIC ONLY' },
    'export-controlled': { zh: '出口管制', en: 'EXPORT-CONTROLLED' },
  })[code] ?? { zh: code, en: code };

describe('markings of outputs', () => {
  it('writes the level and caveats in Chinese, then in English', () => {
    expect(bannerOf('confidential', ['domestic-only'], NAMES)).toBe(
      '秘密 // 仅限国内 — CONFIDENTIAL // DOMESTIC ONLY',
    );
    expect(bannerOf('secret', [], NAMES)).toBe('机密 — SECRET');
  });

  it('marks records with their highest level and the union of their caveats', () => {
    const marking = markingOfRecords(
      [
        { classification: 'internal', caveats: ['export-controlled'] },
        { classification: 'confidential', caveats: ['domestic-only', 'export-controlled'] },
        { classification: 'public' },
      ],
      NAMES,
    );
    expect(marking).toEqual({
      level: 'confidential',
      caveats: ['domestic-only', 'export-controlled'],
      banner: '秘密 // 仅限国内 // 出口管制 — CONFIDENTIAL // DOMESTIC ONLY // EXPORT-CONTROLLED',
    });
  });

  it('marks nothing at all as public, and a record without a level as internal', () => {
    expect(markingOfRecords([]).level).toBe('public');
    expect(markingOfRecords([{ classification: null }]).level).toBe('internal');
  });

  it('never marks below any record it was computed from (property)', () => {
    const record = fc.record({
      classification: fc.constantFrom(...CLASSIFICATION_LEVELS),
      caveats: fc.subarray(['a', 'b', 'c']),
    });
    fc.assert(
      fc.property(fc.array(record, { minLength: 1 }), (records) => {
        const marking = markingOfRecords(records);
        for (const item of records) {
          expect(levelRank(marking.level)).toBeGreaterThanOrEqual(levelRank(item.classification));
          for (const code of item.caveats) expect(marking.caveats).toContain(code);
        }
        expect(combineMarkings([markingOfRecords(records.slice(0, 1)), marking])).toEqual(marking);
      }),
    );
  });

  it('names the level in file names', () => {
    expect(fileNameMark(markingOf('secret'))).toBe('SECRET');
  });
});
