import { setupStrapi, type TestApp } from '../helpers/strapi';
import { bearer, createAdminSession, createApiToken, createApiUser } from '../helpers/auth';

let app: TestApp;
let token: string;
const LEVELS = ['public', 'internal', 'confidential', 'secret'] as const;
const customers: Record<string, string> = {};
const feedbacks: Record<string, string> = {};

beforeAll(async () => {
  app = await setupStrapi();
  token = await createApiToken(app.strapi);
  // Seeding runs without a request: it is not restricted.
  for (const level of LEVELS) {
    const customer = await app.strapi
      .documents('api::customer.customer')
      .create({ data: { name: `${level} unit`, code: `CL-${level}`, classification: level } });
    customers[level] = customer.documentId;
    // An internal feedback about each customer, so relations point at every level.
    const feedback = await app.strapi.documents('api::feedback.feedback').create({
      data: {
        customer: customer.documentId,
        content: `about ${level}`,
        receivedAt: '2026-05-01T00:00:00Z',
        classification: 'internal',
      },
    });
    feedbacks[level] = feedback.documentId;
  }
});

afterAll(async () => {
  await app?.teardown();
});

const codes = (body: { data: Array<{ code: string }> }) => body.data.map((c) => c.code).sort();

describe('content API reads are limited to the caller clearance', () => {
  it('an API token (internal by default) lists and counts only public and internal customers', async () => {
    const res = await app.http().get('/api/customers?pagination[pageSize]=100').set(bearer(token));
    expect(res.status).toBe(200);
    expect(codes(res.body)).toEqual(['CL-internal', 'CL-public']);
    expect(res.body.meta.pagination.total).toBe(2);
  });

  it('findOne of a record above the clearance is a 404', async () => {
    const hidden = await app
      .http()
      .get(`/api/customers/${customers.confidential}`)
      .set(bearer(token));
    expect(hidden.status).toBe(404);
    const visible = await app.http().get(`/api/customers/${customers.internal}`).set(bearer(token));
    expect(visible.status).toBe(200);
  });

  it.each([
    ['populate=customer', 'populate=customer'],
    ['populate=*', 'populate=*'],
    ['nested populate', 'populate[customer][populate]=*'],
    ['array populate', 'populate[0]=customer'],
  ])('a populated relation to a hidden record comes back null (%s)', async (_, query) => {
    const res = await app
      .http()
      .get(`/api/feedbacks/${feedbacks.secret}?${query}`)
      .set(bearer(token));
    expect(res.status).toBe(200);
    expect(res.body.data.customer).toBeNull();
    const shown = await app
      .http()
      .get(`/api/feedbacks/${feedbacks.internal}?${query}`)
      .set(bearer(token));
    expect(shown.body.data.customer.code).toBe('CL-internal');
  });

  it('a filter through a relation does not reveal that a hidden record matches', async () => {
    const hidden = await app
      .http()
      .get('/api/feedbacks?filters[customer][code][$eq]=CL-secret')
      .set(bearer(token));
    expect(hidden.status).toBe(200);
    expect(hidden.body.data).toEqual([]);
    expect(hidden.body.meta.pagination.total).toBe(0);
    const underOr = await app
      .http()
      .get(
        '/api/feedbacks?filters[$or][0][customer][code][$eq]=CL-secret&filters[$or][1][customer][code][$eq]=CL-confidential',
      )
      .set(bearer(token));
    expect(underOr.body.meta.pagination.total).toBe(0);
    const visible = await app
      .http()
      .get('/api/feedbacks?filters[customer][code][$eq]=CL-internal')
      .set(bearer(token));
    expect(visible.body.meta.pagination.total).toBe(1);
  });

  it('sorting by a field of a related hidden record does not reveal its order', async () => {
    const plain = await app
      .http()
      .get('/api/feedbacks?pagination[pageSize]=100')
      .set(bearer(token));
    for (const sort of ['customer.name:asc', 'customer.name:desc', 'sort[0]=customer.name:desc']) {
      const query = sort.startsWith('sort[') ? sort : `sort=${sort}`;
      const sorted = await app
        .http()
        .get(`/api/feedbacks?${query}&pagination[pageSize]=100`)
        .set(bearer(token));
      expect(sorted.status).toBe(200);
      expect(sorted.body.data.map((f: { documentId: string }) => f.documentId)).toEqual(
        plain.body.data.map((f: { documentId: string }) => f.documentId),
      );
    }
    // A sort on the record's own fields still works.
    const own = await app.http().get('/api/customers?sort=code:desc').set(bearer(token));
    expect(own.body.data.map((c: { code: string }) => c.code)).toEqual([
      'CL-public',
      'CL-internal',
    ]);
  });

  it('a users-permissions user sees what its clearance allows (public by default)', async () => {
    const publicUser = await createApiUser(app.strapi);
    const asPublic = await app.http().get('/api/customers').set(bearer(publicUser.jwt));
    expect(codes(asPublic.body)).toEqual(['CL-public']);

    const cleared = await createApiUser(app.strapi, { clearance: 'confidential' });
    const asConfidential = await app.http().get('/api/customers').set(bearer(cleared.jwt));
    expect(codes(asConfidential.body)).toEqual(['CL-confidential', 'CL-internal', 'CL-public']);
  });

  it('the 360 endpoint of a hidden customer is a 404', async () => {
    const res = await app
      .http()
      .get(`/api/synergy/customers/${customers.secret}/360`)
      .set(bearer(token));
    expect(res.status).toBe(404);
  });
});

