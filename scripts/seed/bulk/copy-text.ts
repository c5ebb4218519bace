/**
 * Rows in the text format of PostgreSQL's `COPY … FROM STDIN` (the default, not CSV): one line per
 * row, columns separated by a tab, `\N` for NULL, and backslash, tab, newline and carriage return
 * escaped with a backslash inside values. Values are converted as the `pg` driver converts query
 * parameters, so COPY stores what an INSERT through knex would have stored.
 */
import pg from 'pg';

const NULL = '\\N';
const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export const escapeCopyText = (text: string): string =>
  NEEDS_ESCAPE.test(text) ? text.replace(/[\\\t\n\r]/g, (character) => ESCAPES[character]) : text;

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/**
 * A Date as `pg` sends it (its `dateToString`): local time with its UTC offset — ignored by the
 * `timestamp` columns Strapi uses — or UTC when `pg.defaults.parseInputDatesAsUTC` is set.
 */
export const formatTimestamp = (date: Date): string => {
  const utc = (pg.defaults as { parseInputDatesAsUTC?: boolean }).parseInputDatesAsUTC === true;
  let offset = utc ? 0 : -date.getTimezoneOffset();
  let year = utc ? date.getUTCFullYear() : date.getFullYear();
  const beforeChrist = year < 1;
  // Year 0 is 1 BC.
  if (beforeChrist) year = Math.abs(year) + 1;
  const parts = utc
    ? [
        date.getUTCMonth() + 1,
        date.getUTCDate(),
        date.getUTCHours(),
        date.getUTCMinutes(),
        date.getUTCSeconds(),
      ]
    : [date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()];
  const milliseconds = utc ? date.getUTCMilliseconds() : date.getMilliseconds();
  let text = `${pad(year, 4)}-${pad(parts[0])}-${pad(parts[1])}T${pad(parts[2])}:${pad(parts[3])}:${pad(parts[4])}.${pad(milliseconds, 3)}`;
  text += offset < 0 ? '-' : '+';
  offset = Math.abs(offset);
  text += `${pad(Math.floor(offset / 60))}:${pad(offset % 60)}`;
  return beforeChrist ? `${text} BC` : text;
};

/** Formats the Dates of one batch, most of which are the same few objects (the load's "now"). */
export const createValueEncoder = (): ((value: unknown) => string) => {
  let lastDate: Date | null = null;
  let lastText = '';
  return (value) => {
    if (value === null || value === undefined) return NULL;
    switch (typeof value) {
      case 'string':
        return escapeCopyText(value);
      case 'number':
      case 'bigint':
        return String(value);
      case 'boolean':
        return value ? 't' : 'f';
      default:
        break;
    }
    if (value instanceof Date) {
      if (value !== lastDate) {
        lastDate = value;
        lastText = formatTimestamp(value);
      }
      return lastText;
    }
    if (Buffer.isBuffer(value)) return `\\\\x${value.toString('hex')}`;
    // Objects as `pg` sends them to json/jsonb columns.
    return escapeCopyText(JSON.stringify(value));
  };
};

/** One row as a line of COPY text (with its newline), `columns` in order. */
const encodeLine = (
  columns: readonly string[],
  row: Record<string, unknown>,
  encode: (value: unknown) => string,
): string => {
  let line = encode(row[columns[0]]);
  for (let index = 1; index < columns.length; index += 1)
    line += `\t${encode(row[columns[index]])}`;
  return `${line}\n`;
};

/** Bytes of COPY text buffered at a time (one write, one CopyData message each). */
const CHUNK_BYTES = 256 * 1024;

interface CopyTable {
  columns: string[];
  chunks: Buffer[];
  current: Buffer;
  used: number;
}

/**
 * A batch of rows for COPY, encoded as they are added into byte buffers outside the JavaScript
 * heap. Row objects then die young; kept until the batch is written they were promoted to the old
 * generation, and so was text kept as strings, where collecting them cost more than building them.
 * Tables keep the order of their first row (parents first, as the rows are built).
 */
export class CopyBatch {
  private readonly byTable = new Map<string, CopyTable>();
  private readonly encode = createValueEncoder();

  add(table: string, row: Record<string, unknown>): void {
    let entry = this.byTable.get(table);
    if (!entry) {
      entry = {
        columns: Object.keys(row),
        chunks: [],
        current: Buffer.allocUnsafe(CHUNK_BYTES),
        used: 0,
      };
      this.byTable.set(table, entry);
    }
    // Every row of a table has the same columns (the row builder writes them in one order).
    const line = encodeLine(entry.columns, row, this.encode);
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (entry.used + line.length * 3 > entry.current.length) {
      entry.chunks.push(entry.current.subarray(0, entry.used));
      entry.current = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, line.length * 3));
      entry.used = 0;
    }
    entry.used += entry.current.write(line, entry.used, 'utf8');
  }

  /** Each table with its columns and its text in chunks, in the order the tables were first seen. */
  *tables(): Generator<{ table: string; columns: readonly string[]; chunks: readonly Buffer[] }> {
    for (const [table, entry] of this.byTable) {
      yield {
        table,
        columns: entry.columns,
        chunks:
          entry.used > 0 ? [...entry.chunks, entry.current.subarray(0, entry.used)] : entry.chunks,
      };
    }
  }
}
