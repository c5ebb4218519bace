import { stringify } from 'csv-stringify/sync';
// The formula rule lives in shared/ so that the admin's import report writes cells the same way.
import { neutraliseFormula } from '../../../shared/formula';

export { neutraliseFormula };

/**
 * Rows as CSV with a header, UTF-8 with a byte-order mark so spreadsheet programs read the
 * Chinese text right, formula-looking cells neutralised; a `banner` (the marking) is the first line.
 */
export const toCsv = (
  rows: Array<Record<string, unknown>>,
  columns: Array<string | { key: string; header: string }>,
  banner?: string,
): string =>
  `\uFEFF${banner === undefined ? '' : stringify([[banner]])}${stringify(rows, { header: true, columns, cast: { string: neutraliseFormula, boolean: (value) => (value ? 'true' : 'false') } })}`;
