import type { AnalyticsEndpoint } from '../crm-types';

/**
 * Exports (SPEC §7: recorded in the audit trail).
 * - GET /synergy/export/:contentType?format=&filters…&sort=&locale=: a filtered content-manager list.
 * - POST /synergy/export/table: the rows of an analytics table, as displayed.
 */
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export namespace PostExportTable {
  export interface Column {
    key: string;
    /** The header as the table shows it (translated). */
    header: string;
  }
  export interface Body {
    format: ExportFormat;
    /** The table's title: names the file and the sheet, and the audit entry. */
    title: string;
    columns: Column[];
    /** Cells as displayed: text or numbers, by column key. */
    rows: Array<Record<string, string | number | null>>;
    /** The analytics answer the table shows: the file is marked as it is (else as all the caller sees). */
    source?: AnalyticsEndpoint;
  }
  /** The answer is the file itself (Content-Disposition: attachment). */
}
