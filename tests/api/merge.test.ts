import { errors } from '@strapi/utils';
import { BOOT_TIMEOUT_MS, setupStrapi, type TestApp } from '../helpers/strapi';
import {
  bearer,
  createAdminSession,
  createCustomRoleSession,
  type AdminSession,
} from '../helpers/auth';

const CUSTOMER = 'api::customer.customer';

let app: TestApp;
let superAdmin: AdminSession;
let manager: AdminSession;
let counter = 0;

beforeAll(async () => {
  app = await setupStrapi();
  superAdmin = await createAdminSession(app.strapi, ['Super Admin']);
  manager = await createAdminSession(app.strapi, ['Account Manager']);
}, BOOT_TIMEOUT_MS);

afterAll(async () => {
  await app?.teardown();
});

const documents = () => app.strapi.documents;
const merge = (body: unknown, session: AdminSession = manager) =>
  app
    .http()
    .post('/synergy/data-quality/merge')
    .set(bearer(session.token))
    .send(body as object);
const drainAudit = () => app.strapi.plugin('synergy').service('audit').drain() as Promise<void>;

/** A kept customer with gaps, and its duplicate with every kind of related record. */
const buildPair = async () => {
  const n = ++counter;
  const customers = documents()(CUSTOMER);
  const kept = await customers.create({
    data: {
      name: `北方某部${n}`,
      code: `MK-${n}`,
      tier: 'key',
      needs: [{ title: '雷达升级', category: 'performance', priority: 'high' }],
    } as never,
  });
  const removed = await customers.create({
    data: {
      name: `北方某部${n}（重复）`,
      code: `MR-${n}`,
      shortName: `北部${n}`,
      sector: 'air_force',
      region: '华北',
      tier: 'regular',
      owner: superAdmin.id,
      notes: '重复录入',
      needs: [{ title: '备件保障', category: 'service', priority: 'medium' }],
    } as never,
  });
  const other = await customers.create({ data: { name: `无关单位${n}`, code: `MO-${n}` } });
  const to = removed.documentId;
  const contact = await documents()('api::contact.contact').create({
    data: { fullName: `张伟${n}`, customer: to, isKeyDecisionMaker: true } as never,
  });
  // Created after the duplicate's contact: still listed first once the duplicate's contacts join it.
  const keptContact = await documents()('api::contact.contact').create({
    data: { fullName: `李娜${n}`, customer: kept.documentId } as never,
  });
  await documents()('api::interaction.interaction').create({
    data: {
      customer: to,
      occurredAt: '2026-10-01T00:00:00Z',
      summary: '拜访',
      contacts: [contact.documentId],
    } as never,
  });
  // Above the Account Manager's clearance: moved too, or it would lose its customer.
  const hidden = await documents()('api::interaction.interaction').create({
    data: {
      customer: to,
      occurredAt: '2026-10-02T00:00:00Z',
      summary: '机密会谈',
      classification: 'confidential',
    } as never,
  });
  await documents()('api::feedback.feedback').create({
    data: { customer: to, content: '雷达误报', receivedAt: '2026-10-03T00:00:00Z' } as never,
  });
  await documents()('api::service-ticket.service-ticket').create({
    data: { customer: to, openedAt: '2026-10-04T00:00:00Z', priority: 'p2' } as never,
  });
  await documents()('api::survey-response.survey-response').create({
    data: { customer: to, respondedAt: '2026-10-05T00:00:00Z', overall: 4 } as never,
  });
  await documents()('api::opportunity.opportunity').create({
    data: { title: `雷达项目${n}`, customer: to, stage: 'proposal' } as never,
  });
  // Targets both: after the merge it targets the kept customer once.
  const shared = await documents()('api::strategy.strategy').create({
    data: {
      title: `共同策略${n}`,
      targetCustomers: [kept.documentId, to, other.documentId],
    } as never,
  });
  const strategy = await documents()('api::strategy.strategy').create({
    data: { title: `专属策略${n}`, targetCustomers: [to] } as never,
  });
  const campaign = await documents()('api::campaign.campaign').create({
    data: { name: `展会${n}`, targetCustomers: [to] } as never,
  });
  return { kept, removed, other, keptContact, contact, hidden, shared, strategy, campaign };
};

const targetsOf = async (
  uid: 'api::strategy.strategy' | 'api::campaign.campaign',
  documentId: string,
) => {
  const record = (await app.strapi.db.query(uid).findOne({
    where: { documentId },
    populate: { targetCustomers: { select: ['documentId'] } },
  })) as {
    targetCustomers: Array<{ documentId: string }>;
  };
  return record.targetCustomers.map((customer) => customer.documentId).sort();
};

const customerOf = async (uid: string, where: Record<string, unknown>) =>
  (
    (await app.strapi.db
      .query(uid as never)
      .findOne({ where, populate: { customer: { select: ['documentId'] } } })) as {
      customer: { documentId: string } | null;
    }
  ).customer?.documentId;

