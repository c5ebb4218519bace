import { neutraliseFormula } from '../../../../shared/formula';
import type { GetImportTypes, PostImport } from '../../services/import';

export type ColumnMapping = Record<string, string | null>;

/** A field's label in the admin's language (Chinese for zh-Hans and zh, English otherwise). */
export const fieldLabel = (field: Pick<GetImportTypes.Field, 'labels'>, locale: string) =>
  locale.startsWith('zh') ? field.labels['zh-Hans'] : field.labels.en;

/** The label of a report's `field`, which is a field name or, for a cell mapped to no field, the column header. */
export const fieldLabelOf = (fields: GetImportTypes.Field[], name: string, locale: string) => {
  const field = fields.find((candidate) => candidate.name === name);
  return field ? fieldLabel(field, locale) : name;
};

/**
 * The mapping to preset after the first dry-run: the server's automatic mapping, overridden by the
 * saved mapping for the file's columns it knows. Undefined when that changes nothing (no second run).
 */
export const presetMapping = (
  report: Pick<PostImport.Report, 'columns' | 'mapping'>,
  saved: Record<string, string> | null,
) => {
  if (!saved) return undefined;
  const preset: ColumnMapping = { ...report.mapping };
  let changed = false;
  for (const column of report.columns) {
    if (!(column in saved)) continue;
    const field = saved[column] || null;
    if (preset[column] !== field) {
      preset[column] = field;
      changed = true;
    }
  }
  return changed ? preset : undefined;
};

/** Columns still holding a weak automatic proposal that the user has not confirmed: the commit waits for them. */
export const unconfirmedColumns = (
  report: Pick<PostImport.Report, 'columns' | 'proposals'>,
  mapping: ColumnMapping,
  confirmed: string[],
) =>
  report.columns.filter((column) => {
    const proposal = report.proposals[column];
    return (
      proposal?.needsConfirmation &&
      mapping[column] === proposal.field &&
      !confirmed.includes(column)
    );
  });

/** Required fields that no column is mapped to: every row would fail on them. */
export const unmappedRequiredFields = (fields: GetImportTypes.Field[], mapping: ColumnMapping) => {
  const mapped = new Set(Object.values(mapping).filter(Boolean));
  return fields.filter((field) => field.required && !mapped.has(field.name));
};

/** The mapped fields in the file's column order: the columns of the preview table. */
export const mappedFields = (report: Pick<PostImport.Report, 'columns' | 'mapping'>) => [
  ...new Set(
    report.columns
      .map((column) => report.mapping[column])
      .filter((field): field is string => Boolean(field)),
  ),
];

/** A converted cell of the preview as text: relations by name or code, lists joined, empty as "—". */
export const previewCell = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map(previewCell).join(', ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const named = record.name ?? record.fullName ?? record.title ?? record.code;
    return typeof named === 'string' ? named : JSON.stringify(value);
  }
  return String(value);
};

export interface ReportCsvHeaders {
  line: string;
  field: string;
  reason: string;
}

/** One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break; formulas neutralised. */
const csvCell = (value: string | number) => {
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The bad rows as a CSV file (UTF-8 with a byte-order mark, formula cells neutralised), as the
 * server's exports write it; fields by their label in the admin's language. Written here because
 * csv-stringify needs Node's Buffer, which the admin bundle does not have.
 */
export const reportCsv = (
  errors: PostImport.RowError[],
  headers: ReportCsvHeaders,
  label: (field: string) => string,
) =>
  `\uFEFF${[
    [headers.line, headers.field, headers.reason],
    ...errors.map((error) => [error.line, label(error.field), error.reason]),
  ]
    .map((row) => row.map(csvCell).join(','))
    .join('\n')}\n`;