describe('writes above the caller clearance', () => {
  it('creating a record classified above the clearance is a 403 that says why, and stores nothing', async () => {
    const before = await app.strapi.db.query('api::customer.customer').count();
    const res = await app
      .http()
      .post('/api/customers')
      .set(bearer(token))
      .send({ data: { name: 'too high', code: 'CL-HIGH', classification: 'confidential' } });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(
      /classification "confidential" is above your clearance "internal"/,
    );
    expect(await app.strapi.db.query('api::customer.customer').count()).toBe(before);
  });

  it('raising a record above the clearance is a 403 and changes nothing', async () => {
    const res = await app
      .http()
      .put(`/api/customers/${customers.internal}`)
      .set(bearer(token))
      .send({ data: { classification: 'secret' } });
    expect(res.status).toBe(403);
    const stored = await app.strapi.db
      .query('api::customer.customer')
      .findOne({ where: { documentId: customers.internal } });
    expect(stored.classification).toBe('internal');
  });

  it('updating or deleting a hidden record is a 404 and changes nothing', async () => {
    const update = await app
      .http()
      .put(`/api/customers/${customers.secret}`)
      .set(bearer(token))
      .send({ data: { name: 'renamed' } });
    expect(update.status).toBe(404);
    const remove = await app.http().delete(`/api/customers/${customers.secret}`).set(bearer(token));
    expect(remove.status).toBe(404);
    const stored = await app.strapi.db
      .query('api::customer.customer')
      .findOne({ where: { documentId: customers.secret } });
    expect(stored.name).toBe('secret unit');
  });

  it('a public-cleared user cannot create a record that defaults to internal', async () => {
    const user = await createApiUser(app.strapi);
    // Authenticated has no create permission by default; the clearance rule is checked through the document service.
    await expect(
      app.strapi.requestContext.run(
        {
          state: {
            auth: { strategy: { name: 'users-permissions' }, credentials: { id: user.id } },
          },
        } as never,
        async () => {
          await app.strapi
            .documents('api::customer.customer')
            .create({ data: { name: 'x', code: 'CL-DEFAULT' } });
        },
      ),
    ).rejects.toThrow(/classification "internal" is above your clearance "public"/);
  });
});

describe('admin panel reads are limited to the admin clearance', () => {
  const listCodes = async (jwt: string) => {
    const res = await app
      .http()
      .get('/content-manager/collection-types/api::customer.customer?pageSize=100')
      .set(bearer(jwt));
    expect(res.status).toBe(200);
    return {
      codes: res.body.results.map((c: { code: string }) => c.code).sort(),
      total: res.body.pagination.total,
    };
  };

  it('an admin without a clearance record is internal; a clearance record raises it; a Super Admin is secret', async () => {
    const manager = await createAdminSession(app.strapi, ['Account Manager']);
    expect(await listCodes(manager.token)).toEqual({
      codes: ['CL-internal', 'CL-public'],
      total: 2,
    });

    await app.strapi.db
      .query('plugin::synergy.clearance')
      .create({ data: { user: manager.id, level: 'confidential' } });
    const raised = await createAdminSession(app.strapi, ['Account Manager']);
    await app.strapi.db
      .query('plugin::synergy.clearance')
      .create({ data: { user: raised.id, level: 'confidential' } });
    expect((await listCodes(raised.token)).codes).toEqual([
      'CL-confidential',
      'CL-internal',
      'CL-public',
    ]);

    const superAdmin = await createAdminSession(app.strapi, ['Super Admin']);
    expect((await listCodes(superAdmin.token)).total).toBe(4);
  });

  it('a list filtered on records with a customer leaves out those whose customer is hidden (as the analytics count them)', async () => {
    const manager = await createAdminSession(app.strapi, ['Account Manager']);
    const base = '/content-manager/collection-types/api::feedback.feedback?pageSize=100';
    const all = await app.http().get(base).set(bearer(manager.token));
    const withCustomer = await app
      .http()
      .get(`${base}&filters[$and][0][customer][id][$notNull]=true`)
      .set(bearer(manager.token));
    const ids = (res: { body: { results: Array<{ documentId: string }> } }) =>
      res.body.results.map((f) => f.documentId);
    expect(ids(all)).toEqual(expect.arrayContaining([feedbacks.secret, feedbacks.confidential]));
    expect(ids(withCustomer)).toEqual(
      expect.arrayContaining([feedbacks.public, feedbacks.internal]),
    );
    expect(ids(withCustomer)).not.toContain(feedbacks.secret);
    expect(ids(withCustomer)).not.toContain(feedbacks.confidential);
  });

  it('the edit view of a hidden record is not served', async () => {
    const manager = await createAdminSession(app.strapi, ['Account Manager']);
    const res = await app
      .http()
      .get(`/content-manager/collection-types/api::customer.customer/${customers.secret}`)
      .set(bearer(manager.token));
    expect(res.status).toBe(404);
  });
});

