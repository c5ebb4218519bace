/**
 * The bench's stock Strapi reference: the CRM's customer list served by an app that create-strapi
 * could have written (bench/vanilla: its configuration, no plugin but Users & Permissions, nothing
 * in register or bootstrap), on its own database on the same server, holding the same customer rows.
 *
 * Its content type is not a copy kept in the repository: `writeVanillaSchemas` writes it at bench
 * time from the CRM's own schema (src/api/customer), with the components it uses and without the
 * relations whose targets a stock app does not have. `startVanillaServer` runs it in a child process
 * (one Strapi per process) and answers its port and a full-access API token.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fork } from 'node:child_process';
import net, { type AddressInfo } from 'node:net';
import { createStrapi, type Core } from '@strapi/strapi';
import knexFactory, { type Knex } from 'knex';
import { appRoot } from '../tests/helpers/app-root';
import { QUIET_APP_ENV, freshSecrets } from '../tests/helpers/app-environment';
import type { BenchDatabaseHandle } from './bench-database';

/** The content types the reference serves (as `src/api/<name>`). */
const VANILLA_TYPES = ['customer'];
const vanillaDir = () => path.join(appRoot(), 'bench', 'vanilla');
/** Set in the child process: the JSON of its `VanillaChildInput`. */
const VANILLA_CHILD_INPUT = 'SYNERGY_BENCH_VANILLA';

interface Attribute {
  type: string;
  target?: string;
  component?: string;
  components?: string[];
}

interface Schema {
  collectionName: string;
  info: { singularName?: string; pluralName?: string };
  attributes: Record<string, Attribute>;
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;
const writeFile = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};

/** Relations a stock app can keep: to its own admin users, or to a type it also serves. */
const keepsRelation = (attribute: Attribute) =>
  attribute.type !== 'relation' ||
  attribute.target === 'admin::user' ||
  VANILLA_TYPES.some((name) => attribute.target === `api::${name}.${name}`);

/**
 * Writes bench/vanilla/src/api/<type> (schema, core router, controller and service, as
 * create-strapi's generator does) and the components those schemas use, from the CRM's files.
 */
export const writeVanillaSchemas = (): string[] => {
  const root = appRoot();
  const target = vanillaDir();
  fs.rmSync(path.join(target, 'src', 'api'), { recursive: true, force: true });
  fs.rmSync(path.join(target, 'src', 'components'), { recursive: true, force: true });
  const components = new Set<string>();
  const collect = (attributes: Record<string, Attribute>) => {
    for (const attribute of Object.values(attributes)) {
      for (const component of [attribute.component, ...(attribute.components ?? [])]) {
        if (!component || components.has(component)) continue;
        components.add(component);
        const [category, name] = component.split('.');
        collect(
          readJson<Schema>(path.join(root, 'src', 'components', category, `${name}.json`))
            .attributes,
        );
      }
    }
  };
  const tables: string[] = [];
  for (const name of VANILLA_TYPES) {
    const schema = readJson<Schema>(
      path.join(root, 'src', 'api', name, 'content-types', name, 'schema.json'),
    );
    schema.attributes = Object.fromEntries(
      Object.entries(schema.attributes).filter(([, attribute]) => keepsRelation(attribute)),
    );
    collect(schema.attributes);
    tables.push(schema.collectionName);
    const api = path.join(target, 'src', 'api', name);
    writeFile(
      path.join(api, 'content-types', name, 'schema.json'),
      `${JSON.stringify(schema, null, 2)}\n`,
    );
    for (const [kind, factory] of [
      ['routes', 'createCoreRouter'],
      ['controllers', 'createCoreController'],
      ['services', 'createCoreService'],
    ])
      writeFile(
        path.join(api, kind, `${name}.js`),
        `'use strict';\n\nconst { factories } = require('@strapi/strapi');\n\nmodule.exports = factories.${factory}('api::${name}.${name}');\n`,
      );
  }
  for (const component of components) {
    const [category, name] = component.split('.');
    fs.mkdirSync(path.join(target, 'src', 'components', category), { recursive: true });
    fs.copyFileSync(
      path.join(root, 'src', 'components', category, `${name}.json`),
      path.join(target, 'src', 'components', category, `${name}.json`),
    );
  }
  fs.copyFileSync(path.join(root, 'favicon.png'), path.join(target, 'favicon.png'));
  fs.mkdirSync(path.join(target, 'public', 'uploads'), { recursive: true });
  return tables;
};

/** The reference's database beside the bench's: a SQLite file or a PostgreSQL database, made afresh. */
export const vanillaDatabase = (bench: BenchDatabaseHandle): BenchDatabaseHandle =>
  bench.client === 'sqlite'
    ? {
        ...bench,
        name: bench.name.replace(/\.db$/, '-vanilla.db'),
        env: { ...bench.env, DATABASE_FILENAME: bench.name.replace(/\.db$/, '-vanilla.db') },
      }
    : {
        ...bench,
        name: `${bench.name}_vanilla`,
        env: { ...bench.env, DATABASE_NAME: `${bench.name}_vanilla` },
      };

const knexOf = (database: BenchDatabaseHandle): Knex =>
  database.client === 'sqlite'
    ? knexFactory({
        client: 'better-sqlite3',
        connection: { filename: database.name },
        useNullAsDefault: true,
      })
    : knexFactory({
        client: 'pg',
        connection: {
          host: database.env.DATABASE_HOST,
          port: Number(database.env.DATABASE_PORT),
          user: database.env.DATABASE_USERNAME,
          password: database.env.DATABASE_PASSWORD,
          database: database.name,
        },
      });

