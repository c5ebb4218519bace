import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import type { Knex } from 'knex';
import { appRoot } from '../helpers/app-root';
import { setupStrapi, type TestApp } from '../helpers/strapi';
import { bearer, createAdminSession, createApiToken, type AdminSession } from '../helpers/auth';

const AUDIT_UID = 'plugin::synergy.audit-entry';
const ROOT = appRoot();

let app: TestApp;
let token: string;
let superAdmin: AdminSession;
let securityOfficer: AdminSession;
let analyst: AdminSession;
let oldIds: number[];

const audit = () => app.strapi.plugin('synergy').service('audit');
const knex = () => app.strapi.db.connection as unknown as Knex;
const drain = () => audit().drain() as Promise<void>;

const oldEntry = (recordId: string, occurredAt: string) => ({
  occurredAt: new Date(occurredAt),
  actorType: 'system',
  actorId: null,
  actorName: null,
  action: 'create',
  contentType: 'api::customer.customer',
  recordId,
  classification: null,
  changedFields: null,
  ip: null,
});

const verify = async (session: AdminSession = superAdmin) =>
  app.http().get('/synergy/audit/verify').set(bearer(session.token));

const createCustomers = async (count: number, prefix: string) => {
  for (let index = 0; index < count; index += 1) {
    const res = await app
      .http()
      .post('/api/customers')
      .set(bearer(token))
      .send({ data: { name: `链式单位 ${prefix}${index}`, code: `${prefix}-${index}` } });
    expect(res.status).toBe(201);
  }
  await drain();
};

const secret = () => crypto.randomBytes(16).toString('base64');

/** `node dist/scripts/audit-verify.js` (what `npm run audit:verify` runs) on the test's database. */
const runVerifyCli = () =>
  spawnSync(process.execPath, [path.join(ROOT, 'dist', 'scripts', 'audit-verify.js')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      APP_KEYS: `${secret()},${secret()}`,
      API_TOKEN_SALT: secret(),
      ADMIN_JWT_SECRET: secret(),
      JWT_SECRET: secret(),
      TRANSFER_TOKEN_SALT: secret(),
      ENCRYPTION_KEY: secret(),
      STRAPI_TELEMETRY_DISABLED: 'true',
      STRAPI_LOG_LEVEL: 'error',
      DOCUMENTATION_ENABLED: 'false',
    },
    timeout: 280_000,
  });

beforeAll(async () => {
  app = await setupStrapi();
  // Two entries from 2020 at the start of the chain, for the archive below.
  audit().record(
    oldEntry('old-1', '2020-01-01T00:00:00Z'),
    oldEntry('old-2', '2020-02-01T00:00:00Z'),
  );
  await drain();
  oldIds = (
    await app.strapi.db
      .query(AUDIT_UID)
      .findMany({ where: { recordId: { $in: ['old-1', 'old-2'] } }, orderBy: { id: 'asc' } })
  ).map((row: { id: number }) => row.id);
  token = await createApiToken(app.strapi);
  superAdmin = await createAdminSession(app.strapi, ['Super Admin']);
  securityOfficer = await createAdminSession(app.strapi, ['Security Officer']);
  analyst = await createAdminSession(app.strapi, ['Strategy Analyst']);
}, 300_000);

afterAll(async () => {
  await app?.teardown();
});

