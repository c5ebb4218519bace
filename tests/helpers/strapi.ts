import path from 'node:path';
import { appRoot } from './app-root';
import { createStrapi, type Core } from '@strapi/strapi';
import request from 'supertest';
import { QUIET_APP_ENV, freshSecrets } from './app-environment';
import { createThrowawayDatabase, type ThrowawayDatabase } from './database';

const ROOT = appRoot();

export interface TestApp {
  strapi: Core.Strapi;
  /** supertest bound to the app's HTTP server. */
  http: () => ReturnType<typeof request>;
  teardown: () => Promise<void>;
}

/** For a `beforeAll` that boots the app: on a shared, loaded machine booting can outlast Jest's default. */
export const BOOT_TIMEOUT_MS = 300_000;

/** Fresh secrets for every run: nothing fixed in the repository, no .env needed. */
const setTestEnvironment = (
  databaseEnv: Record<string, string>,
  extraEnv: Record<string, string>,
) => {
  Object.assign(process.env, {
    NODE_ENV: 'test',
    ...freshSecrets(),
    ...QUIET_APP_ENV,
    ...databaseEnv,
    ...extraEnv,
  });
};

/**
 * Boots the compiled app against the database `databaseEnv` describes and mounts its HTTP server
 * (not listening). `beforeLoad` sees the instance before plugins register (the bench uses it).
 */
export const bootStrapi = async (
  databaseEnv: Record<string, string>,
  extraEnv: Record<string, string> = {},
  beforeLoad: (app: Core.Strapi) => void = () => {},
): Promise<Core.Strapi> => {
  setTestEnvironment(databaseEnv, extraEnv);
  const app = createStrapi({
    appDir: ROOT,
    distDir: path.join(ROOT, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  });
  app.log.level = process.env.LOG_LEVEL ?? 'error';
  for (const transport of app.log.transports) transport.level = app.log.level;
  beforeLoad(app);
  const strapi = await app.load();
  await strapi.server.mount();
  return strapi;
};

/**
 * Boots the real app from dist/ against a throwaway database (SQLite by default; PostgreSQL or
 * MariaDB when DATABASE_CLIENT says so) and mounts its HTTP server for supertest.
 */
export const setupStrapi = async ({
  env = {},
}: { env?: Record<string, string> } = {}): Promise<TestApp> => {
  const database: ThrowawayDatabase = await createThrowawayDatabase();
  const strapi = await bootStrapi(database.env, env);

  return {
    strapi,
    http: () => request(strapi.server.httpServer),
    teardown: async () => {
      await strapi.destroy();
      await database.drop();
    },
  };
};