const emptyDatabase = async (database: BenchDatabaseHandle) => {
  if (database.client === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm', '-journal'])
      fs.rmSync(database.name + suffix, { force: true });
    fs.mkdirSync(path.dirname(database.name), { recursive: true });
    return;
  }
  const admin = knexOf({ ...database, name: process.env.DATABASE_ADMIN_DB ?? 'postgres' });
  try {
    await admin.raw(`DROP DATABASE IF EXISTS "${database.name}" WITH (FORCE)`);
    await admin.raw(`CREATE DATABASE "${database.name}"`);
  } finally {
    await admin.destroy();
  }
};

/** Copies the rows of `tables` (the columns both sides have) from the bench's database into the reference's. */
const copyRows = async (strapi: Core.Strapi, source: BenchDatabaseHandle, tables: string[]) => {
  const from = knexOf(source);
  const to = strapi.db.connection as unknown as Knex;
  try {
    for (const table of tables) {
      const theirs = Object.keys(await from(table).columnInfo());
      const ours = new Set(Object.keys(await to(table).columnInfo()));
      const columns = theirs.filter((column) => ours.has(column));
      await to(table).del();
      // SQLite binds at most 32,766 values, and knex inserts there as a UNION of at most 500 rows.
      const batch = Math.min(500, Math.floor(30_000 / columns.length));
      for (let offset = 0; ; offset += batch) {
        const rows = await from(table).select(columns).orderBy('id').limit(batch).offset(offset);
        if (rows.length === 0) break;
        await to(table).insert(rows);
      }
    }
    if (source.client === 'postgres') {
      for (const table of tables)
        await to.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT MAX(id) FROM ??))`, [
          table,
          table,
        ]);
    }
    await to.raw('ANALYZE');
  } finally {
    await from.destroy();
  }
};

/** Whether `port` is free on the loopback (probed apart: Strapi's own server stops the app on EADDRINUSE). */
export const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

interface VanillaChildInput {
  bench: BenchDatabaseHandle;
  vanilla: BenchDatabaseHandle;
  tables: string[];
  ports: number[];
}

export interface VanillaServer {
  port: number;
  token: string;
  /** Rows copied per table. */
  rows: Record<string, number>;
  stop: () => Promise<void>;
}

/** Boots the reference in a child process on a fresh database holding the bench's rows. */
export const startVanillaServer = async (
  bench: BenchDatabaseHandle,
  ports: number[],
  log: (line: string) => void,
): Promise<VanillaServer> => {
  const tables = writeVanillaSchemas();
  const vanilla = vanillaDatabase(bench);
  await emptyDatabase(vanilla);
  log(`Stock Strapi reference on ${vanilla.name} (${tables.join(', ')} copied)…`);
  const input: VanillaChildInput = { bench, vanilla, tables, ports };
  const child = fork(__filename, [], {
    env: { ...process.env, [VANILLA_CHILD_INPUT]: JSON.stringify(input) },
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const ready = await Promise.race([
    new Promise<{ port: number; token: string; rows: Record<string, number> }>((resolve) =>
      child.once('message', (message) =>
        resolve(message as { port: number; token: string; rows: Record<string, number> }),
      ),
    ),
    exited.then((code) => {
      throw new Error(`The stock Strapi reference stopped before serving (exit ${code})`);
    }),
  ]);
  return {
    ...ready,
    stop: async () => {
      child.send('stop');
      await exited;
    },
  };
};

/** The child process: boot bench/vanilla, copy the rows, create a token, listen, wait for "stop". */
const runVanillaChild = async (input: VanillaChildInput) => {
  Object.assign(process.env, {
    NODE_ENV: 'test',
    ...freshSecrets(),
    ...QUIET_APP_ENV,
    ...input.vanilla.env,
  });
  const app = createStrapi({
    appDir: vanillaDir(),
    distDir: vanillaDir(),
    autoReload: false,
    serveAdminPanel: false,
  });
  app.log.level = 'error';
  for (const transport of app.log.transports) transport.level = 'error';
  const strapi = await app.load();
  await strapi.server.mount();
  await copyRows(strapi, input.bench, input.tables);
  const rows = Object.fromEntries(
    await Promise.all(
      input.tables.map(async (table) => {
        const [{ count }] = await (strapi.db.connection as unknown as Knex)(table).count({
          count: '*',
        });
        return [table, Number(count)] as const;
      }),
    ),
  );
  const { accessKey } = await strapi.service('admin::api-token').create({
    name: 'bench',
    type: 'full-access',
    lifespan: null,
    kind: 'content-api',
  });
  let port: number | undefined;
  for (const candidate of input.ports) {
    if (!(await isFree(candidate))) continue;
    await new Promise<void>((resolve) =>
      strapi.server.httpServer.listen(candidate, '127.0.0.1', resolve),
    );
    port = (strapi.server.httpServer.address() as AddressInfo).port;
    break;
  }
  if (port === undefined) throw new Error(`No free port among ${input.ports.join(', ')}`);
  process.send?.({ port, token: accessKey as string, rows });
  await new Promise<void>((resolve) => process.once('message', () => resolve()));
  await strapi.destroy();
};

if (process.env[VANILLA_CHILD_INPUT] && require.main === module) {
  runVanillaChild(JSON.parse(process.env[VANILLA_CHILD_INPUT]) as VanillaChildInput).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