describe('the hash chain', () => {
  it('grows with every entry: each carries a sha256 hash and the chain verifies', async () => {
    await createCustomers(3, 'CH');
    const rows = await app.strapi.db.query(AUDIT_UID).findMany({ orderBy: { id: 'asc' } });
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.every((row: { hash: string }) => /^[0-9a-f]{64}$/.test(row.hash))).toBe(true);
    expect(new Set(rows.map((row: { hash: string }) => row.hash)).size).toBe(rows.length);

    const res = await verify();
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      ok: true,
      checked: rows.length,
      headEntryId: rows[rows.length - 1].id,
    });
  });

  it('stays one chain when many appends run at once (several connections)', async () => {
    const chain = app.strapi.plugin('synergy').service('audit-chain');
    await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        chain.append([
          oldEntry(`parallel-${index}`, new Date().toISOString()),
          oldEntry(`parallel-${index}b`, new Date().toISOString()),
        ]),
      ),
    );
    const res = await verify();
    expect(res.body.data.ok).toBe(true);
  });

  it('an entry edited directly in the database is reported by id, by the API and by npm run audit:verify', async () => {
    const rows = await app.strapi.db.query(AUDIT_UID).findMany({
      where: { action: 'create', recordId: { $notNull: true } },
      orderBy: { id: 'asc' },
    });
    const target = rows[rows.length - 2] as { id: number; actorName: string | null };
    await knex()('synergy_audit_entries')
      .where({ id: target.id })
      .update({ actor_name: 'Mallory' });

    const res = await verify();
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      ok: false,
      brokenEntryId: target.id,
      reason: 'hash-mismatch',
    });

    const cli = runVerifyCli();
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain(`Audit chain broken at entry ${target.id}`);

    await knex()('synergy_audit_entries')
      .where({ id: target.id })
      .update({ actor_name: target.actorName });
    expect((await verify()).body.data.ok).toBe(true);
    const intact = runVerifyCli();
    expect(intact.status).toBe(0);
    expect(intact.stdout).toContain('Audit chain intact');
  });

  it('a removed entry is reported at the entry after it; removed newest entries as a missing head', async () => {
    const rows = await app.strapi.db.query(AUDIT_UID).findMany({ orderBy: { id: 'asc' } });
    const [victim, next] = rows.slice(-3, -1) as Array<Record<string, unknown> & { id: number }>;
    const last = rows[rows.length - 1] as Record<string, unknown> & { id: number };
    const rawOf = async (id: number) =>
      (await knex()('synergy_audit_entries').where({ id }).first()) as Record<string, unknown>;
    const victimRaw = await rawOf(victim.id);
    const lastRaw = await rawOf(last.id);

    await knex()('synergy_audit_entries').where({ id: victim.id }).delete();
    expect((await verify()).body.data).toMatchObject({ ok: false, brokenEntryId: next.id });
    await knex()('synergy_audit_entries').insert(victimRaw);

    await knex()('synergy_audit_entries').where({ id: last.id }).delete();
    expect((await verify()).body.data).toMatchObject({
      ok: false,
      brokenEntryId: null,
      reason: 'head-missing',
    });
    await knex()('synergy_audit_entries').insert(lastRaw);
    expect((await verify()).body.data.ok).toBe(true);
  });

  it('verifying needs the verify permission (a Security Officer has not got it)', async () => {
    expect((await verify(securityOfficer)).status).toBe(403);
    expect((await app.http().get('/synergy/audit/verify')).status).toBe(401);
  });
});

describe('retention policy', () => {
  it('defaults to 365 days; an update is validated (400 naming minimumAgeDays, nothing stored)', async () => {
    const current = await app.http().get('/synergy/audit/retention').set(bearer(superAdmin.token));
    expect(current.status).toBe(200);
    expect(current.body.data).toEqual({ minimumAgeDays: 365 });

    for (const body of [
      { minimumAgeDays: 0 },
      { minimumAgeDays: 1.5 },
      { minimumAgeDays: '30' },
      { minimumAgeDays: 40_000 },
      {},
      { minimumAgeDays: 30, extra: true },
    ]) {
      const res = await app
        .http()
        .put('/synergy/audit/retention')
        .set(bearer(superAdmin.token))
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/minimumAgeDays|extra/);
    }
    expect(
      (await app.http().get('/synergy/audit/retention').set(bearer(superAdmin.token))).body.data,
    ).toEqual({ minimumAgeDays: 365 });
  });

  it('a Security Officer can neither read nor change it', async () => {
    expect(
      (await app.http().get('/synergy/audit/retention').set(bearer(securityOfficer.token))).status,
    ).toBe(403);
    expect(
      (
        await app
          .http()
          .put('/synergy/audit/retention')
          .set(bearer(securityOfficer.token))
          .send({ minimumAgeDays: 1 })
      ).status,
    ).toBe(403);
  });

  it('refuses to archive entries younger than the minimum age (403 naming the rule, nothing removed)', async () => {
    const updated = await app
      .http()
      .put('/synergy/audit/retention')
      .set(bearer(superAdmin.token))
      .send({ minimumAgeDays: 30 });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toEqual({ minimumAgeDays: 30 });
    await drain();
    const total = await app.strapi.db.query(AUDIT_UID).count();

    const tenDaysAgo = new Date(Date.now() - 10 * 24 * 3600 * 1000).toISOString();
    const res = await app
      .http()
      .post('/synergy/audit/archive')
      .set(bearer(superAdmin.token))
      .send({ before: tenDaysAgo });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/retention policy.*30 days/i);
    await drain();
    expect(await app.strapi.db.query(AUDIT_UID).count()).toBe(total);
    // The policy change itself is in the trail.
    expect(
      await app.strapi.db
        .query(AUDIT_UID)
        .count({ where: { contentType: 'plugin::synergy.audit-retention' } }),
    ).toBe(1);
  });

  it('archiving old entries leaves a chain that still verifies from the last archived entry', async () => {
    const res = await app
      .http()
      .post('/synergy/audit/archive')
      .set(bearer(superAdmin.token))
      .send({ before: '2021-01-01' });
    expect(res.status).toBe(200);
    expect(res.headers['x-archived-entries']).toBe('2');
    expect(res.text).toContain('old-1');
    const verified = await verify();
    expect(verified.body.data).toMatchObject({ ok: true, anchorEntryId: oldIds[1] });
    await drain();
    const [archive] = await app.strapi.db
      .query(AUDIT_UID)
      .findMany({ where: { action: 'archive' } });
    expect(archive.details).toMatchObject({ removed: 2, lastArchivedId: oldIds[1] });
  });
});

