/** CSV writing of the server's exports (csv-stringify needs Node's Buffer: not for the admin bundle). */
import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from './formula';

export { neutraliseFormula };

/**
 * Rows as CSV with a header, UTF-8 with a byte-order mark so spreadsheet programs read the
 * Chinese text right, formula-looking cells neutralised.
 */
export const toCsv = (rows: Array<Record<string, unknown>>, columns: string[]): string =>
  `\uFEFF${stringify(rows, { header: true, columns, cast: { string: neutraliseFormula, boolean: (value) => (value ? 'true' : 'false') } })}`;
