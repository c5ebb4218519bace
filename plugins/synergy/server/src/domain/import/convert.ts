/**
 * Conversions of file cells (CSV text, or XLSX values) into field values, as pure functions.
 * Each returns `{ value }` or `{ error }` with a reason a person can act on.
 */
export type Cell = string | number | boolean | Date | null;

export type Converted<T> = { value: T } | { error: string };

/** Folds a column header or a label for matching: case, width (NFKC), spaces, punctuation. */
export const foldHeader = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');

/** Export writes `'` before a formula-looking text; reading it back takes the `'` away. */
export const restoreNeutralisedFormula = (text: string): string =>
  /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;

/** Text of a cell; blank (null) when empty after trimming. */
export const cellText = (cell: Cell): string | null => {
  if (cell === null) return null;
  if (cell instanceof Date) return cell.toISOString();
  const text = String(cell).trim();
  return text === '' ? null : text;
};

const TRUE_WORDS = ['true', 'yes', 'y', '1', '是', '真', '对'];
const FALSE_WORDS = ['false', 'no', 'n', '0', '否', '假', '错'];

export const toBoolean = (cell: Cell): Converted<boolean> => {
  if (typeof cell === 'boolean') return { value: cell };
  const word = foldHeader(String(cell));
  if (TRUE_WORDS.includes(word)) return { value: true };
  if (FALSE_WORDS.includes(word)) return { value: false };
  return { error: `"${String(cell)}" is not a yes/no value (true/false, yes/no, 是/否, 1/0)` };
};

export const toNumber = (cell: Cell, { integer }: { integer: boolean }): Converted<number> => {
  const value =
    typeof cell === 'number'
      ? cell
      : typeof cell === 'string'
        ? Number(cell.replace(/[,\s，]/g, ''))
        : NaN;
  if (!Number.isFinite(value) || (typeof cell === 'string' && cell.trim() === '')) {
    return { error: `"${String(cell)}" is not a number` };
  }
  if (integer && !Number.isInteger(value))
    return { error: `"${String(cell)}" is not a whole number` };
  return { value };
};

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-03-05`, `2026/3/5`, `2026.3.5`, `2026年3月5日`, with an optional time `13:45[:30]`. */
const LOCAL_DATE =
  /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

const validParts = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** A date (`YYYY-MM-DD`): ISO or the common local forms; an XLSX date cell by its calendar day (UTC). */
export const toDate = (cell: Cell): Converted<string> => {
  if (cell instanceof Date) {
    return {
      value: `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`,
    };
  }
  const text = String(cell).trim();
  const match = LOCAL_DATE.exec(text) ?? /^(\d{4})-(\d{2})-(\d{2})T/.exec(text);
  if (match && validParts(Number(match[1]), Number(match[2]), Number(match[3]))) {
    return { value: `${match[1]}-${pad(Number(match[2]))}-${pad(Number(match[3]))}` };
  }
  return { error: `"${text}" is not a date (e.g. 2026-03-05 or 2026/3/5)` };
};

/**
 * A moment (ISO string out). ISO with a zone is taken as is; a local form without zone
 * (`2026/3/5 13:45`, `2026-03-05`) is read as UTC, so the same file gives the same records anywhere.
 */
export const toDateTime = (cell: Cell): Converted<string> => {
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime())
      ? { error: 'the date cell is not a valid date' }
      : { value: cell.toISOString() };
  const text = String(cell).trim();
  const local = LOCAL_DATE.exec(text);
  if (local) {
    const [y, m, d, h = '0', min = '0', s = '0'] = local.slice(1).map((part) => part ?? '0');
    if (
      validParts(Number(y), Number(m), Number(d)) &&
      Number(h) < 24 &&
      Number(min) < 60 &&
      Number(s) < 60
    ) {
      return {
        value: new Date(
          Date.UTC(Number(y), Number(m) - 1, Number(d), Number(h), Number(min), Number(s)),
        ).toISOString(),
      };
    }
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const time = new Date(text).getTime();
    if (!Number.isNaN(time)) return { value: new Date(time).toISOString() };
  }
  return { error: `"${text}" is not a date and time (e.g. 2026-03-05T08:30:00Z or 2026/3/5 8:30)` };
};

/** A list cell: a JSON array, or values separated by , ; 、 or new lines. */
export const toList = (cell: Cell): string[] => {
  const text = String(cell).trim();
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.map((item) => String(item).trim()).filter(Boolean);
    } catch {
      // Not JSON: read it as a separated list below.
    }
  }
  return text
    .split(/[,;，；、\n]+/)
    .map((item) => item.trim())
    .filter(Boolean);
};
