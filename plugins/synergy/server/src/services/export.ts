import type { Core, UID } from '@strapi/strapi';
import ExcelJS from 'exceljs';
import type { DualControlRequest } from '../../../shared/contracts/dual-control';
import type { ExportFormat, PostExportTable } from '../../../shared/contracts/export';
import { CRM_CONTENT_TYPES, crmType } from '../domain/crm-content-types';
import { GOVERNED_EXPORT_LEVELS } from '../domain/dual-control';
import { fileNameMark, type Marking } from '../domain/marking';
import { neutraliseFormula, toCsv } from '../utils/csv';
import { getModel } from '../utils/get-model';
import { getService } from '../utils/get-service';

export type { ExportFormat };

export interface ExportedFile {
  filename: string;
  contentType: string;
  body: string | Buffer;
  rows: number;
  marking: Marking;
}

export interface ExportRequest {
  filters?: Record<string, unknown>;
  sort?: unknown;
  locale?: string;
  /** The content manager's search text. */
  _q?: string;
  format: ExportFormat;
}

const PAGE_SIZE = 500;
const SCALAR_TYPES = [
  'string',
  'text',
  'richtext',
  'email',
  'uid',
  'enumeration',
  'integer',
  'biginteger',
  'decimal',
  'float',
  'boolean',
  'date',
  'datetime',
  'time',
  'json',
];

const createExportService = ({ strapi }: { strapi: Core.Strapi }) => {
  const attributesOf = (uid: string) => getModel(strapi, uid)?.attributes ?? {};

  /** Own values, then each to-one relation by its name (a customer by its name, not its id). */
  const columnsOf = (uid: UID.ContentType) => {
    const attributes = attributesOf(uid);
    const scalars = Object.keys(attributes).filter((name) =>
      SCALAR_TYPES.includes(attributes[name].type),
    );
    const relations = Object.entries(attributes)
      .filter(
        ([, attribute]) =>
          attribute.type === 'relation' &&
          ['manyToOne', 'oneToOne'].includes(attribute.relation ?? ''),
      )
      // A related record is named by its type's title field (a customer by its name, not its id).
      .map(([name, attribute]) => ({ name, field: crmType(attribute.target ?? '')?.titleField }))
      .filter((relation): relation is { name: string; field: string } => Boolean(relation.field));
    return { scalars, relations };
  };

  const recordExport = (contentType: string | null, details: Record<string, unknown>) => {
    const audit = getService(strapi, 'audit');
    audit.record({
      ...audit.currentActor(),
      occurredAt: new Date(),
      action: 'export',
      contentType,
      recordId: null,
      classification: null,
      changedFields: null,
      details,
    });
  };

  /** The marking of everything the caller may see: what an unsourced table is marked as. */
  const markEverythingVisible = () =>
    getService(strapi, 'analytics').markingOfEverything(CRM_CONTENT_TYPES);

  const cell = (value: unknown) =>
    value === null || value === undefined
      ? ''
      : typeof value === 'object' && !(value instanceof Date)
        ? JSON.stringify(value)
        : value;

  return {
    /**
     * A content type's records matching `filters`, read through the document service (so only
     * what the caller's clearance allows), as CSV or XLSX; the export is recorded in the audit trail.
     * Answers `{ request }` instead when the two-person rule holds it (more than its threshold of
     * confidential-or-higher rows): nothing is exported until a second person approves.
     * @throws ValidationError from the document service for filters it does not accept.
     */
    async exportRecords(
      uid: UID.ContentType,
      request: ExportRequest,
    ): Promise<ExportedFile | { request: DualControlRequest }> {
      const { scalars, relations } = columnsOf(uid);
      const columns = ['documentId', ...scalars, ...relations.map((relation) => relation.name)];
      const populate = Object.fromEntries(
        relations.map((relation) => [relation.name, { fields: [relation.field] }]),
      );
      const rows: Array<Record<string, unknown>> = [];
      // The marking is read from the records as stored (a caveat list is a cell of JSON text).
      const markables: Array<{ classification: unknown; caveats: unknown }> = [];
      for (let start = 0; ; start += PAGE_SIZE) {
        const page = (await strapi.documents(uid).findMany({
          filters: request.filters,
          sort: request.sort ?? 'id:asc',
          ...(request.locale ? { locale: request.locale } : {}),
          ...(request._q ? { _q: request._q } : {}),
          populate,
          start,
          limit: PAGE_SIZE,
        } as never)) as Array<Record<string, unknown>>;
        for (const record of page) {
          markables.push({ classification: record.classification, caveats: record.caveats });
          rows.push(
            Object.fromEntries(
              columns.map((column) => {
                const relation = relations.find((candidate) => candidate.name === column);
                const value = relation
                  ? (record[column] as Record<string, unknown> | null)?.[relation.field]
                  : record[column];
                return [column, cell(value)];
              }),
            ),
          );
        }
        if (page.length < PAGE_SIZE) break;
      }

      const sensitive = rows.filter((row) =>
        GOVERNED_EXPORT_LEVELS.includes(String(row.classification)),
      ).length;
      const held = await getService(strapi, 'dual-control').intercept('export-records', {
        payload: { uid, request },
        summary: `Export ${rows.length} ${uid} records (${sensitive} confidential or higher) as ${request.format}`,
        count: sensitive,
      });
      if (held) return { request: held };

      const marking = await getService(strapi, 'marking').ofRecords(markables);
      recordExport(uid, {
        format: request.format,
        rows: rows.length,
        filters: request.filters ?? null,
        search: request._q ?? null,
        marking: marking.level,
      });
      return {
        ...(await renderFile(
          uid.split('.').pop() as string,
          columns,
          rows,
          request.format,
          marking,
        )),
        rows: rows.length,
        marking,
      };
    },

    /**
     * The rows of an analytics table as the admin displays them (already restricted to the caller's
     * clearance by the analytics that produced them), as CSV or XLSX; recorded in the audit trail.
     */
    async exportTable(table: PostExportTable.Body) {
      // Marked as the answer it came from; without one, as everything the caller may see.
      const marking = table.source
        ? await getService(strapi, 'analytics').marking(table.source)
        : await markEverythingVisible();
      recordExport(null, {
        table: table.title,
        format: table.format,
        rows: table.rows.length,
        columns: table.columns.map((column) => column.key),
        marking: marking.level,
      });
      return {
        ...(await renderFile('table', table.columns, table.rows, table.format, marking)),
        marking,
      };
    },
  };
};

