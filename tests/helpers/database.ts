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

const ROOT = appRoot();

const clientFromEnv = (): DatabaseClient => {
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

/**
 * A new, empty database for one test file: a SQLite file, or a database created on the server.
 * Its name starts with `prefix` (`synergy_test` unless told otherwise).
 */
export const createThrowawayDatabase = async ({ prefix = 'synergy_test' }: { prefix?: string } = {}): Promise<ThrowawayDatabase> => {
  const client = clientFromEnv();
  const name = `${prefix}_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;

  if (client === 'sqlite') {
    const filename = path.join(ROOT, '.tmp', 'tests', `${name}.db`);
    fs.mkdirSync(path.dirname(filename), { recursive: true });
    return {
      client,
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
      drop: async () => {
        for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(filename + suffix, { force: true });
      },
    };
  }

  const { host, port, user, password } = databaseServer(client);
  const env = {
    DATABASE_CLIENT: client,
    DATABASE_HOST: host,
    DATABASE_PORT: String(port),
    DATABASE_NAME: name,
    DATABASE_USERNAME: user,
    DATABASE_PASSWORD: password,
  };

  if (client === 'postgres') {
    const { Client } = await import('pg');
    const admin = new Client({ host, port, user, password, database: process.env.DATABASE_ADMIN_DB ?? 'postgres' });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    return {
      client,
      env,
      drop: async () => {
        const dropper = new Client({ host, port, user, password, database: process.env.DATABASE_ADMIN_DB ?? 'postgres' });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await dropper.end();
      },
    };
  }

  const mysql = await import('mysql2/promise');
  const connection = await mysql.createConnection({ host, port, user, password });
  await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await connection.end();
  return {
    client,
    env,
    drop: async () => {
      const dropper = await mysql.createConnection({ host, port, user, password });
      await dropper.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await dropper.end();
    },
  };
};
