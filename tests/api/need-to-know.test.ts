import { setupStrapi, type TestApp } from '../helpers/strapi';
import {
  bearer,
  createAdminSession,
  createApiToken,
  createApiUser,
  type AdminSession,
} from '../helpers/auth';
import { approveReviewDirectly, cmPath } from '../helpers/content-fixtures';
import { csvOf, postImport } from '../helpers/import';

/**
 * Compartments and release caveats (SPEC §1.1, issue 12 items 1 and 2): a record carrying a
 * compartment is visible only to holders of it, a record carrying a caveat withheld from external
 * callers never reaches one, on every read path; tagging is checked; the brand-material publish
 * gate refuses an audience a linked record's caveat forbids.
 */

let app: TestApp;
let officer: AdminSession;
let superAdmin: AdminSession;
/** Holds `falcon`; an API user. */
let holderJwt: string;
/** Holds nothing; an API user (confidential, so levels do not hide what follows). */
let outsiderJwt: string;
/** An external API user holding `falcon`. */
let externalJwt: string;
let token: string;
const ids: Record<string, string> = {};

const CUSTOMER = 'api::customer.customer';
const names = (body: { data: Array<{ name: string }> }) =>
  body.data.map((record) => record.name).sort();

beforeAll(async () => {
  app = await setupStrapi();
  superAdmin = await createAdminSession(app.strapi, ['Super Admin']);
  officer = await createAdminSession(app.strapi, ['Security Officer']);
  const created = await app
    .http()
    .post('/synergy/compartments')
    .set(bearer(officer.token))
    .send({ code: 'falcon', name: '猎鹰计划', description: 'Program Falcon' });
  expect(created.status).toBe(201);
  await app
    .http()
    .post('/synergy/compartments')
    .set(bearer(superAdmin.token))
    .send({ code: 'osprey', name: '鱼鹰项目' })
    .expect(201);

  // Seeding runs without a request: it is not restricted.
  const customer = (name: string, extra: Record<string, unknown>) =>
    app.strapi.documents(CUSTOMER).create({
      data: { name, code: `NK-${name}`, classification: 'internal', ...extra } as never,
    });
  ids.plain = (await customer('plain', {})).documentId;
  ids.falcon = (await customer('falcon', { compartments: ['falcon'] })).documentId;
  ids.both = (await customer('both', { compartments: ['falcon', 'osprey'] })).documentId;
  ids.controlled = (await customer('controlled', { caveats: ['export-controlled'] })).documentId;
  ids.domestic = (await customer('domestic', { caveats: ['domestic-only'] })).documentId;
  const feedback = await app.strapi.documents('api::feedback.feedback').create({
    data: {
      customer: ids.falcon,
      content: 'about falcon',
      receivedAt: '2026-05-01T00:00:00Z',
      classification: 'internal',
    } as never,
  });
  ids.feedback = feedback.documentId;

  const role = await app.strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'authenticated' } });
  for (const action of [
    'plugin::synergy.data-quality.find',
    'plugin::synergy.customer-360.findOne',
    'plugin::synergy.customer-health.findOne',
    'api::customer.customer.create',
  ])
    await app.strapi.db
      .query('plugin::users-permissions.permission')
      .create({ data: { action, role: role.id } });
  holderJwt = (
    await createApiUser(app.strapi, { clearance: 'confidential', compartments: ['falcon'] })
  ).jwt;
  outsiderJwt = (await createApiUser(app.strapi, { clearance: 'confidential' })).jwt;
  externalJwt = (
    await createApiUser(app.strapi, {
      clearance: 'confidential',
      compartments: ['falcon', 'osprey'],
      external: true,
    })
  ).jwt;
  token = await createApiToken(app.strapi);
});

afterAll(async () => {
  await app?.teardown();
});

const list = (jwt: string, query = '') =>
  app.http().get(`/api/customers?pagination[pageSize]=100${query}`).set(bearer(jwt));