describe('GET /synergy/audit/stream', () => {
  const stream = (query: string, session: AdminSession = securityOfficer) =>
    app
      .http()
      .get(`/synergy/audit/stream${query}`)
      .set(bearer(session.token))
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(null, text));
      });

  const linesOf = (body: unknown) =>
    String(body)
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { id: number; hash: string; action: string });

  it('answers every entry after `after` as NDJSON in id order, with its hash', async () => {
    await drain();
    const rows = await app.strapi.db.query(AUDIT_UID).findMany({ orderBy: { id: 'asc' } });
    const all = await stream('?after=0');
    expect(all.status).toBe(200);
    expect(all.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const entries = linesOf(all.body);
    expect(entries.map((entry) => entry.id)).toEqual(rows.map((row: { id: number }) => row.id));
    expect(entries.map((entry) => entry.hash)).toEqual(
      rows.map((row: { hash: string }) => row.hash),
    );

    const after = rows[2].id as number;
    const rest = linesOf((await stream(`?after=${after}&limit=2`)).body);
    expect(rest.map((entry) => entry.id)).toEqual(
      rows.slice(3, 5).map((row: { id: number }) => row.id),
    );
    expect(linesOf((await stream(`?after=${rows[rows.length - 1].id}`)).body)).toEqual([]);
  });

  it('rejects a bad after or limit with a 400 naming it', async () => {
    for (const [query, field] of [
      ['?after=abc', 'after'],
      ['?after=-1', 'after'],
      ['?after=1.5', 'after'],
      ['?limit=0', 'limit'],
      ['?since=3', 'since'],
    ]) {
      const res = await app
        .http()
        .get(`/synergy/audit/stream${query}`)
        .set(bearer(securityOfficer.token));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(field);
    }
  });

  it('needs the audit read permission', async () => {
    expect((await app.http().get('/synergy/audit/stream').set(bearer(analyst.token))).status).toBe(
      403,
    );
    expect((await app.http().get('/synergy/audit/stream')).status).toBe(401);
  });
});

describe('a trail written before the chain existed', () => {
  it('is anchored after its newest entry: the chain verifies from there on', async () => {
    const chain = app.strapi.plugin('synergy').service('audit-chain');
    await drain();
    // What an upgraded database holds: entries without hashes and no chain head yet.
    await knex()('synergy_audit_chain').delete();
    await knex()('synergy_audit_entries').update({ hash: null });
    const newest = await app.strapi.db
      .query(AUDIT_UID)
      .findOne({ orderBy: { id: 'desc' }, select: ['id'] });

    await chain.ensureHead();
    expect((await verify()).body.data).toMatchObject({
      ok: true,
      checked: 0,
      anchorEntryId: newest.id,
    });
    await chain.append([oldEntry('after-upgrade', new Date().toISOString())]);
    expect((await verify()).body.data).toMatchObject({ ok: true, checked: 1 });
  });
});
