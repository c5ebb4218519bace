import crypto from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { launchStrapi, type StrapiProcess } from '../browser/app-server';
import { QUIET_APP_ENV, freshSecrets } from '../helpers/app-environment';
import { bearer } from '../helpers/auth';
import { createThrowawayDatabase } from '../helpers/database';

/**
 * Several `strapi start` processes of the compiled app on one throwaway PostgreSQL database, as
 * they run behind a load balancer: same secrets, same configuration, different ports.
 */

/** The ports given to the scale-out tests. */
export const PORTS = [1460, 1461] as const;

export interface Instance {
  name: string;
  url: string;
  /** supertest bound to this instance's URL. */
  http: () => ReturnType<typeof request>;
  start: () => Promise<void>;
  /** SIGTERM, as an orchestrator stops an instance; resolves once the process has exited. */
  stop: () => Promise<void>;
}

export interface Cluster {
  instances: Instance[];
  /** Runs SQL on the shared database, from outside the app. */
  query: <Row extends Record<string, unknown>>(sql: string, values?: unknown[]) => Promise<Row[]>;
  /** Stops every instance and drops the database. */
  teardown: () => Promise<void>;
}

export const createCluster = async (): Promise<Cluster> => {
  if (process.env.DATABASE_CLIENT !== 'postgres')
    throw new Error('The scale-out tests run on PostgreSQL: DATABASE_CLIENT=postgres');
  const database = await createThrowawayDatabase({ prefix: 'synergy_scale' });
  // One configuration for all: what a deployment shares between its instances.
  const shared: NodeJS.ProcessEnv = {
    ...process.env,
    ...freshSecrets(),
    ...database.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    // As behind a load balancer.
    SERVER_PROXY: 'true',
    SYNERGY_API_TOKEN_CLEARANCE: 'secret',
    ...QUIET_APP_ENV,
  };

  const instances = PORTS.map((port, index): Instance => {
    const url = `http://127.0.0.1:${port}`;
    let running: StrapiProcess | null = null;
    return {
      name: String.fromCharCode(65 + index),
      url,
      http: () => request(url),
      start: async () => {
        running = await launchStrapi({ ...shared, PORT: String(port), PUBLIC_URL: url }, port);
      },
      stop: async () => {
        await running?.stop();
        running = null;
      },
    };
  });

  const sql = new Client({
    host: database.env.DATABASE_HOST,
    port: Number(database.env.DATABASE_PORT),
    user: database.env.DATABASE_USERNAME,
    password: database.env.DATABASE_PASSWORD,
    database: database.env.DATABASE_NAME,
  });
  await sql.connect();

  return {
    instances,
    query: async <Row extends Record<string, unknown>>(text: string, values: unknown[] = []) =>
      (await sql.query<Row>(text, values)).rows,
    teardown: async () => {
      await Promise.all(instances.map((instance) => instance.stop()));
      await sql.end();
      await database.drop();
    },
  };
};

const password = () => `Aa1!${crypto.randomBytes(12).toString('hex')}`;

export interface AdminLogin {
  id: number;
  token: string;
}

/** Registers the first Super Admin, as a person does on a new deployment. */
export const registerFirstAdmin = async (instance: Instance): Promise<AdminLogin> => {
  const res = await instance.http().post('/admin/register-admin').send({
    email: 'owner@scale.test',
    password: password(),
    firstname: 'Owner',
    lastname: 'Scale',
  });
  if (res.status !== 200)
    throw new Error(`register-admin: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.data.user.id, token: res.body.data.token };
};

/** Invites an admin user with the named role through one instance and accepts the invitation. */
export const inviteAdmin = async (
  instance: Instance,
  superAdmin: AdminLogin,
  roleName: string,
): Promise<AdminLogin> => {
  const roles = await instance.http().get('/admin/roles').set(bearer(superAdmin.token));
  const role = (roles.body.data as Array<{ id: number; name: string }>).find(
    (candidate) => candidate.name === roleName,
  );
  if (!role) throw new Error(`no admin role ${roleName}`);
  const suffix = crypto.randomBytes(3).toString('hex');
  const invited = await instance
    .http()
    .post('/admin/users')
    .set(bearer(superAdmin.token))
    .send({
      email: `${roleName.replace(/\W+/g, '-').toLowerCase()}-${suffix}@scale.test`,
      firstname: roleName,
      lastname: suffix,
      roles: [role.id],
    });
  if (invited.status !== 201)
    throw new Error(`invite ${roleName}: ${invited.status} ${JSON.stringify(invited.body)}`);
  const registered = await instance
    .http()
    .post('/admin/register')
    .send({
      registrationToken: invited.body.data.registrationToken,
      userInfo: { firstname: roleName, lastname: suffix, password: password() },
    });
  if (registered.status !== 200)
    throw new Error(
      `register ${roleName}: ${registered.status} ${JSON.stringify(registered.body)}`,
    );
  return { id: registered.body.data.user.id, token: registered.body.data.token };
};

/** A full-access API token created through the admin API of one instance. */
export const createFullAccessToken = async (
  instance: Instance,
  superAdmin: AdminLogin,
): Promise<string> => {
  const res = await instance
    .http()
    .post('/admin/api-tokens')
    .set(bearer(superAdmin.token))
    .send({
      name: `scale-${crypto.randomBytes(3).toString('hex')}`,
      type: 'full-access',
      lifespan: null,
    });
  if (res.status !== 201) throw new Error(`api token: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.accessKey;
};
