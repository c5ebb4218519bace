/**
 * PostgreSQL settings for the duration of a bulk load, measured to be where its time goes (see
 * docs/PERFORMANCE.md, "Bulk loading"): every row inserted into an indexed table updates each index
 * one entry at a time, and every link row fires two foreign-key triggers that look up and lock
 * the rows it points at. The loader writes ids it allocated itself, so the keys are right by
 * construction; it therefore
 * - drops the secondary indexes of the tables it writes (not primary keys nor unique constraints)
 *   and recreates them, from their own definitions, once the rows are in — a sorted build instead
 *   of millions of single inserts, two at a time; Strapi finds the same indexes at its next start;
 * - skips the foreign-key triggers (`session_replication_role = replica`) when the role may,
 *   i.e. is a superuser; otherwise they run as usual.
 */
import { clientOf, type Knex } from './table-writer';

interface IndexDefinition {
  indexname: string;
  indexdef: string;
}

export interface PostgresLoadMode {
  /** Statements to run at the start of every batch transaction. */
  transactionSettings: string[];
  /** Recreates what was dropped; safe to call more than once. */
  restore: () => Promise<void>;
  droppedIndexes: number;
}

const PARALLEL_INDEX_BUILDS = 2;
const INDEX_BUILD_MEMORY = '256MB';

const NOTHING: PostgresLoadMode = {
  transactionSettings: [],
  restore: async () => undefined,
  droppedIndexes: 0,
};

const mayReplicate = async (knex: Knex): Promise<boolean> => {
  const result = (await knex.raw('SELECT rolsuper FROM pg_roles WHERE rolname = current_user')) as {
    rows: { rolsuper: boolean }[];
  };
  return result.rows[0]?.rolsuper === true;
};

/** Secondary indexes of `tables`: those that back no constraint (primary key, unique, exclusion). */
const secondaryIndexes = async (
  knex: Knex,
  tables: readonly string[],
): Promise<IndexDefinition[]> => {
  const result = (await knex.raw(
    `SELECT indexname, indexdef FROM pg_indexes
      WHERE schemaname = current_schema() AND tablename = ANY(?)
        AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE connamespace = current_schema()::regnamespace)
      ORDER BY tablename, indexname`,
    [tables as string[]],
  )) as { rows: IndexDefinition[] };
  return result.rows;
};

export const enterPostgresLoadMode = async (
  knex: Knex,
  tables: readonly string[],
): Promise<PostgresLoadMode> => {
  if (clientOf(knex) !== 'postgres') return NOTHING;
  const transactionSettings = ['SET LOCAL synchronous_commit = off'];
  if (await mayReplicate(knex))
    transactionSettings.push('SET LOCAL session_replication_role = replica');

  const indexes = await secondaryIndexes(knex, tables);
  for (const index of indexes) await knex.raw('DROP INDEX IF EXISTS ??', [index.indexname]);
  let restored = false;
  return {
    transactionSettings,
    droppedIndexes: indexes.length,
    restore: async () => {
      if (restored) return;
      restored = true;
      const pending = indexes.map((index) =>
        index.indexdef.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS '),
      );
      // Two builds at a time (one per core here), each with room to sort in memory.
      const builder = async () => {
        for (let statement = pending.shift(); statement; statement = pending.shift()) {
          await knex.transaction(async (trx) => {
            await trx.raw(`SET LOCAL maintenance_work_mem = '${INDEX_BUILD_MEMORY}'`);
            await trx.raw(statement);
          });
        }
      };
      const results = await Promise.allSettled(
        Array.from({ length: PARALLEL_INDEX_BUILDS }, builder),
      );
      const failure = results.find(
        (result): result is PromiseRejectedResult => result.status === 'rejected',
      );
      if (failure) throw failure.reason;
    },
  };
};
