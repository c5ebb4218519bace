/**
 * Import of CSV and XLSX files (SPEC §5): the admin page and `npm run import` use the same service.
 * Line numbers are those of the file: the header is line 1, the first record line 2 (a CSV cell
 * that spans lines counts from the line where its record starts).
 */

/** The content types a file can be imported into, by their plural API name (those with `import` in the registry). */
export { IMPORTABLE_TYPES, type ImportableType } from '../crm-types';
import type { ImportableType } from '../crm-types';

export const IMPORT_MODES = ['dry-run', 'commit'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** What to do with a row that matches an existing record (by code, or by the normalized name). */
export const DUPLICATE_ACTIONS = ['skip', 'update', 'create'] as const;
export type DuplicateAction = (typeof DUPLICATE_ACTIONS)[number];

/** GET /synergy/import/types: what the mapping step offers. */
export namespace GetImportTypes {
  export interface Field {
    name: string;
    /** Strapi attribute type; a relation is given with the type it points to and how it is matched. */
    type: string;
    required: boolean;
    /** Enumerations: each value with its English and Chinese labels (both accepted in a file). */
    options?: Array<{ value: string; labels: { en: string; 'zh-Hans': string } }>;
    /** Relations: the target's plural name and the fields a cell is matched against (code, then name). */
    relation?: { target: string; matchBy: string[] };
    /** The field's labels, also accepted as column headers. */
    labels: { en: string; 'zh-Hans': string };
  }
  export interface ImportType {
    type: ImportableType;
    uid: string;
    fields: Field[];
    /** The mapping saved by the last committed import of this type (column header → field). */
    savedMapping: Record<string, string> | null;
  }
  export interface Response {
    data: ImportType[];
  }
}

/** POST /synergy/import/:type (multipart). */
export namespace PostImport {
  export interface Params {
    type: ImportableType;
  }
  /** Multipart fields besides `file` (CSV in UTF-8 or GBK/GB18030, or XLSX). */
  export interface Body {
    /** JSON object column header → field name (or "" to ignore the column); default: automatic matching. */
    mapping?: string;
    mode?: ImportMode;
    onDuplicate?: DuplicateAction;
    /** "true" to commit the valid rows and leave out the invalid ones; otherwise invalid rows refuse the commit. */
    skipInvalid?: string;
  }
  export interface RowError {
    line: number;
    /** The field, or the column header when the cell maps to no field. */
    field: string;
    reason: string;
  }
  /** How the header of a column was matched to a field: confirm the weak ones before committing. */
  export type MatchMethod = 'saved' | 'name' | 'label' | 'synonym' | 'similar';
  export interface ColumnProposal {
    /** The proposed field, whatever mapping was used for this run. */
    field: string;
    /** 1: the field's name, a label or the saved mapping; 0.9: a synonym; below 0.8: a similar header. */
    confidence: number;
    method: MatchMethod;
    /** True below 0.8: the page asks the user to confirm the match. */
    needsConfirmation: boolean;
  }
  /** An enumeration cell read as an abbreviation of a label (`重点` → `key`), listed for review. */
  export interface InterpretedCell {
    line: number;
    column: string;
    field: string;
    raw: string;
    value: string;
  }
  export interface Duplicate {
    line: number;
    match: 'code' | 'name';
    existing: { documentId: string; name: string; code: string | null };
  }
  export interface Report {
    type: ImportableType;
    mode: ImportMode;
    onDuplicate: DuplicateAction;
    /** The file's column headers, in order. */
    columns: string[];
    /** The mapping used: column header → field name (null: ignored). */
    mapping: Record<string, string | null>;
    /** The automatic proposal for each column header (null: no field near enough), even when a mapping was sent. */
    proposals: Record<string, ColumnProposal | null>;
    rows: { total: number; valid: number; invalid: number };
    errors: RowError[];
    /** Row errors beyond the first 10,000, counted but not listed. */
    errorsOmitted?: number;
    duplicates: Duplicate[];
    /** Enumeration cells taken by prefix or by part of a label, at most 10,000 (`interpretedOmitted` counts the rest). */
    interpreted: InterpretedCell[];
    interpretedOmitted?: number;
    /** The first rows as they would be written (after mapping and conversion). */
    preview: Array<{ line: number; data: Record<string, unknown> }>;
    /** Commit only: false when invalid rows refused the commit (nothing written; see `skipInvalid`). */
    committed?: boolean;
    /** Commit only. */
    created?: number;
    updated?: number;
    skipped?: number;
  }
  export interface Response {
    data: Report;
  }
  /**
   * With `Accept: application/x-ndjson` the answer streams one JSON object per line: progress
   * events while rows are read, validated and written, then the report (or the error).
   */
  export type StreamEvent =
    | {
        event: 'progress';
        phase: 'read' | 'validate' | 'write';
        done: number;
        total: number | null;
      }
    | { event: 'report'; data: Report }
    | {
        event: 'error';
        error: { status: number; name: string; message: string; details?: unknown };
      };
}
