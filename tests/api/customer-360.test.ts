import { setupStrapi, type TestApp } from '../helpers/strapi';
import { bearer, createAdminSession, createApiToken } from '../helpers/auth';

let app: TestApp;
let token: string;

beforeAll(async () => {
  app = await setupStrapi();
  token = await createApiToken(app.strapi);
});

afterAll(async () => {
  await app?.teardown();
});

const createCustomer = (code: string) =>
  app.strapi
    .documents('api::customer.customer')
    .create({ data: { name: `客户 ${code}`, code, classification: 'internal' } });

describe('GET /api/synergy/customers/:documentId/360', () => {
  it('returns 404 for an unknown customer', async () => {
    const res = await app.http().get('/api/synergy/customers/nope/360').set(bearer(token));
    expect(res.status).toBe(404);
    expect(res.body.error.name).toBe('NotFoundError');
  });

  it('returns the customer with contacts, interactions, feedback, tickets, surveys and targeting strategies', async () => {
    const customer = await createCustomer('C-360');
    const other = await createCustomer('C-OTHER');
    const documents = app.strapi.documents;
    const contact = await documents('api::contact.contact').create({
      data: { fullName: '张伟', customer: customer.documentId },
    });
    await documents('api::contact.contact').create({
      data: { fullName: '李娜', customer: other.documentId },
    });
    await documents('api::interaction.interaction').create({
      data: {
        customer: customer.documentId,
        occurredAt: '2026-01-02T00:00:00Z',
        summary: '拜访',
        contacts: [contact.documentId],
      },
    });
    await documents('api::interaction.interaction').create({
      data: { customer: customer.documentId, occurredAt: '2026-03-02T00:00:00Z', summary: '回访' },
    });
    await documents('api::feedback.feedback').create({
      data: {
        customer: customer.documentId,
        content: '雷达误报',
        receivedAt: '2026-02-01T00:00:00Z',
      },
    });
    await documents('api::service-ticket.service-ticket').create({
      data: { customer: customer.documentId, openedAt: '2026-02-03T00:00:00Z', priority: 'p1' },
    });
    await documents('api::survey-response.survey-response').create({
      data: { customer: customer.documentId, respondedAt: '2026-02-04T00:00:00Z', overall: 4 },
    });
    await documents('api::strategy.strategy').create({
      data: { title: '快速保障', dimension: 'service', targetCustomers: [customer.documentId] },
    });
    await documents('api::strategy.strategy').create({
      data: { title: '其他客户策略', targetCustomers: [other.documentId] },
    });

    const res = await app
      .http()
      .get(`/api/synergy/customers/${customer.documentId}/360`)
      .set(bearer(token));

    expect(res.status).toBe(200);
    const { data } = res.body;
    expect(data.customer).toMatchObject({ documentId: customer.documentId, code: 'C-360' });
    expect(data.contacts.total).toBe(1);
    expect(data.contacts.items.map((c: { fullName: string }) => c.fullName)).toEqual(['张伟']);
    expect(data.interactions.total).toBe(2);
    // Newest first, with the contacts populated.
    expect(data.interactions.items.map((i: { summary: string }) => i.summary)).toEqual([
      '回访',
      '拜访',
    ]);
    expect(
      data.interactions.items[1].contacts.map((c: { fullName: string }) => c.fullName),
    ).toEqual(['张伟']);
    expect(data.feedbacks).toMatchObject({
      total: 1,
      items: [expect.objectContaining({ content: '雷达误报' })],
    });
    expect(data.serviceTickets).toMatchObject({
      total: 1,
      items: [expect.objectContaining({ priority: 'p1' })],
    });
    expect(data.surveyResponses).toMatchObject({
      total: 1,
      items: [expect.objectContaining({ overall: 4 })],
    });
    expect(data.strategies.items.map((s: { title: string }) => s.title)).toEqual(['快速保障']);
  });

  it('limits each section to ?limit records but reports the total', async () => {
    const customer = await createCustomer('C-LIMIT');
    for (let day = 1; day <= 5; day += 1) {
      await app.strapi.documents('api::interaction.interaction').create({
        data: {
          customer: customer.documentId,
          occurredAt: `2026-04-0${day}T00:00:00Z`,
          summary: `第${day}次`,
        },
      });
    }
    const res = await app
      .http()
      .get(`/api/synergy/customers/${customer.documentId}/360?limit=2`)
      .set(bearer(token));
    expect(res.status).toBe(200);
    expect(res.body.data.interactions.total).toBe(5);
    expect(res.body.data.interactions.items.map((i: { summary: string }) => i.summary)).toEqual([
      '第5次',
      '第4次',
    ]);
  });

  it('rejects a bad limit with a 400 naming it', async () => {
    const customer = await createCustomer('C-BAD');
    const res = await app
      .http()
      .get(`/api/synergy/customers/${customer.documentId}/360?limit=0`)
      .set(bearer(token));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/limit/);
  });

  it('runs the same number of queries whatever the number of related records (no N+1)', async () => {
    const countQueries = async (documentId: string) => {
      // Audit entries of the seeding are written in the background: not this request's queries.
      await app.strapi.plugin('synergy').service('audit').drain();
      let queries = 0;
      // The CRM tables of the view only: Strapi's own housekeeping (the upload plugin's metrics, the
      // core store) may run at any moment in the background.
      const crmTable =
        /\b(customers|contacts|interactions|feedbacks|service_tickets|survey_responses|strategies)\b/;
      const onQuery = ({ sql }: { sql: string }) => {
        if (crmTable.test(sql)) queries += 1;
      };
      app.strapi.db.connection.on('query', onQuery);
      const res = await app
        .http()
        .get(`/api/synergy/customers/${documentId}/360`)
        .set(bearer(token));
      app.strapi.db.connection.removeListener('query', onQuery);
      expect(res.status).toBe(200);
      // Every section is present, so every section's queries are counted.
      expect(Object.values(res.body.data).every((section) => section !== null)).toBe(true);
      return queries;
    };
    const seed = async (code: string, n: number) => {
      const customer = await createCustomer(code);
      const contact = await app.strapi
        .documents('api::contact.contact')
        .create({ data: { fullName: `联系人${code}`, customer: customer.documentId } });
      for (let i = 0; i < n; i += 1) {
        await app.strapi.documents('api::interaction.interaction').create({
          data: {
            customer: customer.documentId,
            occurredAt: new Date(Date.UTC(2026, 0, i + 1)).toISOString(),
            summary: `s${i}`,
            contacts: [contact.documentId],
          },
        });
        await app.strapi.documents('api::feedback.feedback').create({
          data: {
            customer: customer.documentId,
            content: `f${i}`,
            receivedAt: new Date(Date.UTC(2026, 0, i + 1)).toISOString(),
          },
        });
      }
      return customer.documentId;
    };
    const few = await countQueries(await seed('C-FEW', 1));
    const many = await countQueries(await seed('C-MANY', 12));
    expect(many).toBe(few);
  });

  it('is refused to the Public role', async () => {
    const customer = await createCustomer('C-PUBLIC');
    const res = await app.http().get(`/api/synergy/customers/${customer.documentId}/360`);
    expect(res.status).toBe(403);
  });
});

