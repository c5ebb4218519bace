/**
 * The bench's own database, loaded once and reused: a SQLite file under .tmp/bench or a PostgreSQL
 * database `synergy_bench` (bench scale) / `synergy_bench_<scale>`. A marker in Strapi's core store
 * holds the fingerprint of the data set (scale, seed, now); a database whose marker differs, or that
 * has none (an interrupted load), is dropped and loaded again.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import knexFactory from 'knex';
import { appRoot } from '../tests/helpers/app-root';
import { loadBulk } from '../scripts/seed/bulk';
import { DEFAULT_NOW, DEFAULT_SEED } from '../scripts/seed/generate';
import type { Scale } from '../scripts/seed/scales';
import type { BenchDatabase } from './options';

const MARKER = { type: 'app', name: 'synergy-bench', key: 'dataset' } as const;
const MARKER_KEY = `${MARKER.type}_${MARKER.name}_${MARKER.key}`;

export interface DatasetMarker {
  fingerprint: string;
  scale: Scale;
  seed: number;
  now: string;
  loadedAt: string;
  /** The bulk loader's report of the load that filled this database. */
  load: { records: number; rows: number; milliseconds: number; rowsPerSecond: number };
  /** Planner statistics gathered after the load (see `ensureStatistics`). */
  analyzedAt?: string;
}

export interface BenchDatabaseHandle {
  client: BenchDatabase;
  name: string;
  env: Record<string, string>;
}

const pgServer = () => ({
  host: process.env.DATABASE_HOST ?? '127.0.0.1',
  port: Number(process.env.DATABASE_PORT ?? 5432),
  user: process.env.DATABASE_USERNAME ?? 'postgres',
  password: process.env.DATABASE_PASSWORD ?? '',
});

export const datasetFingerprint = (scale: Scale, seed = DEFAULT_SEED, now = DEFAULT_NOW) =>
  createHash('sha256')
    .update(JSON.stringify({ scale, seed, now: new Date(now).toISOString() }))
    .digest('hex')
    .slice(0, 16);

/** `SYNERGY_BENCH_DATABASE` names the bench's databases, so that two checkouts keep their own. */
const BENCH_DATABASE_PREFIX = process.env.SYNERGY_BENCH_DATABASE ?? 'synergy_bench';

export const benchDatabase = (client: BenchDatabase, scale: Scale): BenchDatabaseHandle => {
  if (client === 'sqlite') {
    const filename = path.join(
      appRoot(),
      '.tmp',
      'bench',
      `${process.env.SYNERGY_BENCH_DATABASE ?? 'synergy'}-${scale}.db`,
    );
    return {
      client,
      name: filename,
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
    };
  }
  const name = scale === 'bench' ? BENCH_DATABASE_PREFIX : `${BENCH_DATABASE_PREFIX}_${scale}`;
  const { host, port, user, password } = pgServer();
  return {
    client,
    name,
    env: {
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: host,
      DATABASE_PORT: String(port),
      DATABASE_NAME: name,
      DATABASE_USERNAME: user,
      DATABASE_PASSWORD: password,
    },
  };
};

/** The marker stored in the database, read without booting Strapi; null when absent or unreadable. */
const readMarker = async (database: BenchDatabaseHandle): Promise<DatasetMarker | null> => {
  if (database.client === 'sqlite' && !fs.existsSync(database.name)) return null;
  const knex =
    database.client === 'sqlite'
      ? knexFactory({
          client: 'better-sqlite3',
          connection: { filename: database.name },
          useNullAsDefault: true,
        })
      : knexFactory({ client: 'pg', connection: { ...pgServer(), database: database.name } });
  try {
    const row = await knex('strapi_core_store_settings').where({ key: MARKER_KEY }).first('value');
    return row ? (JSON.parse(String(row.value)) as DatasetMarker) : null;
  } catch {
    return null;
  } finally {
    await knex.destroy();
  }
};

const recreate = async (database: BenchDatabaseHandle) => {
  if (database.client === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm', '-journal'])
      fs.rmSync(database.name + suffix, { force: true });
    fs.mkdirSync(path.dirname(database.name), { recursive: true });
    return;
  }
  const { Client } = await import('pg');
  const admin = new Client({
    ...pgServer(),
    database: process.env.DATABASE_ADMIN_DB ?? 'postgres',
  });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database.name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database.name}"`);
  } finally {
    await admin.end();
  }
};

/**
 * Makes sure the database holds the data set of `fingerprint`: returns its marker if it does,
 * otherwise empties the database and returns null (the caller boots Strapi and calls `loadDataset`).
 */
export const prepareDatabase = async (
  database: BenchDatabaseHandle,
  fingerprint: string,
): Promise<DatasetMarker | null> => {
  const marker = await readMarker(database);
  if (marker?.fingerprint === fingerprint) return marker;
  await recreate(database);
  return null;
};

/** Loads the data set through the bulk loader and stores its marker (last, so an interrupted load has none). */
export const loadDataset = async (
  strapi: Core.Strapi,
  { scale, seed = DEFAULT_SEED, now = DEFAULT_NOW }: { scale: Scale; seed?: number; now?: string },
  log: (message: string) => void,
): Promise<DatasetMarker> => {
  log(`Loading the ${scale} data set (seed ${seed}) with the bulk loader…`);
  let lastLog = Date.now();
  const report = await loadBulk(strapi, {
    scale,
    seed,
    now,
    onProgress: (progress) => {
      if (progress.done || Date.now() - lastLog > 10_000) {
        lastLog = Date.now();
        log(
          `  ${progress.uid}: ${progress.records}/${progress.total}${progress.done ? ' done' : ''}`,
        );
      }
    },
  });
  const marker: DatasetMarker = {
    fingerprint: datasetFingerprint(scale, seed, now),
    scale,
    seed,
    now: new Date(now).toISOString(),
    loadedAt: new Date().toISOString(),
    load: {
      records: report.records,
      rows: report.rows,
      milliseconds: report.milliseconds,
      rowsPerSecond: report.rowsPerSecond,
    },
  };
  await strapi.store.set({ ...MARKER, value: marker });
  log(
    `Loaded ${report.records} records (${report.rows} rows) in ${(report.milliseconds / 1000).toFixed(1)} s, ${Math.round(report.rowsPerSecond)} rows/s.`,
  );
  return marker;
};

/**
 * Gathers the planner's statistics once after the load. Rows written in bulk leave PostgreSQL
 * with the statistics of empty tables until autovacuum catches up: it then joins 200,000 feedback
 * to their customers by nested loops, and the overview took minutes instead of a second.
 */
export const ensureStatistics = async (
  strapi: Core.Strapi,
  marker: DatasetMarker,
  log: (message: string) => void,
): Promise<DatasetMarker> => {
  if (marker.analyzedAt) return marker;
  const started = Date.now();
  await strapi.db.connection.raw('ANALYZE');
  const analyzed = { ...marker, analyzedAt: new Date().toISOString() };
  await strapi.store.set({ ...MARKER, value: analyzed });
  log(`Planner statistics gathered (ANALYZE) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return analyzed;
};