/**
 * Rows as a CSV or XLSX file; `columns` are keys, or keys with the header to show. The marking is
 * the first row (its banner in the first cell) and names the file (`customers-CONFIDENTIAL.csv`).
 */
const renderFile = async (
  name: string,
  columns: Array<string | { key: string; header: string }>,
  rows: Array<Record<string, unknown>>,
  format: ExportFormat,
  marking: Marking,
) => {
  const filename = `${name}-${fileNameMark(marking)}.${format}`;
  const headed = columns.map((column) =>
    typeof column === 'string'
      ? { key: column, header: column }
      : { key: column.key, header: neutraliseFormula(column.header) },
  );
  if (format === 'csv') {
    return {
      filename,
      contentType: 'text/csv; charset=utf-8',
      body: toCsv(rows, headed, marking.banner),
    };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name);
  sheet.addRow([marking.banner]);
  sheet.mergeCells(1, 1, 1, Math.max(1, headed.length));
  sheet.addRow(headed.map((column) => column.header));
  headed.forEach((column, index) => {
    sheet.getColumn(index + 1).width = 18;
  });
  // Cells are written as values: a text starting with "=" stays text, never a formula.
  sheet.addRows(rows.map((row) => headed.map((column) => row[column.key] ?? null)));
  return {
    filename,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
};

export type ExportService = ReturnType<typeof createExportService>;

export default createExportService;
