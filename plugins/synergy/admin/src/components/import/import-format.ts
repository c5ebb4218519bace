import { toCsv } from '../../../../shared/csv';
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
export const presetMapping = (report: Pick<PostImport.Report, 'columns' | 'mapping'>, saved: Record<string, string> | null) => {
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

/** Required fields that no column is mapped to: every row would fail on them. */
export const unmappedRequiredFields = (fields: GetImportTypes.Field[], mapping: ColumnMapping) => {
  const mapped = new Set(Object.values(mapping).filter(Boolean));
  return fields.filter((field) => field.required && !mapped.has(field.name));
};

/** The mapped fields in the file's column order: the columns of the preview table. */
export const mappedFields = (report: Pick<PostImport.Report, 'columns' | 'mapping'>) => [
  ...new Set(report.columns.map((column) => report.mapping[column]).filter((field): field is string => Boolean(field))),
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

/**
 * The bad rows as a CSV file (UTF-8 with a byte-order mark, formula cells neutralised), written
 * like the server's exports; fields by their label in the admin's language.
 */
export const reportCsv = (errors: PostImport.RowError[], headers: ReportCsvHeaders, label: (field: string) => string) =>
  toCsv(
    errors.map((error) => ({ [headers.line]: error.line, [headers.field]: label(error.field), [headers.reason]: error.reason })),
    [headers.line, headers.field, headers.reason],
  );
