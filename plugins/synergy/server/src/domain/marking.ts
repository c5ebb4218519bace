import type { Marking } from '../../../shared/contracts/marking';
import { CLASSIFICATION_LEVELS, levelRank, type Classification } from './classification';

export type { Marking };

/** How a level is written in a banner, in Chinese and in English (the issue's `秘密 — CONFIDENTIAL`). */
export const LEVEL_MARKS: Record<Classification, { zh: string; en: string }> = {
  public: { zh: '公开', en: 'PUBLIC' },
  internal: { zh: '内部', en: 'INTERNAL' },
  confidential: { zh: '秘密', en: 'CONFIDENTIAL' },
  secret: { zh: '机密', en: 'SECRET' },
};

/** A caveat's name in a banner; codes without a known name are written as their code. */
export type CaveatNames = (code: string) => { zh: string; en: string };

const codeAsName: CaveatNames = (code) => ({ zh: code, en: code.toUpperCase() });

/** What a marking is computed from: a record's level and the caveats it carries. */
export interface Markable {
  classification?: unknown;
  caveats?: unknown;
}

const higher = (a: Classification, b: Classification) => (levelRank(b) > levelRank(a) ? b : a);

const levelOf = (value: unknown): Classification =>
  (CLASSIFICATION_LEVELS as readonly unknown[]).includes(value)
    ? (value as Classification)
    : // An unclassified value is marked as the lowest level a CRM record may have by default.
      'internal';

const caveatsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((code): code is string => typeof code === 'string') : [];

/**
 * The banner: the level and the caveats in Chinese, then in English, e.g.
 * `秘密 // 仅限国内 — CONFIDENTIAL // DOMESTIC ONLY`.
 */
export const bannerOf = (
  level: Classification,
  caveats: readonly string[],
  names: CaveatNames = codeAsName,
): string => {
  const part = (language: 'zh' | 'en') =>
    [LEVEL_MARKS[level][language], ...caveats.map((code) => names(code)[language])].join(' // ');
  return `${part('zh')} — ${part('en')}`;
};

/** A marking of `level` and `caveats` (deduplicated and sorted, so equal markings compare equal). */
export const markingOf = (
  level: Classification,
  caveats: Iterable<string> = [],
  names?: CaveatNames,
): Marking => {
  const sorted = [...new Set(caveats)].sort();
  return { level, caveats: sorted, banner: bannerOf(level, sorted, names) };
};

/**
 * The marking of what was computed from `records`: their highest level and the union of their
 * caveats. Nothing at all is marked `public`: an empty answer discloses no record.
 */
export const markingOfRecords = (records: Iterable<Markable>, names?: CaveatNames): Marking => {
  let level: Classification = 'public';
  const caveats = new Set<string>();
  for (const record of records) {
    level = higher(level, levelOf(record.classification));
    for (const code of caveatsOf(record.caveats)) caveats.add(code);
  }
  return markingOf(level, caveats, names);
};

/** The marking of an output made of parts that each carry one. */
export const combineMarkings = (markings: readonly Marking[], names?: CaveatNames): Marking =>
  markingOf(
    markings.reduce<Classification>((level, marking) => higher(level, marking.level), 'public'),
    markings.flatMap((marking) => marking.caveats),
    names,
  );

/** The marking in a file name: `customers-CONFIDENTIAL.csv`; the caveats are in the first row. */
export const fileNameMark = (marking: Marking): string => LEVEL_MARKS[marking.level].en;
