/**
 * Writes buffered rows with multi-row INSERTs, each batch in one transaction. Statements stay under
 * every dialect's bound-parameter limit (SQLite 32,766; PostgreSQL and MySQL 65,535).
 */
import type { Core } from '@strapi/strapi';
import type { Row, TableRows } from './row-builder';

const MAX_PARAMETERS = 30_000;

/** Strapi's knex instance (`strapi.db.connection`). */
export type Knex = Core.Strapi['db']['connection'];

export type DatabaseClient = 'sqlite' | 'postgres' | 'mysql';

/** The dialect of Strapi's knex connection (`better-sqlite3` and `mysql2` count as their family). */
export const clientOf = (knex: Knex): DatabaseClient => {
  const client = String(knex.client.config.client);
  if (client.includes('sqlite')) return 'sqlite';
  if (client.startsWith('pg') || client.startsWith('postgres')) return 'postgres';
  return 'mysql';
};

const quoteIdentifier = (client: DatabaseClient, name: string) => (client === 'mysql' ? `\`${name}\`` : `"${name}"`);

/**
 * One `INSERT … VALUES (…), (…)` statement. Built here rather than by knex's insert(), which on
 * SQLite emits `INSERT … SELECT … UNION ALL SELECT …` (at most 500 rows, and slower to parse).
 * Values are always bound; knex converts Dates and booleans for the driver.
 */
export const insertStatement = (client: DatabaseClient, table: string, rows: readonly Row[]): { sql: string; bindings: unknown[] } => {
  const columns = Object.keys(rows[0]);
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const bindings: unknown[] = [];
  for (const row of rows) for (const column of columns) bindings.push(row[column]);
  const sql = `INSERT INTO ${quoteIdentifier(client, table)} (${columns.map((column) => quoteIdentifier(client, column)).join(', ')}) VALUES ${rows.map(() => tuple).join(', ')}`;
  return { sql, bindings };
};

/** The driver's reason without the statement (which knex puts in front of it, and which is huge). */
const reasonOf = (error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 500 ? message.slice(message.lastIndexOf(' - ') + 3).slice(0, 500) : message;
};

/** Column → PostgreSQL type name (`int4`, `varchar`, `jsonb`, …) of each table, for the array casts. */
export type ColumnTypes = Map<string, Map<string, string>>;

export const readColumnTypes = async (knex: Knex): Promise<ColumnTypes> => {
  const types: ColumnTypes = new Map();
  if (clientOf(knex) !== 'postgres') return types;
  const result = (await knex.raw('SELECT table_name, column_name, udt_name FROM information_schema.columns WHERE table_schema = current_schema()')) as {
    rows: { table_name: string; column_name: string; udt_name: string }[];
  };
  for (const row of result.rows) {
    if (!types.has(row.table_name)) types.set(row.table_name, new Map());
    types.get(row.table_name)!.set(row.column_name, row.udt_name);
  }
  return types;
};

/**
 * PostgreSQL: `INSERT … SELECT * FROM unnest($1::type[], $2::type[], …)` — one array parameter per
 * column whatever the number of rows. Thousands of rows in a VALUES list cost PostgreSQL more to
 * parse and bind than to insert; arrays do not (COPY would be faster still, but needs a driver
 * add-on this app does not have).
 */
export const unnestStatement = (table: string, rows: readonly Row[], types: ReadonlyMap<string, string>): { sql: string; bindings: unknown[] } => {
  const columns = Object.keys(rows[0]);
  const arrays = columns.map((column) => {
    const type = types.get(column);
    if (!type) throw new Error(`Bulk insert into ${table}: unknown column ${column}`);
    return `?::${type}[]`;
  });
  const bindings = columns.map((column) => rows.map((row) => row[column]));
  const quoted = columns.map((column) => quoteIdentifier('postgres', column)).join(', ');
  return { sql: `INSERT INTO ${quoteIdentifier('postgres', table)} (${quoted}) SELECT * FROM unnest(${arrays.join(', ')})`, bindings };
};

const ROWS_PER_UNNEST = 5_000;

/** Inserts every table's rows in the map's order (parents before the rows that refer to them). */
export const writeRows = async (knex: Knex, rows: TableRows, columnTypes: ColumnTypes, settings: readonly string[] = []): Promise<void> => {
  const client = clientOf(knex);
  await knex.transaction(async (trx) => {
    for (const setting of settings) await trx.raw(setting);
    for (const [table, list] of rows) {
      if (list.length === 0) continue;
      const chunk = client === 'postgres' ? ROWS_PER_UNNEST : Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(list[0]).length));
      for (let start = 0; start < list.length; start += chunk) {
        const part = list.slice(start, start + chunk);
        const { sql, bindings } = client === 'postgres' ? unnestStatement(table, part, columnTypes.get(table) ?? new Map()) : insertStatement(client, table, part);
        try {
          await trx.raw(sql, bindings as never);
        } catch (error) {
          throw new Error(`Bulk insert into ${table} failed: ${reasonOf(error)}`);
        }
      }
    }
  });
};

/** The largest id of each table (0 when empty), so allocated ids continue after existing rows. */
export const readMaxIds = async (knex: Knex, tables: readonly string[]): Promise<Map<string, number>> => {
  const maxIds = new Map<string, number>();
  for (const table of tables) {
    const row = (await knex(table).max({ max: 'id' }).first()) as { max: number | string | null } | undefined;
    maxIds.set(table, Number(row?.max ?? 0));
  }
  return maxIds;
};

/**
 * PostgreSQL sequences do not move when ids are given explicitly: set them past the loaded ids so
 * the next Document Service insert does not collide. (MySQL's AUTO_INCREMENT and SQLite's
 * sqlite_sequence follow explicit ids by themselves.)
 */
export const advanceSequences = async (knex: Knex, tables: readonly string[]): Promise<void> => {
  if (clientOf(knex) !== 'postgres') return;
  for (const table of tables) {
    await knex.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), GREATEST((SELECT COALESCE(MAX(id), 0) FROM ??), 1), (SELECT COUNT(*) > 0 FROM ??))`, [
      table,
      table,
      table,
    ]);
  }
};
