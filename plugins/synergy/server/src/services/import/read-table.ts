import fs from 'node:fs';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { errors } from '@strapi/utils';
import type { Cell } from '../../domain/import/convert';
import { isMarkingRow } from '../../domain/marking';

export type FileFormat = 'csv' | 'xlsx';

export interface TableRow {
  /** The file's line (CSV: where the record starts) or the sheet's row number; the header is 1. */
  line: number;
  cells: Cell[];
}

export interface Table {
  columns: string[];
  rows: TableRow[];
}

/** A record longer than this is refused as a whole (a cell too long for its field is a row error well before). */
const MAX_CSV_RECORD_BYTES = 4 * 1024 * 1024;
const PROGRESS_EVERY = 5_000;

type Decoder = { write: (chunk: Buffer) => string; end: () => string | undefined };

const isUtf8 = (chunk: Buffer) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(chunk, { stream: true });
    return true;
  } catch {
    return false;
  }
};

/** UTF-8 strictly (a bad byte later in the file is a 400, not silent replacement characters). */
const utf8Decoder = (): Decoder => {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (chunk?: Buffer) => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw new errors.ValidationError('file is neither UTF-8 nor GBK/GB18030 text throughout');
    }
  };
  return { write: (chunk) => decode(chunk), end: () => decode() };
};

/** The file's text: UTF-8 (BOM or not) when its first 64 KB are UTF-8, else GB18030 (a superset of GBK). */
async function* decodedText(filepath: string): AsyncGenerator<string> {
  let decoder: Decoder | null = null;
  for await (const chunk of fs.createReadStream(filepath, { highWaterMark: 64 * 1024 })) {
    decoder ??= isUtf8(chunk as Buffer) ? utf8Decoder() : (iconv.getDecoder('gb18030') as Decoder);
    const text = decoder.write(chunk as Buffer);
    if (text) yield text;
  }
  const rest = decoder?.end();
  if (rest) yield rest;
}

const lineBreaks = (cells: string[]) =>
  cells.reduce((sum, cell) => sum + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);

const readCsv = async (filepath: string, onRow: (count: number) => void): Promise<Table> => {
  const parser = Readable.from(decodedText(filepath)).pipe(
    parse({
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: MAX_CSV_RECORD_BYTES,
    }),
  );
  let columns: string[] | null = null;
  const rows: TableRow[] = [];
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      // csv-parse counts lines up to the record's end; a record's own line breaks move its start back.
      const line = info.lines - lineBreaks(record);
      if (!columns) {
        if (!isMarkingRow(record)) columns = record.map((header) => header.trim());
        continue;
      }
      if (record.every((cell) => cell.trim() === '')) continue;
      rows.push({ line, cells: record });
      if (rows.length % PROGRESS_EVERY === 0) onRow(rows.length);
    }
  } catch (error) {
    if (error instanceof errors.ValidationError) throw error;
    throw new errors.ValidationError(`file is not readable CSV: ${(error as Error).message}`);
  }
  return { columns: columns ?? [], rows };
};

type ExcelValue = ExcelJS.CellValue;

/**
 * An XLSX cell's value. Formula cells give their cached result (what the spreadsheet showed when
 * saved): the import never evaluates a formula. Rich text and hyperlinks give their text.
 */
const excelCell = (value: ExcelValue): Cell => {
  if (value === null || value === undefined) return null;
  if (
    value instanceof Date ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  )
    return value;
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (
        result === undefined ||
        result === null ||
        (typeof result === 'object' && !(result instanceof Date))
      )
        return null;
      return result as Cell;
    }
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String((value as { text: unknown }).text);
    if ('error' in value) return null;
  }
  return String(value);
};

const readXlsx = async (filepath: string, onRow: (count: number) => void): Promise<Table> => {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(filepath, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  let columns: string[] | null = null;
  const rows: TableRow[] = [];
  try {
    // The first worksheet only.
    for await (const worksheet of reader) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        const values = (row.values as ExcelValue[]).slice(1).map(excelCell);
        if (!columns) {
          if (!isMarkingRow(values))
            columns = values.map((value) => (value === null ? '' : String(value).trim()));
          continue;
        }
        if (
          values.every(
            (value) => value === null || (typeof value === 'string' && value.trim() === ''),
          )
        )
          continue;
        rows.push({ line: row.number, cells: values });
        if (rows.length % PROGRESS_EVERY === 0) onRow(rows.length);
      }
      break;
    }
  } catch (error) {
    throw new errors.ValidationError(
      `file is not a readable XLSX workbook: ${(error as Error).message}`,
    );
  }
  return { columns: columns ?? [], rows };
};

/** XLSX is a ZIP: its first bytes say so whatever the file is called. */
export const detectFormat = async (
  filepath: string,
  filename: string | null,
): Promise<FileFormat> => {
  const handle = await fs.promises.open(filepath, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    if (bytesRead === 4 && buffer.readUInt32LE(0) === 0x04034b50) return 'xlsx';
  } finally {
    await handle.close();
  }
  if (filename && /\.xlsx?$/i.test(filename))
    throw new errors.ValidationError('file is named as a spreadsheet but is not an XLSX workbook');
  return 'csv';
};

/** Reads the whole table, streaming the file; `onRow` hears every few thousand rows. */
export const readTable = (
  filepath: string,
  format: FileFormat,
  onRow: (count: number) => void,
): Promise<Table> => (format === 'xlsx' ? readXlsx(filepath, onRow) : readCsv(filepath, onRow));
