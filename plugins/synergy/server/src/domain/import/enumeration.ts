/**
 * Reads an enumeration cell: its value key or a label in either language, else — as staff abbreviate
 * (`重点` for 重点客户) — a unique prefix of a label, else a text found in exactly one label. Pure.
 */
import { foldHeader } from './convert';

export interface EnumerationOption {
  value: string;
  labels: { en: string; 'zh-Hans': string };
}

export type EnumerationReading =
  { value: string; interpreted: boolean } | { error: string; candidates: string[] };

/** Shorter texts are too weak to stand for a label: two Chinese characters, three Latin letters. */
const longEnough = (key: string) => key.length >= (/^[\p{Script=Latin}\d]+$/u.test(key) ? 3 : 2);

const describe = (option: EnumerationOption) => `${option.value} (${option.labels['zh-Hans']})`;

/** A reader for one field's options; it remembers what it read (files repeat the same few values). */
export const createEnumerationReader = (options: EnumerationOption[]) => {
  const folded = options.map((option) => ({
    option,
    names: [option.value, option.labels.en, option.labels['zh-Hans']].map(foldHeader),
  }));
  const exact = new Map<string, string>();
  for (const { option, names } of folded) for (const name of names) exact.set(name, option.value);
  /** Partial readings by folded text: the one value, or the candidates (none or several). */
  const partials = new Map<string, string | string[]>();

  const partial = (key: string): string | string[] => {
    if (!longEnough(key)) return [];
    const prefixed = folded.filter(({ names }) => names.some((name) => name.startsWith(key)));
    const found =
      prefixed.length > 0
        ? prefixed
        : folded.filter(({ names }) => names.some((name) => name.includes(key)));
    return found.length === 1 ? found[0].option.value : found.map(({ option }) => option.value);
  };

  return (text: string): EnumerationReading => {
    const key = foldHeader(text);
    const value = exact.get(key);
    if (value !== undefined) return { value, interpreted: false };
    let reading = partials.get(key);
    if (reading === undefined) {
      reading = partial(key);
      partials.set(key, reading);
    }
    if (typeof reading === 'string') return { value: reading, interpreted: true };
    const cell = text.trim();
    if (reading.length === 0)
      return {
        error: `"${cell}" is not one of ${options.map(describe).join(', ')}`,
        candidates: [],
      };
    const candidates = options.filter((option) => reading.includes(option.value));
    return {
      error: `"${cell}" could be any of ${candidates.map(describe).join(', ')}: write one in full`,
      candidates: reading,
    };
  };
};

export type EnumerationReader = ReturnType<typeof createEnumerationReader>;
