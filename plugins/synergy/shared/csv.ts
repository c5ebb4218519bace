/** CSV writing shared by the server's exports and the admin's import report (a pure function, no Node API). */
import { stringify } from 'csv-stringify/sync';

/** A cell starting with = + - @ (or a tab or carriage return) would run as a formula in a spreadsheet. */
export const neutraliseFormula = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * Rows as CSV with a header, UTF-8 with a byte-order mark so spreadsheet programs read the
 * Chinese text right, formula-looking cells neutralised.
 */
export const toCsv = (rows: Array<Record<string, unknown>>, columns: string[]): string =>
  `\uFEFF${stringify(rows, { header: true, columns, cast: { string: neutraliseFormula, boolean: (value) => (value ? 'true' : 'false') } })}`;
