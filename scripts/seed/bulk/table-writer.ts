/**
 * Writes buffered rows, each batch in one transaction: with COPY on PostgreSQL, with multi-row
 * INSERTs on SQLite and MySQL (statements under their bound-parameter limits: SQLite 32,766,
 * MySQL 65,535).
 */
import type { Core } from '@strapi/strapi';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { CopyBatch } from './copy-text';
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

const quoteIdentifier = (client: DatabaseClient, name: string) =>
  client === 'mysql' ? `\`${name}\`` : `"${name}"`;

/**
 * One `INSERT … VALUES (…), (…)` statement. Built here rather than by knex's insert(), which on
 * SQLite emits `INSERT … SELECT … UNION ALL SELECT …` (at most 500 rows, and slower to parse).
 * Values are always bound; knex converts Dates and booleans for the driver.
 */
export const insertStatement = (
  client: DatabaseClient,
  table: string,
  rows: readonly Row[],
): { sql: string; bindings: unknown[] } => {
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
  return message.length > 500
    ? message.slice(message.lastIndexOf(' - ') + 3).slice(0, 500)
    : message;
};

/** SQLite and MySQL: inserts every table's rows in the map's order (parents before the rows that refer to them). */
export const insertRows = async (knex: Knex, rows: TableRows): Promise<void> => {
  const client = clientOf(knex);
  await knex.transaction(async (trx) => {
    for (const [table, list] of rows) {
      if (list.length === 0) continue;
      const chunk = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(list[0]).length));
      for (let start = 0; start < list.length; start += chunk) {
        const { sql, bindings } = insertStatement(client, table, list.slice(start, start + chunk));
        try {
          await trx.raw(sql, bindings as never);
        } catch (error) {
          throw new Error(`Bulk insert into ${table} failed: ${reasonOf(error)}`);
        }
      }
    }
  });
};

/** One table's text through `COPY … FROM STDIN` on `connection`; resolves once PostgreSQL has it all. */
const copyTable = (
  connection: PoolClient,
  table: string,
  columns: readonly string[],
  chunks: readonly Buffer[],
): Promise<void> => {
  const quoted = columns.map((column) => quoteIdentifier('postgres', column)).join(', ');
  const stream = connection.query(
    copyFrom(`COPY ${quoteIdentifier('postgres', table)} (${quoted}) FROM STDIN`),
  );
  return new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
    for (const chunk of chunks) stream.write(chunk);
    stream.end();
  });
};

/**
 * PostgreSQL: the batch in one transaction on a connection of knex's pool, each table's rows sent
 * with `COPY … FROM STDIN` (text format). COPY skips the parse, bind and per-statement planning of
 * INSERTs, and the rows cost the client only their text. The transaction opens with its settings
 * in one round trip; each COPY then needs two (the generator yields often enough to serve them).
 */
export const copyRows = async (
  knex: Knex,
  batch: CopyBatch,
  settings: readonly string[] = [],
): Promise<void> => {
  const connection = (await knex.client.acquireConnection()) as PoolClient;
  let current = '';
  try {
    await connection.query(['BEGIN', ...settings].join('; '));
    for (const { table, columns, chunks } of batch.tables()) {
      current = table;
      await copyTable(connection, table, columns, chunks);
    }
    current = '';
    await connection.query('COMMIT');
  } catch (error) {
    await connection.query('ROLLBACK').catch(() => undefined);
    throw new Error(`Bulk copy into ${current || 'the database'} failed: ${reasonOf(error)}`);
  } finally {
    await knex.client.releaseConnection(connection);
  }
};

/** The largest id of each table (0 when empty), so allocated ids continue after existing rows. */
export const readMaxIds = async (
  knex: Knex,
  tables: readonly string[],
): Promise<Map<string, number>> => {
  const maxIds = new Map<string, number>();
  for (const table of tables) {
    const row = (await knex(table).max({ max: 'id' }).first()) as
      { max: number | string | null } | undefined;
    maxIds.set(table, Number(row?.max ?? 0));
  }
  return maxIds;
};

/**
 * PostgreSQL sequences do not move when ids are given explicitly: set them past the loaded ids so
 * the next Document Service insert does not collide. (MySQL's AUTO_INCREMENT and SQLite's
 * sqlite_sequence follow explicit ids by themselves.) EXISTS, not COUNT(*): counting scanned each
 * table (0.66 s for the million interactions).
 */
export const advanceSequences = async (knex: Knex, tables: readonly string[]): Promise<void> => {
  if (clientOf(knex) !== 'postgres') return;
  for (const table of tables) {
    await knex.raw(
      `SELECT setval(pg_get_serial_sequence(?, 'id'), GREATEST((SELECT COALESCE(MAX(id), 0) FROM ??), 1), EXISTS (SELECT 1 FROM ??))`,
      [table, table, table],
    );
  }
};