describe('POST /synergy/data-quality/merge', () => {
  it('moves every related record to the kept customer, fills its empty fields, deletes the duplicate and records the merge', async () => {
    const { kept, removed, other, keptContact, contact, hidden, shared, strategy, campaign } =
      await buildPair();

    const res = await merge({ keep: kept.documentId, remove: removed.documentId });

    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({
      kept: { documentId: kept.documentId, name: kept.name, code: kept.code },
      removed: { documentId: removed.documentId, name: removed.name },
      moved: {
        'contacts.customer': 1,
        'interactions.customer': 2,
        'feedbacks.customer': 1,
        'service-tickets.customer': 1,
        'survey-responses.customer': 1,
        'opportunities.customer': 1,
        'strategies.targetCustomers': 2,
        'campaigns.targetCustomers': 1,
      },
      filled: expect.arrayContaining(['shortName', 'sector', 'region', 'owner', 'notes']),
    });
    expect(res.body.data.filled).toHaveLength(5);

    // The duplicate is gone; the kept customer keeps its own values and takes the duplicate's where it had none.
    expect(
      await app.strapi.db.query(CUSTOMER).findOne({ where: { documentId: removed.documentId } }),
    ).toBeNull();
    const customer = await app
      .http()
      .get(`/content-manager/collection-types/${CUSTOMER}/${kept.documentId}`)
      .set(bearer(superAdmin.token));
    expect(customer.body.data).toMatchObject({
      code: kept.code,
      tier: 'key',
      shortName: removed.shortName,
      sector: 'air_force',
      region: '华北',
      notes: '重复录入',
    });
    expect(customer.body.data.needs.map((need: { title: string }) => need.title)).toEqual([
      '雷达升级',
      '备件保障',
    ]);
    const owner = (await app.strapi.db
      .query(CUSTOMER)
      .findOne({ where: { documentId: kept.documentId }, populate: ['owner'] })) as {
      owner: { id: number };
    };
    expect(owner.owner.id).toBe(superAdmin.id);

    // Every relation points at the kept customer, read through the 360 endpoint…
    const view = await app
      .http()
      .get(`/synergy/customers/${kept.documentId}/360`)
      .set(bearer(superAdmin.token));
    expect(view.status).toBe(200);
    const totals = Object.fromEntries(
      [
        'contacts',
        'interactions',
        'feedbacks',
        'serviceTickets',
        'surveyResponses',
        'strategies',
      ].map((section) => [section, view.body.data[section].total]),
    );
    expect(totals).toEqual({
      contacts: 2,
      interactions: 2,
      feedbacks: 1,
      serviceTickets: 1,
      surveyResponses: 1,
      strategies: 2,
    });
    // …the content manager (the inverse side customer.contacts; the kept customer's own contact first)…
    const contacts = await app
      .http()
      .get(`/content-manager/relations/${CUSTOMER}/${kept.documentId}/contacts`)
      .set(bearer(superAdmin.token));
    expect(
      contacts.body.results.map((result: { documentId: string }) => result.documentId).sort(),
    ).toEqual([keptContact.documentId, contact.documentId].sort());
    const ordered = (await app.strapi.db.query(CUSTOMER).load(
      {
        id: (
          await app.strapi.db.query(CUSTOMER).findOne({ where: { documentId: kept.documentId } })
        ).id,
      },
      'contacts',
    )) as Array<{ documentId: string }>;
    expect(ordered.map((record) => record.documentId)).toEqual([
      keptContact.documentId,
      contact.documentId,
    ]);
    // …and the link tables, the record above the caller's clearance included, with no duplicate link.
    expect(
      await customerOf('api::interaction.interaction', { documentId: hidden.documentId }),
    ).toBe(kept.documentId);
    expect(await customerOf('api::opportunity.opportunity', { title: `雷达项目${counter}` })).toBe(
      kept.documentId,
    );
    expect(await targetsOf('api::strategy.strategy', shared.documentId)).toEqual(
      [kept.documentId, other.documentId].sort(),
    );
    expect(await targetsOf('api::strategy.strategy', strategy.documentId)).toEqual([
      kept.documentId,
    ]);
    expect(await targetsOf('api::campaign.campaign', campaign.documentId)).toEqual([
      kept.documentId,
    ]);

    await drainAudit();
    const entries = (await app.strapi.db.query('plugin::synergy.audit-entry').findMany({
      where: {
        actorId: manager.id,
        recordId: { $in: [kept.documentId, removed.documentId, hidden.documentId] },
      },
    })) as Array<{
      action: string;
      recordId: string;
      changedFields: string[] | null;
      details: Record<string, unknown> | null;
    }>;
    expect(entries.find((entry) => entry.action === 'merge')).toMatchObject({
      recordId: kept.documentId,
      details: expect.objectContaining({ keep: kept.documentId, remove: removed.documentId }),
    });
    expect(entries.find((entry) => entry.action === 'delete')).toMatchObject({
      recordId: removed.documentId,
    });
    expect(entries.find((entry) => entry.recordId === hidden.documentId)).toMatchObject({
      action: 'update',
      changedFields: ['customer'],
    });
  });

  it('leaves both customers and every relation as they were when a step fails mid-merge', async () => {
    const { kept, removed, contact, shared } = await buildPair();
    // Test-only: the delete of this duplicate fails, after every relation was moved.
    app.strapi.documents.use(async (ctx, next) => {
      if (
        ctx.action === 'delete' &&
        (ctx.params as { documentId?: string }).documentId === removed.documentId
      ) {
        throw new errors.ApplicationError('injected failure');
      }
      return next();
    });

    const res = await merge({ keep: kept.documentId, remove: removed.documentId });

    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('injected failure');
    expect(
      await app.strapi.db.query(CUSTOMER).findOne({ where: { documentId: removed.documentId } }),
    ).not.toBeNull();
    expect(await customerOf('api::contact.contact', { documentId: contact.documentId })).toBe(
      removed.documentId,
    );
    expect(await targetsOf('api::strategy.strategy', shared.documentId)).toContain(
      removed.documentId,
    );
    const stored = (await app.strapi.db
      .query(CUSTOMER)
      .findOne({ where: { documentId: kept.documentId }, populate: ['needs'] })) as {
      sector: string | null;
      needs: unknown[];
    };
    expect(stored).toMatchObject({ sector: null, needs: [expect.anything()] });
    await drainAudit();
    expect(
      await app.strapi.db
        .query('plugin::synergy.audit-entry')
        .count({ where: { action: 'merge', recordId: kept.documentId } }),
    ).toBe(0);
  });

  it('answers 400 naming the field for a missing, blank or repeated customer, and changes nothing', async () => {
    const { kept, removed } = await buildPair();
    const missing = await merge({ keep: kept.documentId });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/remove/);
    const blank = await merge({ keep: '  ', remove: removed.documentId });
    expect(blank.status).toBe(400);
    expect(blank.body.error.message).toMatch(/keep/);
    const same = await merge({ keep: kept.documentId, remove: kept.documentId });
    expect(same.status).toBe(400);
    expect(same.body.error.message).toMatch(/remove must be a different customer/);
    const unknown = await merge({ keep: kept.documentId, remove: removed.documentId, force: true });
    expect(unknown.status).toBe(400);
    expect((await merge({ keep: 7, remove: removed.documentId })).status).toBe(400);
    expect(
      await app.strapi.db
        .query(CUSTOMER)
        .count({ where: { documentId: { $in: [kept.documentId, removed.documentId] } } }),
    ).toBe(2);
  });

  it('answers 404 for a customer that does not exist or is above the caller’s clearance, and changes nothing', async () => {
    const { kept, contact } = await buildPair();
    const secret = await documents()(CUSTOMER).create({
      data: { name: '机密单位', code: `MS-${counter}`, classification: 'secret' },
    });
    const hidden = await merge({ keep: kept.documentId, remove: secret.documentId });
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.message).toMatch(/^remove/);
    const unknown = await merge({ keep: 'no-such-customer', remove: kept.documentId });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toMatch(/^keep/);
    expect(
      await app.strapi.db
        .query(CUSTOMER)
        .count({ where: { documentId: { $in: [kept.documentId, secret.documentId] } } }),
    ).toBe(2);
    expect(await customerOf('api::contact.contact', { documentId: contact.documentId })).not.toBe(
      kept.documentId,
    );
  });

  it('refuses a role without the merge action, or without updating and deleting customers', async () => {
    const { kept, removed } = await buildPair();
    const analyst = await createAdminSession(app.strapi, ['Strategy Analyst']);
    expect(
      (await merge({ keep: kept.documentId, remove: removed.documentId }, analyst)).status,
    ).toBe(403);

    const mergeOnly = await createCustomRoleSession(app.strapi, [
      { action: 'plugin::synergy.data-quality.merge' },
      { action: 'plugin::content-manager.explorer.update', subject: CUSTOMER, fields: ['name'] },
    ]);
    const refused = await merge({ keep: kept.documentId, remove: removed.documentId }, mergeOnly);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/delete customers/);
    expect(
      await app.strapi.db
        .query(CUSTOMER)
        .count({ where: { documentId: { $in: [kept.documentId, removed.documentId] } } }),
    ).toBe(2);
  });

  it('refuses with 409 to merge away a customer that is in an approval review', async () => {
    const { kept, removed } = await buildPair();
    const workflow = (await app.strapi.db.query('plugin::synergy.workflow').findOne({})) as {
      id: number;
    };
    await app.strapi.db.query('plugin::synergy.review').create({
      data: {
        contentType: CUSTOMER,
        targetDocumentId: removed.documentId,
        workflowId: workflow.id,
        state: 'in_review',
      },
    });
    const res = await merge({ keep: kept.documentId, remove: removed.documentId });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/^remove: .*approval review/);
    expect(
      await app.strapi.db.query(CUSTOMER).count({ where: { documentId: removed.documentId } }),
    ).toBe(1);
  });
});
