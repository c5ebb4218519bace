import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { appRoot } from './app-root';

export type DatabaseClient = 'sqlite' | 'postgres' | 'mysql';

export interface ThrowawayDatabase {
  client: DatabaseClient;
  /** Environment for Strapi's config/database.ts. */
  env: Record<string, string>;
  drop: () => Promise<void>;
}

/**
 * A database the app has already booted on once (its tables, roles, permissions and views in
 * place), which test files' databases are copied from: a copy boots in about 3 s, where Strapi's
 * first boot on an empty database takes 6–9 s. Made by the Jest global setup
 * (`database-template.ts`) and handed to the workers through the environment.
 */
export interface DatabaseTemplate {
  client: DatabaseClient;
  /** The template database (postgres, mysql) or file (sqlite). */
  name: string;
  /** mysql: the template's dump, replayed into each copy (MariaDB has no CREATE DATABASE … TEMPLATE). */
  dumpFile?: string;
}

const TEMPLATE_ENV = 'SYNERGY_TEST_DATABASE_TEMPLATE';

export const publishTemplate = (template: DatabaseTemplate) => {
  process.env[TEMPLATE_ENV] = JSON.stringify(template);
};

export const publishedTemplate = (): DatabaseTemplate | undefined => {
  const value = process.env[TEMPLATE_ENV];
  return value ? (JSON.parse(value) as DatabaseTemplate) : undefined;
};

const ROOT = appRoot();

export const clientFromEnv = (): DatabaseClient => {
  const client = process.env.DATABASE_CLIENT ?? 'sqlite';
  if (client !== 'sqlite' && client !== 'postgres' && client !== 'mysql') {
    throw new Error(`DATABASE_CLIENT must be sqlite, postgres or mysql, not ${client}`);
  }
  return client;
};

/** Where the database server is, from DATABASE_HOST/PORT/USERNAME/PASSWORD or the local defaults. */
export const databaseServer = (client: DatabaseClient) => ({
  host: process.env.DATABASE_HOST ?? '127.0.0.1',
  port: Number(process.env.DATABASE_PORT ?? (client === 'postgres' ? 5432 : 3306)),
  user: process.env.DATABASE_USERNAME ?? (client === 'postgres' ? 'postgres' : 'root'),
  password: process.env.DATABASE_PASSWORD ?? '',
});

/** Runs statements on the server outside any app database (create, drop, copy). */
const onServer = async (
  client: 'postgres' | 'mysql',
  statements: (run: (sql: string) => Promise<unknown>) => Promise<void>,
) => {
  const { host, port, user, password } = databaseServer(client);
  if (client === 'postgres') {
    const { Client } = await import('pg');
    const admin = new Client({
      host,
      port,
      user,
      password,
      database: process.env.DATABASE_ADMIN_DB ?? 'postgres',
    });
    await admin.connect();
    try {
      await statements((sql) => admin.query(sql));
    } finally {
      await admin.end();
    }
    return;
  }
  const mysql = await import('mysql2/promise');
  const admin = await mysql.createConnection({
    host,
    port,
    user,
    password,
    multipleStatements: true,
  });
  try {
    await statements((sql) => admin.query(sql));
  } finally {
    await admin.end();
  }
};

const sqliteFile = (name: string) => path.join(ROOT, '.tmp', 'tests', `${name}.db`);
const SQLITE_SUFFIXES = ['', '-wal', '-shm', '-journal'];

export const databaseEnv = (client: DatabaseClient, name: string): Record<string, string> => {
  if (client === 'sqlite')
    return { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: sqliteFile(name) };
  const { host, port, user, password } = databaseServer(client);
  return {
    DATABASE_CLIENT: client,
    DATABASE_HOST: host,
    DATABASE_PORT: String(port),
    DATABASE_NAME: name,
    DATABASE_USERNAME: user,
    DATABASE_PASSWORD: password,
  };
};

/** Creates database `name`: empty, or a copy of `template` when one is given. */
export const createDatabase = async (
  client: DatabaseClient,
  name: string,
  template?: DatabaseTemplate,
) => {
  if (client === 'sqlite') {
    fs.mkdirSync(path.dirname(sqliteFile(name)), { recursive: true });
    if (template) fs.copyFileSync(sqliteFile(template.name), sqliteFile(name));
    return;
  }
  if (client === 'postgres') {
    await onServer('postgres', async (run) => {
      await run(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template.name}"` : ''}`);
    });
    return;
  }
  await onServer('mysql', async (run) => {
    await run(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    if (template?.dumpFile)
      await run(`USE \`${name}\`;\n${fs.readFileSync(template.dumpFile, 'utf8')}`);
  });
};

export const dropDatabase = async (client: DatabaseClient, name: string) => {
  if (client === 'sqlite') {
    for (const suffix of SQLITE_SUFFIXES) fs.rmSync(sqliteFile(name) + suffix, { force: true });
    return;
  }
  await onServer(client, async (run) => {
    await run(
      client === 'postgres'
        ? `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`
        : `DROP DATABASE IF EXISTS \`${name}\``,
    );
  });
};

/** mysql: the database's schema and rows as SQL, written by the server's own dump tool. */
export const dumpMysqlDatabase = (name: string, file: string) => {
  const { host, port, user, password } = databaseServer('mysql');
  const args = [
    `--host=${host}`,
    `--port=${port}`,
    `--user=${user}`,
    '--skip-comments',
    '--no-tablespaces',
    name,
  ];
  const env = { ...process.env, MYSQL_PWD: password };
  for (const tool of ['mariadb-dump', 'mysqldump']) {
    try {
      fs.writeFileSync(file, execFileSync(tool, args, { env, maxBuffer: 256 * 1024 * 1024 }));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return false;
};

export const dropDatabaseTemplate = async (template: DatabaseTemplate) => {
  if (template.dumpFile)
    fs.rmSync(path.dirname(template.dumpFile), { recursive: true, force: true });
  else await dropDatabase(template.client, template.name);
};

export const uniqueDatabaseName = (prefix: string) =>
  `${prefix}_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;

/**
 * A new database for one test file: a SQLite file, or a database created on the server. It is a
 * copy of the run's template when the global setup made one for this client (booted once, so
 * the file's boot skips Strapi's first-boot work), and empty otherwise or when `empty` is asked.
 * Its name starts with `prefix` (`synergy_test` unless told otherwise).
 */
export const createThrowawayDatabase = async ({
  prefix = 'synergy_test',
  empty = false,
}: { prefix?: string; empty?: boolean } = {}): Promise<ThrowawayDatabase> => {
  const client = clientFromEnv();
  const name = uniqueDatabaseName(prefix);
  const template = publishedTemplate();
  await createDatabase(client, name, !empty && template?.client === client ? template : undefined);
  return { client, env: databaseEnv(client, name), drop: () => dropDatabase(client, name) };
};