describe('the managed lists', () => {
  it('seeds the three release caveats and lists the compartments for a Security Officer', async () => {
    const caveats = await app.http().get('/synergy/caveats').set(bearer(officer.token));
    expect(caveats.status).toBe(200);
    expect(caveats.body.data.map((c: { code: string }) => c.code)).toEqual([
      'domestic-only',
      'export-controlled',
      'no-external-release',
    ]);
    const compartments = await app.http().get('/synergy/compartments').set(bearer(officer.token));
    expect(compartments.body.data.map((c: { code: string }) => c.code)).toEqual([
      'falcon',
      'osprey',
    ]);
  });

  it('refuses a taken code (409), a malformed one (400 naming code) and a role without the permission (403)', async () => {
    const taken = await app
      .http()
      .post('/synergy/compartments')
      .set(bearer(officer.token))
      .send({ code: 'falcon', name: 'again' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toContain('falcon');
    const malformed = await app
      .http()
      .post('/synergy/compartments')
      .set(bearer(officer.token))
      .send({ code: 'Not A Code', name: 'x' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toContain('code');
    const sales = await createAdminSession(app.strapi, ['Account Manager']);
    const refused = await app.http().get('/synergy/compartments').set(bearer(sales.token));
    expect(refused.status).toBe(403);
  });

  it('refuses to delete a compartment records carry (409 naming it)', async () => {
    const { body } = await app.http().get('/synergy/compartments').set(bearer(officer.token));
    const falcon = body.data.find((c: { code: string }) => c.code === 'falcon');
    const res = await app
      .http()
      .delete(`/synergy/compartments/${falcon.id}`)
      .set(bearer(officer.token));
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('"falcon"');
  });
});

describe('reads honour compartments and caveats', () => {
  it('lists and counts only records whose compartments the caller holds', async () => {
    const holder = await list(holderJwt);
    expect(names(holder.body)).toEqual(['controlled', 'domestic', 'falcon', 'plain']);
    expect(holder.body.meta.pagination.total).toBe(4);
    const outsider = await list(outsiderJwt);
    expect(names(outsider.body)).toEqual(['controlled', 'domestic', 'plain']);
    expect(outsider.body.meta.pagination.total).toBe(3);
  });

  it('an external caller never receives an export-controlled record, but a domestic-only one', async () => {
    const external = await list(externalJwt);
    expect(names(external.body)).toEqual(['both', 'domestic', 'falcon', 'plain']);
    const one = await app.http().get(`/api/customers/${ids.controlled}`).set(bearer(externalJwt));
    expect(one.status).toBe(404);
  });

  it('findOne, populate and relation filters treat a compartmented record as missing', async () => {
    expect(
      (await app.http().get(`/api/customers/${ids.falcon}`).set(bearer(outsiderJwt))).status,
    ).toBe(404);
    expect(
      (await app.http().get(`/api/customers/${ids.falcon}`).set(bearer(holderJwt))).status,
    ).toBe(200);
    const populated = await app
      .http()
      .get(`/api/feedbacks/${ids.feedback}?populate=customer`)
      .set(bearer(outsiderJwt));
    expect(populated.status).toBe(200);
    expect(populated.body.data.customer).toBeNull();
    const filtered = await app
      .http()
      .get('/api/feedbacks?filters[customer][name][$eq]=falcon')
      .set(bearer(outsiderJwt));
    expect(filtered.body.data).toEqual([]);
    const seen = await app
      .http()
      .get('/api/feedbacks?filters[customer][name][$eq]=falcon')
      .set(bearer(holderJwt));
    expect(seen.body.data).toHaveLength(1);
  });

  it('analytics aggregates leave out what the caller may not see', async () => {
    const customersOf = async (jwt: string) => {
      const res = await app.http().get('/api/synergy/data-quality').set(bearer(jwt));
      expect(res.status).toBe(200);
      return (res.body.data.customers as Array<{ name: string }>)
        .map((customer) => customer.name)
        .filter((name) => ['plain', 'falcon', 'both', 'controlled', 'domestic'].includes(name))
        .sort();
    };
    expect(await customersOf(outsiderJwt)).toEqual(['controlled', 'domestic', 'plain']);
    expect(await customersOf(holderJwt)).toEqual(['controlled', 'domestic', 'falcon', 'plain']);
    expect(await customersOf(externalJwt)).toEqual(['both', 'domestic', 'falcon', 'plain']);
  });

  it('the customer 360 and customer health of a compartmented customer are a 404 for an outsider', async () => {
    for (const path of [
      `/api/synergy/customers/${ids.falcon}/360`,
      `/api/synergy/customers/${ids.falcon}/health`,
    ]) {
      expect((await app.http().get(path).set(bearer(outsiderJwt))).status).toBe(404);
      expect((await app.http().get(path).set(bearer(holderJwt))).status).toBe(200);
    }
  });

  it('an API token holds the configured compartments and is external when configured', async () => {
    const config = app.strapi.config.get('plugin::synergy') as Record<string, unknown>;
    const names0 = names((await list(token)).body);
    expect(names0).toEqual(['controlled', 'domestic', 'plain']);
    try {
      config.apiTokenCompartments = ['falcon'];
      config.apiTokenExternal = true;
      expect(names((await list(token)).body)).toEqual(['domestic', 'falcon', 'plain']);
    } finally {
      config.apiTokenCompartments = [];
      config.apiTokenExternal = false;
    }
  });

  it('an admin without the compartment does not see the record in the content manager or its exports', async () => {
    const editor = await createAdminSession(app.strapi, ['Account Manager']);
    const res = await app
      .http()
      .get(`${cmPath(CUSTOMER)}?pageSize=100`)
      .set(bearer(editor.token));
    expect(res.status).toBe(200);
    const seen = (res.body.results as Array<{ name: string }>).map((r) => r.name);
    expect(seen).toContain('plain');
    expect(seen).not.toContain('falcon');
    const one = await app
      .http()
      .get(`${cmPath(CUSTOMER)}/${ids.falcon}`)
      .set(bearer(editor.token));
    expect(one.status).toBe(404);
    // The officer created `falcon`, so holds it; Super Admins hold every compartment.
    const officerList = await app
      .http()
      .get(`${cmPath(CUSTOMER)}?pageSize=100`)
      .set(bearer(officer.token));
    const officerSees = (officerList.body.results as Array<{ name: string }>).map((r) => r.name);
    expect(officerSees).toContain('falcon');
    expect(officerSees).not.toContain('both');
    const csv = await app
      .http()
      .get(`/synergy/export/${CUSTOMER}?format=csv`)
      .set(bearer(officer.token));
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('NK-falcon');
    expect(csv.text).not.toContain('NK-both');
  });

  it('import duplicate matching finds a compartmented customer only for a holder', async () => {
    const sheet = csvOf([
      ['name', 'code', 'type'],
      ['falcon', 'NK-import-1', 'military_unit'],
    ]);
    const duplicatesFor = async (session: AdminSession) => {
      const res = await postImport(app, session, 'customers', sheet, { mode: 'dry-run' });
      expect(res.status).toBe(200);
      return res.body.data.duplicates as unknown[];
    };
    const manager = await createAdminSession(app.strapi, ['Account Manager']);
    expect(await duplicatesFor(manager)).toEqual([]);
    expect(await duplicatesFor(superAdmin)).toHaveLength(1);
  });

  it('the relation picker leaves out what the admin may not see', async () => {
    const res = await app
      .http()
      .get('/content-manager/relations/api::feedback.feedback/customer?pageSize=100')
      .set(bearer(officer.token));
    expect(res.status).toBe(200);
    const seen = (res.body.results as Array<{ name: string }>).map((r) => r.name);
    expect(seen).toContain('falcon');
    expect(seen).not.toContain('both');
  });
});

describe('writes are checked', () => {
  it('tagging with a compartment the caller does not hold is a 403 naming it; nothing stored', async () => {
    const res = await app
      .http()
      .post('/api/customers')
      .set(bearer(holderJwt))
      .send({ data: { name: 'new-osprey', code: 'NK-new-osprey', compartments: ['osprey'] } });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('"osprey"');
    const stored = await app.strapi.db.query(CUSTOMER).count({ where: { code: 'NK-new-osprey' } });
    expect(stored).toBe(0);
  });

  it('an unknown code or a malformed list is a 400 naming the field', async () => {
    const unknown = await app
      .http()
      .post('/api/customers')
      .set(bearer(holderJwt))
      .send({ data: { name: 'x', code: 'NK-x', compartments: ['nope'] } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('compartments');
    expect(unknown.body.error.message).toContain('"nope"');
    const caveat = await app
      .http()
      .post('/api/customers')
      .set(bearer(holderJwt))
      .send({ data: { name: 'x', code: 'NK-x', caveats: 'export-controlled' } });
    expect(caveat.status).toBe(400);
    expect(caveat.body.error.message).toContain('caveats');
    expect(await app.strapi.db.query(CUSTOMER).count({ where: { code: 'NK-x' } })).toBe(0);
  });

  it('a holder may tag with what they hold, and the record is then hidden from others', async () => {
    const res = await app
      .http()
      .post('/api/customers')
      .set(bearer(holderJwt))
      .send({ data: { name: 'tagged', code: 'NK-tagged', compartments: ['falcon'] } });
    expect(res.status).toBe(201);
    expect(res.body.data.compartments).toEqual(['falcon']);
    expect(names((await list(outsiderJwt)).body)).not.toContain('tagged');
  });

  it('granting an admin a compartment the granter does not hold is a 403 naming it', async () => {
    const sales = await createAdminSession(app.strapi, ['Account Manager']);
    const refused = await app
      .http()
      .put(`/synergy/clearances/${sales.id}`)
      .set(bearer(officer.token))
      .send({ level: 'internal', compartments: ['osprey'] });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('"osprey"');
    const granted = await app
      .http()
      .put(`/synergy/clearances/${sales.id}`)
      .set(bearer(officer.token))
      .send({ level: 'internal', compartments: ['falcon'] });
    expect(granted.status).toBe(200);
    expect(granted.body.data.compartments).toEqual(['falcon']);
    const listed = await app.http().get('/synergy/clearances').set(bearer(officer.token));
    expect(listed.body.meta.compartments.map((c: { code: string }) => c.code)).toEqual([
      'falcon',
      'osprey',
    ]);
    expect(
      listed.body.data.find((user: { id: number }) => user.id === sales.id).compartments,
    ).toEqual(['falcon']);
    const seen = await app
      .http()
      .get(`${cmPath(CUSTOMER)}/${ids.falcon}`)
      .set(bearer(sales.token));
    expect(seen.status).toBe(200);
  });
});

describe('the brand-material publish gate honours release caveats', () => {
  const material = async (audience: string, strategy: string) => {
    const created = await app.strapi.documents('api::brand-material.brand-material').create({
      data: {
        title: `BM ${audience} ${strategy}`,
        audience,
        strategy,
        classification: 'internal',
      } as never,
      locale: 'zh-Hans',
    });
    await approveReviewDirectly(
      app.strapi,
      'api::brand-material.brand-material',
      created.documentId,
    );
    return created.documentId;
  };
  const strategy = async (title: string, caveats: string[]) =>
    (
      await app.strapi.documents('api::strategy.strategy').create({
        data: { title, caveats, classification: 'internal' } as never,
      })
    ).documentId;

  it('refuses a public material whose strategy is export-controlled: 403 naming the caveat and the strategy', async () => {
    const controlled = await strategy('Falcon export plan', ['export-controlled']);
    const documentId = await material('public', controlled);
    const res = await app
      .http()
      .post(
        `${cmPath('api::brand-material.brand-material')}/${documentId}/actions/publish?locale=zh-Hans`,
      )
      .set(bearer(superAdmin.token))
      .send({});
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('"export-controlled"');
    expect(res.body.error.message).toContain('Falcon export plan');
    const published = await app.strapi.db
      .query('api::brand-material.brand-material')
      .count({ where: { documentId, publishedAt: { $notNull: true } } });
    expect(published).toBe(0);
  });

  it('publishes an internal-audience material of the same strategy', async () => {
    const controlled = await strategy('Falcon internal plan', ['export-controlled']);
    const documentId = await material('internal', controlled);
    const res = await app
      .http()
      .post(
        `${cmPath('api::brand-material.brand-material')}/${documentId}/actions/publish?locale=zh-Hans`,
      )
      .set(bearer(superAdmin.token))
      .send({});
    expect(res.status).toBe(200);
  });
});
