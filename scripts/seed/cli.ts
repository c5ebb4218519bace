/**
 * `npm run seed [-- options]`: loads the demo data and demo users into the configured database
 * (skipped when customers exist), like the setup step of `npm run demo`.
 *
 *   --seed N        PRNG seed (default 20261101)
 *   --now DATE      the "today" the data is relative to (default 2026-11-01T00:00:00Z)
 *   --scale S       demo (default), small (~1 % of bench) or bench
 *   --stats         print the record counts and SHA-256 of the generated stream, without Strapi
 *   --bulk          write the scale straight into the tables (scripts/seed/bulk), into an empty
 *                   CRM; on SQLite into .tmp/bench.db unless DATABASE_FILENAME or --database says
 *   --database NAME the SQLite file, or the PostgreSQL/MariaDB database (else DATABASE_* as usual)
 *
 * Without --bulk only the demo scale is loaded (through the Document Service).
 */
import { fingerprintDataset } from './fingerprint';
import { describeOptions } from './generate';
import { parseSeedArguments, setupBulk, setupDemo, withStrapi } from './setup';

const BULK_SQLITE_FILE = '.tmp/bench.db';

/** Points config/database.ts at the database named on the command line (env set before boot wins). */
const selectDatabase = (database: string | undefined, bulk: boolean) => {
  const sqlite = (process.env.DATABASE_CLIENT ?? 'sqlite') === 'sqlite';
  if (sqlite && (database || (bulk && !process.env.DATABASE_FILENAME)))
    process.env.DATABASE_FILENAME = database ?? BULK_SQLITE_FILE;
  if (!sqlite && database) process.env.DATABASE_NAME = database;
};

const main = async () => {
  const { flags, database, ...options } = parseSeedArguments(process.argv.slice(2));
  if (flags.has('stats')) {
    const started = Date.now();
    const { sha256, counts } = fingerprintDataset(options);
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    console.log(
      JSON.stringify(
        { ...describeOptions(options), counts, total, sha256, milliseconds: Date.now() - started },
        null,
        2,
      ),
    );
    return;
  }
  selectDatabase(database, flags.has('bulk'));
  if (flags.has('bulk')) {
    await withStrapi((strapi) => setupBulk(strapi, options));
    return;
  }
  if ((options.scale ?? 'demo') !== 'demo') {
    throw new Error(
      'Only the demo scale is loaded through the Document Service; use --bulk (or --stats) for the others.',
    );
  }
  await withStrapi((strapi) => setupDemo(strapi, options));
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
