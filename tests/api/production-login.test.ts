import crypto from 'node:crypto';
import { QUIET_APP_ENV, freshSecrets } from '../helpers/app-environment';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../helpers/database';
import { BOOT_TIMEOUT_MS, bootStrapi } from '../helpers/strapi';
import { freePort, launchStrapi, type StrapiProcess } from '../browser/app-server';

/**
 * Users & Permissions login on a production start (`strapi start`, NODE_ENV=production) of the
 * compiled app, as deployed: on plain HTTP and behind a TLS proxy (SERVER_PROXY=true). Ports 1360–1369.
 */

const PORTS: [number, number] = [1360, 1369];
const email = `prod-${crypto.randomBytes(4).toString('hex')}@test.local`;
const password = `Pw-${crypto.randomBytes(9).toString('base64url')}1a`;

let database: ThrowawayDatabase;
let server: StrapiProcess | undefined;

/** `strapi start` in production mode on the test database, with the given settings. */
const startProduction = async (env: Record<string, string>) => {
  const port = await freePort(PORTS);
  server = await launchStrapi(
    {
      ...process.env,
      ...freshSecrets(),
      ...QUIET_APP_ENV,
      ...database.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      SERVER_PROXY: 'false',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
    port,
  );
  return server.url;
};

const stopServer = async () => {
  await server?.stop();
  server = undefined;
};

const login = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/auth/local`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ identifier: email, password }),
  });

const refreshCookie = (response: Response) =>
  response.headers.getSetCookie().find((cookie) => cookie.startsWith('strapi_up_refresh='));

beforeAll(async () => {
  database = await createThrowawayDatabase();
  // The schema and a confirmed API user, written by an in-process boot before the production start.
  const strapi = await bootStrapi(database.env);
  try {
    const role = await strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'authenticated' } });
    // Through the query engine: the document service would emit an event after this boot is gone.
    await strapi.db.query('plugin::users-permissions.user').create({
      data: {
        username: email.split('@')[0],
        email,
        password: await strapi.service('admin::auth').hashPassword(password),
        provider: 'local',
        confirmed: true,
        blocked: false,
        role: role.id,
      },
    });
  } finally {
    await strapi.destroy();
  }
}, BOOT_TIMEOUT_MS);

afterEach(stopServer);

afterAll(async () => {
  await stopServer();
  await database?.drop();
});

it(
  'logs in over plain HTTP with an http:// public URL: 200, a JWT, the refresh cookie not Secure',
  async () => {
    const url = await startProduction({});

    const response = await login(url);
    const body = await response.json();

    expect({ status: response.status, error: body.error }).toEqual({
      status: 200,
      error: undefined,
    });
    expect(body.user.email).toBe(email);
    const cookie = refreshCookie(response);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).not.toMatch(/;\s*secure/i);
    const me = await fetch(`${url}/api/users/me`, {
      headers: { Authorization: `Bearer ${body.jwt}` },
    });
    expect(me.status).toBe(200);
    expect((await me.json()).email).toBe(email);
  },
  BOOT_TIMEOUT_MS,
);

it(
  'behind a TLS proxy (SERVER_PROXY=true, https:// public URL) sets a Secure refresh cookie; a plain-HTTP request still logs in, without the cookie',
  async () => {
    const url = await startProduction({
      SERVER_PROXY: 'true',
      PUBLIC_URL: 'https://crm.example.test',
    });

    const proxied = await login(url, {
      'X-Forwarded-Proto': 'https',
      'X-Forwarded-For': '203.0.113.7',
    });
    const proxiedBody = await proxied.json();
    expect({ status: proxied.status, error: proxiedBody.error }).toEqual({
      status: 200,
      error: undefined,
    });
    expect(typeof proxiedBody.jwt).toBe('string');
    expect(refreshCookie(proxied)).toMatch(/;\s*secure/i);

    // Past the proxy (a misconfiguration): never a 500, the JWT without the secure cookie.
    const direct = await login(url);
    const directBody = await direct.json();
    expect({ status: direct.status, error: directBody.error }).toEqual({
      status: 200,
      error: undefined,
    });
    expect(typeof directBody.jwt).toBe('string');
    expect(refreshCookie(direct)).toBeUndefined();
  },
  BOOT_TIMEOUT_MS,
);

it(
  'with the refresh cookie off (UP_REFRESH_COOKIE=false) answers the refresh token in the body',
  async () => {
    const url = await startProduction({
      UP_REFRESH_COOKIE: 'false',
      PUBLIC_URL: 'https://crm.example.test',
    });

    const response = await login(url);
    const body = await response.json();

    expect({ status: response.status, error: body.error }).toEqual({
      status: 200,
      error: undefined,
    });
    expect(typeof body.jwt).toBe('string');
    expect(typeof body.refreshToken).toBe('string');
    expect(refreshCookie(response)).toBeUndefined();

    // A server-side integration refreshes with the token from the body, its Bearer header still sent.
    const refreshed = await fetch(`${url}/api/auth/refresh`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${body.jwt}` },
      body: JSON.stringify({ refreshToken: body.refreshToken }),
    });
    const renewed = await refreshed.json();
    expect({ status: refreshed.status, error: renewed.error }).toEqual({
      status: 200,
      error: undefined,
    });
    expect(typeof renewed.jwt).toBe('string');
    expect(renewed.refreshToken).not.toBe(body.refreshToken);
    const me = await fetch(`${url}/api/users/me`, {
      headers: { Authorization: `Bearer ${renewed.jwt}` },
    });
    expect(me.status).toBe(200);
  },
  BOOT_TIMEOUT_MS,
);