describe('admin 360 routes', () => {
  it('serve the search and the 360 view to roles with the customer-view permission, not to others', async () => {
    const customer = await createCustomer('C-ADMIN');
    const manager = await createAdminSession(app.strapi, ['Account Manager']);
    const marketing = await createAdminSession(app.strapi, ['Marketing']);

    const search = await app
      .http()
      .get('/synergy/customers/search?q=ADMIN')
      .set(bearer(manager.token));
    expect(search.status).toBe(200);
    expect(search.body.data).toEqual([
      expect.objectContaining({ documentId: customer.documentId, code: 'C-ADMIN' }),
    ]);

    const view = await app
      .http()
      .get(`/synergy/customers/${customer.documentId}/360`)
      .set(bearer(manager.token));
    expect(view.status).toBe(200);
    expect(view.body.data.customer.code).toBe('C-ADMIN');
    // Account managers do not manage tickets but cannot read them either: the section is withheld.
    expect(view.body.data.serviceTickets).toBeNull();
    expect(view.body.data.feedbacks).not.toBeNull();

    const refused = await app
      .http()
      .get(`/synergy/customers/${customer.documentId}/360`)
      .set(bearer(marketing.token));
    expect(refused.status).toBe(403);
  });
});

describe('GET /synergy/customers/suggestions', () => {
  const HOUR = 3_600_000;
  const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();
  const documents = () => app.strapi.documents;
  const customerOf = (code: string, classification = 'internal') =>
    documents()('api::customer.customer').create({
      data: { name: `建议 ${code}`, code, classification },
    });
  const interactionOf = (customer: string, occurredAt: string, classification = 'internal') =>
    documents()('api::interaction.interaction').create({
      data: { customer, occurredAt, summary: '走访', classification },
    });
  /** Five open P1 tickets and no interaction: health 38, at risk (SPEC §4). */
  const atRisk = async (code: string, classification = 'internal') => {
    const customer = await customerOf(code, classification);
    for (let ticket = 0; ticket < 5; ticket += 1) {
      await documents()('api::service-ticket.service-ticket').create({
        data: {
          customer: customer.documentId,
          openedAt: ago(24 + ticket),
          priority: 'p1',
          status: 'open',
        },
      });
    }
    return customer;
  };
  const codes = (list: Array<{ code: string }>) => list.map((entry) => entry.code);
  let hiddenCustomer: string;
  let secretInteraction: string;
  const auditedReads = async (recordId: string) => {
    await app.strapi.plugin('synergy').service('audit').drain();
    return app.strapi.db
      .query('plugin::synergy.audit-entry')
      .count({ where: { recordId, action: 'read' } });
  };

  beforeAll(async () => {
    await atRisk('SG-RISK');
    await atRisk('SG-RISK-SECRET', 'secret');
    const a = await customerOf('SG-REC-A');
    const b = await customerOf('SG-REC-B');
    const hidden = await customerOf('SG-REC-HIDDEN', 'secret');
    const c = await customerOf('SG-REC-C');
    const future = await customerOf('SG-REC-FUTURE');
    await interactionOf(a.documentId, ago(1));
    await interactionOf(b.documentId, ago(2));
    await interactionOf(b.documentId, ago(30));
    await interactionOf(hidden.documentId, ago(0.5));
    // Visible customer, interaction above an internal clearance: not a sign of activity for such a caller.
    secretInteraction = (await interactionOf(c.documentId, ago(0.2), 'secret')).documentId;
    hiddenCustomer = hidden.documentId;
    await interactionOf(future.documentId, new Date(Date.now() + 24 * HOUR).toISOString());
  });

  it('offers the at-risk customers, least healthy first, and the recently active ones, within the clearance', async () => {
    const manager = await createAdminSession(app.strapi, ['Account Manager']);
    const res = await app
      .http()
      .get('/synergy/customers/suggestions?limit=2')
      .set(bearer(manager.token));
    expect(res.status).toBe(200);
    const { atRisk: risky, recent } = res.body.data;
    expect(codes(risky)).toEqual(['SG-RISK']);
    expect(risky[0]).toMatchObject({ name: '建议 SG-RISK', health: 38, lastInteractionAt: null });
    // The newest interaction per customer, newest first; a future one is not activity yet.
    expect(codes(recent)).toEqual(['SG-REC-A', 'SG-REC-B']);
    expect(recent[0].health).toBeGreaterThanOrEqual(70);
    expect(Date.parse(recent[1].lastInteractionAt)).toBeCloseTo(Date.parse(ago(2)), -5);
  });

  it('shows a Super Admin the secret customers and interactions too, auditing what it shows, not what it looked through', async () => {
    const superAdmin = await createAdminSession(app.strapi, ['Super Admin']);
    const res = await app
      .http()
      .get('/synergy/customers/suggestions?limit=2')
      .set(bearer(superAdmin.token));
    expect(res.status).toBe(200);
    expect(codes(res.body.data.atRisk).sort()).toEqual(['SG-RISK', 'SG-RISK-SECRET']);
    expect(codes(res.body.data.recent)).toEqual(['SG-REC-C', 'SG-REC-HIDDEN']);
    expect(await auditedReads(hiddenCustomer)).toBeGreaterThanOrEqual(1);
    expect(await auditedReads(secretInteraction)).toBe(0);
  });

  it('leaves out recent activity for a role that may not read interactions', async () => {
    const engineer = await createAdminSession(app.strapi, ['Service Engineer']);
    const res = await app.http().get('/synergy/customers/suggestions').set(bearer(engineer.token));
    expect(res.status).toBe(200);
    expect(res.body.data.recent).toEqual([]);
    expect(codes(res.body.data.atRisk)).toEqual(['SG-RISK']);
  });

  it('rejects a bad limit with a 400 naming it, and is refused without the customer-view permission', async () => {
    const manager = await createAdminSession(app.strapi, ['Account Manager']);
    const bad = await app
      .http()
      .get('/synergy/customers/suggestions?limit=50')
      .set(bearer(manager.token));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.error)).toContain('limit');
    const marketing = await createAdminSession(app.strapi, ['Marketing']);
    const refused = await app
      .http()
      .get('/synergy/customers/suggestions')
      .set(bearer(marketing.token));
    expect(refused.status).toBe(403);
  });
});