describe('content-manager relation endpoints (they bypass the document service)', () => {
  it('the relation picker offers and counts only records within the admin clearance', async () => {
    const manager = await createAdminSession(app.strapi, ['Account Manager']);
    const res = await app
      .http()
      .get('/content-manager/relations/api::feedback.feedback/customer?pageSize=100')
      .set(bearer(manager.token));
    expect(res.status).toBe(200);
    // The picker shows each customer by its name.
    const offered = res.body.results.map((c: { name: string }) => c.name);
    expect(offered).toEqual(expect.arrayContaining(['internal unit', 'public unit']));
    expect(offered).not.toContain('confidential unit');
    expect(offered).not.toContain('secret unit');
    expect(res.body.pagination.total).toBe(offered.length);
  });

  it('the existing-relations list neither returns nor counts a hidden record, not even as a stub', async () => {
    const manager = await createAdminSession(app.strapi, ['Account Manager']);
    const hidden = await app
      .http()
      .get(`/content-manager/relations/api::feedback.feedback/${feedbacks.secret}/customer`)
      .set(bearer(manager.token));
    expect(hidden.status).toBe(200);
    expect(hidden.body.results).toEqual([]);

    const contacts = await Promise.all(
      LEVELS.map((level) =>
        app.strapi.documents('api::contact.contact').create({
          data: {
            fullName: `${level} contact`,
            customer: customers.internal,
            classification: level,
          },
        }),
      ),
    );
    const interaction = await app.strapi.documents('api::interaction.interaction').create({
      data: {
        customer: customers.internal,
        occurredAt: '2026-05-02T00:00:00Z',
        summary: 'mixed contacts',
        contacts: contacts.map((c) => c.documentId),
      },
    });
    const list = await app
      .http()
      .get(
        `/content-manager/relations/api::interaction.interaction/${interaction.documentId}/contacts?pageSize=10`,
      )
      .set(bearer(manager.token));
    expect(list.status).toBe(200);
    expect(list.body.results.map((c: { fullName: string }) => c.fullName).sort()).toEqual([
      'internal contact',
      'public contact',
    ]);
    expect(list.body.pagination.total).toBe(2);

    const superAdmin = await createAdminSession(app.strapi, ['Super Admin']);
    const all = await app
      .http()
      .get(
        `/content-manager/relations/api::interaction.interaction/${interaction.documentId}/contacts?pageSize=10`,
      )
      .set(bearer(superAdmin.token));
    expect(all.body.pagination.total).toBe(4);
  });
});

describe('the Public role', () => {
  it('reads only published brand materials classified public, even with ?status=draft', async () => {
    const documents = app.strapi.documents('api::brand-material.brand-material');
    const open = await documents.create({ data: { title: '公开手册', classification: 'public' } });
    await documents.publish({ documentId: open.documentId });
    const internal = await documents.create({
      data: { title: '内部手册', classification: 'internal' },
    });
    await documents.publish({ documentId: internal.documentId });
    await documents.create({ data: { title: '草稿手册', classification: 'public' } });

    const list = await app.http().get('/api/brand-materials');
    expect(list.status).toBe(200);
    expect(list.body.data.map((m: { title: string }) => m.title)).toEqual(['公开手册']);

    const drafts = await app.http().get('/api/brand-materials?status=draft');
    expect(drafts.body.data.map((m: { title: string }) => m.title)).toEqual(['公开手册']);
    expect(drafts.body.data[0].publishedAt).not.toBeNull();

    expect((await app.http().get(`/api/brand-materials/${internal.documentId}`)).status).toBe(404);
  });
});
