import { BOOT_TIMEOUT_MS, setupStrapi, type TestApp } from '../helpers/strapi';
import { bearer, createAdminSession, createApiToken, type AdminSession } from '../helpers/auth';

const CUSTOMER = 'api::customer.customer';
const REQUEST_UID = 'plugin::synergy.dual-control-request';
const AUDIT_UID = 'plugin::synergy.audit-entry';

let app: TestApp;
let superAdmin: AdminSession;
let manager: AdminSession;
let leader: AdminSession;
let officer: AdminSession;
let secondOfficer: AdminSession;
let officerRoleId: number;
let counter = 0;

interface Mail {
  to: string;
  subject: string;
  text: string;
}
const sent: Mail[] = [];

const synergy = () => app.strapi.plugin('synergy');
const drainAudit = () => synergy().service('audit').drain() as Promise<void>;
const customers = () => app.strapi.documents(CUSTOMER);

const createCustomer = async (fields: Record<string, unknown> = {}) => {
  const n = ++counter;
  return customers().create({
    data: { name: `双人客户${n}`, code: `DC-${n}`, ...fields } as never,
  });
};

const storedClassification = async (documentId: string) =>
  (
    (await app.strapi.db.query(CUSTOMER).findOne({ where: { documentId } })) as {
      classification: string;
    } | null
  )?.classification;

/** Polls until `done` holds (e-mails go out after the answer). */
const waitFor = async (done: () => boolean) => {
  for (let attempt = 0; attempt < 50 && !done(); attempt++)
    await new Promise((resolve) => setTimeout(resolve, 50));
  expect(done()).toBe(true);
};

const configure = (body: object, session: AdminSession = superAdmin) =>
  app.http().put('/synergy/dual-control/settings').set(bearer(session.token)).send(body);

const rule = (fields: Record<string, unknown> = {}) => ({
  enabled: true,
  approverRoles: [officerRoleId],
  expiresAfterHours: 24,
  ...fields,
});

const decide = (
  id: number,
  decision: 'approve' | 'reject',
  session: AdminSession,
  body: object = {},
) =>
  app
    .http()
    .post(`/synergy/dual-control/requests/${id}/${decision}`)
    .set(bearer(session.token))
    .send(body);

const lowerInContentManager = (documentId: string, session: AdminSession = manager) =>
  app
    .http()
    .put(`/content-manager/collection-types/${CUSTOMER}/${documentId}`)
    .set(bearer(session.token))
    .set('X-Synergy-Reason', encodeURIComponent('对外发布需要'))
    .send({ classification: 'public', notes: '已脱密' });

const entriesOf = async (where: Record<string, unknown>) => {
  await drainAudit();
  return (await app.strapi.db
    .query(AUDIT_UID)
    .findMany({ where, orderBy: { id: 'asc' } })) as Array<{
    actorId: number | null;
    action: string;
    details: Record<string, unknown> | null;
  }>;
};

beforeAll(async () => {
  app = await setupStrapi();
  superAdmin = await createAdminSession(app.strapi, ['Super Admin']);
  manager = await createAdminSession(app.strapi, ['Account Manager']);
  leader = await createAdminSession(app.strapi, ['Leadership']);
  officer = await createAdminSession(app.strapi, ['Security Officer']);
  secondOfficer = await createAdminSession(app.strapi, ['Security Officer']);
  officerRoleId = (
    (await app.strapi.db.query('admin::role').findOne({ where: { name: 'Security Officer' } })) as {
      id: number;
    }
  ).id;
  const email = app.strapi.plugin('email').service('email') as {
    send: (options: Mail) => Promise<void>;
  };
  email.send = async (mail) => {
    sent.push(mail);
  };
  app.strapi.config.set('plugin::synergy.emailNotifications', true);
  // The leader exports confidential records: their clearance covers them.
  await synergy().service('clearance').setAdminClearance(leader.id, 'confidential', null, 'secret');
}, BOOT_TIMEOUT_MS);

afterAll(async () => {
  await app?.teardown();
});

describe('settings', () => {
  it('start with every action off, and list the admin roles to choose approvers from', async () => {
    const res = await app
      .http()
      .get('/synergy/dual-control/settings')
      .set(bearer(superAdmin.token));
    expect(res.status).toBe(200);
    expect(res.body.data['export-records']).toEqual({
      enabled: false,
      threshold: 100,
      approverRoles: [],
      expiresAfterHours: 24,
    });
    expect(res.body.data['remove-compartment'].enabled).toBe(false);
    expect(res.body.meta.adminRoles).toEqual(
      expect.arrayContaining([{ id: officerRoleId, name: 'Security Officer' }]),
    );
  });

  it.each([
    [() => ({ 'drop-tables': rule() }), 'drop-tables'],
    [
      () => ({ 'lower-classification': rule({ approverRoles: [] }) }),
      'lower-classification.approverRoles',
    ],
    [
      () => ({ 'merge-customers': rule({ approverRoles: [987654] }) }),
      'merge-customers.approverRoles[0]',
    ],
    [
      () => ({ 'archive-audit': rule({ expiresAfterHours: 0 }) }),
      'archive-audit.expiresAfterHours',
    ],
    [() => ({ 'export-records': rule({ threshold: -1 }) }), 'export-records.threshold'],
    [() => ({ 'merge-customers': rule({ threshold: 5 }) }), 'merge-customers.threshold'],
    [() => ({ 'export-records': { ...rule(), enabled: 'yes' } }), 'export-records.enabled'],
    [() => ({ 'merge-customers': { ...rule(), extra: 1 } }), 'extra'],
    [() => ({ 'merge-customers': 'always' }), 'merge-customers'],
  ])('refuse a bad rule with a 400 naming %#: %s, storing nothing', async (body, field) => {
    const res = await configure(body());
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(field);
    const stored = await app
      .http()
      .get('/synergy/dual-control/settings')
      .set(bearer(superAdmin.token));
    expect(
      Object.values(stored.body.data as Record<string, { enabled: boolean }>).every(
        (value) => !value.enabled,
      ),
    ).toBe(true);
  });

  it('are configured by the Super Admin only', async () => {
    expect((await configure({ 'merge-customers': rule() }, officer)).status).toBe(403);
    expect(
      (await app.http().get('/synergy/dual-control/settings').set(bearer(officer.token))).status,
    ).toBe(403);
  });
});

describe('lowering a classification', () => {
  it('is not governed while the rule is off', async () => {
    const customer = await createCustomer();
    const res = await lowerInContentManager(customer.documentId);
    expect(res.status).toBe(200);
    expect(await storedClassification(customer.documentId)).toBe('public');
  });

  it('becomes a pending request (202) when governed, and nothing changes', async () => {
    expect((await configure({ 'lower-classification': rule() })).status).toBe(200);
    const customer = await createCustomer();
    const res = await lowerInContentManager(customer.documentId);
    expect(res.status).toBe(202);
    expect(res.body.meta.rule).toBe('two-person');
    expect(res.body.data).toMatchObject({
      action: 'lower-classification',
      state: 'pending',
      reason: '对外发布需要',
      requester: { type: 'admin', id: manager.id },
      approver: null,
    });
    expect(new Date(res.body.data.expiresAt).getTime() - Date.now()).toBeGreaterThan(23 * 3600_000);
    const stored = (await app.strapi.db
      .query(CUSTOMER)
      .findOne({ where: { documentId: customer.documentId } })) as Record<string, unknown>;
    expect(stored.classification).toBe('internal');
    expect(stored.notes ?? null).toBeNull();
    const [requested] = await entriesOf({ action: 'request', recordId: String(res.body.data.id) });
    expect(requested.actorId).toBe(manager.id);
  });

  it('leaves raising a classification and other edits alone', async () => {
    const customer = await createCustomer({ classification: 'public' });
    const res = await app
      .http()
      .put(`/content-manager/collection-types/${CUSTOMER}/${customer.documentId}`)
      .set(bearer(manager.token))
      .send({ classification: 'internal', notes: '升级' });
    expect(res.status).toBe(200);
    expect(await storedClassification(customer.documentId)).toBe('internal');
  });

  it('holds the same update through REST (API token): 202 and the record unchanged', async () => {
    const token = await createApiToken(app.strapi);
    const customer = await createCustomer();
    const res = await app
      .http()
      .put(`/api/customers/${customer.documentId}`)
      .set(bearer(token))
      .send({ data: { classification: 'public' } });
    expect(res.status).toBe(202);
    expect(res.body.data).toMatchObject({
      action: 'lower-classification',
      requester: { type: 'api-token' },
    });
    expect(await storedClassification(customer.documentId)).toBe('internal');
  });

  it('e-mails the holders of the approver roles (never the requester), and the requester on a decision', async () => {
    sent.length = 0;
    const customer = await createCustomer();
    const { body } = await lowerInContentManager(customer.documentId);
    await waitFor(() => sent.some((mail) => mail.subject.startsWith('Two-person approval needed')));
    const asked = sent.filter((mail) => mail.subject.startsWith('Two-person approval needed'));
    expect(asked.map((mail) => mail.to).sort()).toEqual(
      [officer.email, secondOfficer.email].sort(),
    );
    expect(asked[0].text).toContain('对外发布需要');
    expect(asked[0].text).toContain('/admin/plugins/synergy-dual-control');
    await decide(body.data.id, 'reject', officer, { reason: '不批' });
    await waitFor(() =>
      sent.some((mail) => mail.subject.startsWith('Two-person request rejected')),
    );
    const told = sent.find((mail) => mail.subject.startsWith('Two-person request rejected'));
    expect(told?.to).toBe(manager.email);
    expect(told?.text).toContain('不批');
  });

  it('may not be approved by its requester (403 naming the rule)', async () => {
    const customer = await createCustomer();
    const { body } = await lowerInContentManager(customer.documentId);
    const res = await decide(body.data.id, 'approve', manager);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/Two-person rule: the requester may not approve/);
    expect(await storedClassification(customer.documentId)).toBe('internal');
  });

  it('may not be approved by someone without an approver role (403)', async () => {
    const customer = await createCustomer();
    const { body } = await lowerInContentManager(customer.documentId);
    const res = await decide(body.data.id, 'approve', leader);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/Two-person rule: only holders of the approver roles/);
  });

  it('is executed as the requester on a second person’s approval, both people audited', async () => {
    const customer = await createCustomer();
    const { body } = await lowerInContentManager(customer.documentId);
    const list = await app
      .http()
      .get('/synergy/dual-control/requests?state=pending')
      .set(bearer(officer.token));
    expect(list.status).toBe(200);
    expect(list.body.data).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: body.data.id, canDecide: true })]),
    );
    const res = await decide(body.data.id, 'approve', officer, { reason: '已核实', version: 0 });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      state: 'executed',
      approver: { type: 'admin', id: officer.id },
      decisionReason: '已核实',
    });
    const stored = (await app.strapi.db
      .query(CUSTOMER)
      .findOne({ where: { documentId: customer.documentId } })) as Record<string, unknown>;
    expect(stored).toMatchObject({ classification: 'public', notes: '已脱密' });

    const [update] = await entriesOf({
      action: 'update',
      contentType: CUSTOMER,
      recordId: customer.documentId,
    });
    expect(update.actorId).toBe(manager.id);
    expect(update.details?.dualControl).toMatchObject({
      requestId: body.data.id,
      requester: { id: manager.id },
      approver: { id: officer.id },
    });
    const [approval] = await entriesOf({ action: 'approve', recordId: String(body.data.id) });
    expect(approval.actorId).toBe(officer.id);
    expect(approval.details).toMatchObject({
      action: 'lower-classification',
      requester: { id: manager.id },
    });
    // Decided once: a second approval is a conflict.
    expect((await decide(body.data.id, 'approve', secondOfficer)).status).toBe(409);
  });

  it('changes nothing when rejected, and a rejected request cannot be approved', async () => {
    const customer = await createCustomer();
    const { body } = await lowerInContentManager(customer.documentId);
    const res = await decide(body.data.id, 'reject', officer, { reason: '仍需保密' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ state: 'rejected', decisionReason: '仍需保密' });
    expect(await storedClassification(customer.documentId)).toBe('internal');
    const again = await decide(body.data.id, 'approve', officer);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already rejected/);
    const [rejection] = await entriesOf({ action: 'reject', recordId: String(body.data.id) });
    expect(rejection.actorId).toBe(officer.id);
  });

  it('cannot be approved once expired (409 naming it), and nothing changes', async () => {
    const customer = await createCustomer();
    const { body } = await lowerInContentManager(customer.documentId);
    await app.strapi.db
      .query(REQUEST_UID)
      .update({ where: { id: body.data.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const res = await decide(body.data.id, 'approve', officer);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(new RegExp(`request ${body.data.id} expired at`));
    expect(await storedClassification(customer.documentId)).toBe('internal');
    const list = await app
      .http()
      .get('/synergy/dual-control/requests?state=expired')
      .set(bearer(manager.token));
    expect(list.body.data.map((request: { id: number }) => request.id)).toContain(body.data.id);
    const stored = (await app.strapi.db
      .query(REQUEST_UID)
      .findOne({ where: { id: body.data.id } })) as { state: string };
    expect(stored.state).toBe('expired');
  });

  it('executes once when two approvers approve at the same time: the other gets 409', async () => {
    const customer = await createCustomer();
    const { body } = await lowerInContentManager(customer.documentId);
    const answers = await Promise.all([
      decide(body.data.id, 'approve', officer),
      decide(body.data.id, 'approve', secondOfficer),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(await storedClassification(customer.documentId)).toBe('public');
    const updates = await entriesOf({
      action: 'update',
      contentType: CUSTOMER,
      recordId: customer.documentId,
    });
    expect(updates.filter((entry) => entry.details?.dualControl)).toHaveLength(1);
  });

  it('answers 400 naming the field for a bad decision body or list query', async () => {
    const customer = await createCustomer();
    const { body } = await lowerInContentManager(customer.documentId);
    const res = await decide(body.data.id, 'approve', officer, { version: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/version/);
    const list = await app
      .http()
      .get('/synergy/dual-control/requests?state=lost')
      .set(bearer(officer.token));
    expect(list.status).toBe(400);
    expect(list.body.error.message).toMatch(/state/);
    expect((await decide(999999, 'approve', officer)).status).toBe(404);
    const badId = await app
      .http()
      .post('/synergy/dual-control/requests/abc/approve')
      .set(bearer(officer.token))
      .send({});
    expect(badId.status).toBe(400);
    expect(badId.body.error.message).toMatch(/^id /);
  });
});

describe('exporting confidential records', () => {
  let confidentialCodes: string[];
  const exportCustomers = (query: string, session: AdminSession = leader) =>
    app.http().get(`/synergy/export/${CUSTOMER}?format=csv&${query}`).set(bearer(session.token));

  beforeAll(async () => {
    const a = await createCustomer({ classification: 'confidential', code: 'DCX-1' });
    const b = await createCustomer({ classification: 'confidential', code: 'DCX-2' });
    confidentialCodes = [a.code as string, b.code as string];
  });
  const both = 'filters[code][$startsWith]=DCX-';

  it('is not governed while the rule is off', async () => {
    const res = await exportCustomers(both);
    expect(res.status).toBe(200);
    expect(res.headers['x-exported-rows']).toBe('2');
  });

  it('is not governed at or below the threshold', async () => {
    expect((await configure({ 'export-records': rule({ threshold: 1 }) })).status).toBe(200);
    const res = await exportCustomers('filters[code][$eq]=DCX-1');
    expect(res.status).toBe(200);
    expect(res.headers['x-exported-rows']).toBe('1');
  });

  it('above it becomes a request; once approved, only the requester downloads it, once', async () => {
    const held = await exportCustomers(both);
    expect(held.status).toBe(202);
    expect(held.body.data).toMatchObject({
      action: 'export-records',
      state: 'pending',
      payload: { uid: CUSTOMER, request: { format: 'csv' } },
    });
    const id = held.body.data.id as number;
    const download = (session: AdminSession) =>
      app.http().get(`/synergy/dual-control/requests/${id}/export`).set(bearer(session.token));
    // Not yet approved: nothing to download.
    expect((await download(leader)).status).toBe(409);
    expect((await decide(id, 'approve', leader)).status).toBe(403);

    const approved = await decide(id, 'approve', officer);
    expect(approved.status).toBe(200);
    expect(approved.body.data.state).toBe('approved');

    const stranger = await download(officer);
    expect(stranger.status).toBe(403);
    expect(stranger.body.error.message).toMatch(/Two-person rule: only the requester/);
    const file = await download(leader);
    expect(file.status).toBe(200);
    expect(file.headers['x-exported-rows']).toBe('2');
    for (const code of confidentialCodes) expect(file.text).toContain(code);
    expect((await download(leader)).status).toBe(409);

    const exports = await entriesOf({ action: 'export', contentType: CUSTOMER });
    const approvedExport = exports.find((entry) => entry.details?.dualControl);
    expect(approvedExport?.actorId).toBe(leader.id);
    expect(approvedExport?.details?.dualControl).toMatchObject({
      requestId: id,
      approver: { id: officer.id },
    });
  });

  it('cannot be downloaded after the time limit (409)', async () => {
    const held = await exportCustomers(both);
    const id = held.body.data.id as number;
    expect((await decide(id, 'approve', officer)).status).toBe(200);
    await app.strapi.db
      .query(REQUEST_UID)
      .update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const res = await app
      .http()
      .get(`/synergy/dual-control/requests/${id}/export`)
      .set(bearer(leader.token));
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/expired/);
  });
});

describe('merging customers', () => {
  const merge = (keep: string, remove: string) =>
    app
      .http()
      .post('/synergy/data-quality/merge')
      .set(bearer(manager.token))
      .send({ keep, remove });

  it('is not governed while the rule is off', async () => {
    const [keep, remove] = [await createCustomer(), await createCustomer()];
    const res = await merge(keep.documentId, remove.documentId);
    expect(res.status).toBe(200);
    expect(res.body.data.removed.documentId).toBe(remove.documentId);
  });

  it('becomes a request; the requester may not approve it; a rejection changes nothing', async () => {
    expect((await configure({ 'merge-customers': rule() })).status).toBe(200);
    const [keep, remove] = [await createCustomer(), await createCustomer()];
    const held = await merge(keep.documentId, remove.documentId);
    expect(held.status).toBe(202);
    expect(held.body.data).toMatchObject({ action: 'merge-customers', state: 'pending' });
    expect(await storedClassification(remove.documentId)).toBe('internal');
    expect((await decide(held.body.data.id, 'approve', manager)).status).toBe(403);
    expect((await decide(held.body.data.id, 'reject', officer)).status).toBe(200);
    expect(await storedClassification(remove.documentId)).toBe('internal');
  });

  it('is executed as the requester on approval, the merge audited with both people', async () => {
    const [keep, remove] = [await createCustomer(), await createCustomer()];
    const held = await merge(keep.documentId, remove.documentId);
    const res = await decide(held.body.data.id, 'approve', officer);
    expect(res.status).toBe(200);
    expect(res.body.data.state).toBe('executed');
    expect(res.body.data.result).toMatchObject({ removed: { documentId: remove.documentId } });
    expect(await storedClassification(remove.documentId)).toBeUndefined();
    const [entry] = await entriesOf({ action: 'merge', recordId: keep.documentId });
    expect(entry.actorId).toBe(manager.id);
    expect(entry.details?.dualControl).toMatchObject({ approver: { id: officer.id } });
  });

  it('refuses at once what the merge itself refuses (404), holding nothing', async () => {
    const before = await app.strapi.db.query(REQUEST_UID).count({});
    const keep = await createCustomer();
    const res = await merge(keep.documentId, 'no-such-customer');
    expect(res.status).toBe(404);
    expect(await app.strapi.db.query(REQUEST_UID).count({})).toBe(before);
  });
});

describe('archiving the audit trail', () => {
  const archive = () =>
    app
      .http()
      .post('/synergy/audit/archive')
      .set(bearer(superAdmin.token))
      .send({ before: '2021-01-01T00:00:00Z' });

  beforeAll(async () => {
    expect(
      (
        await app
          .http()
          .put('/synergy/audit/retention')
          .set(bearer(superAdmin.token))
          .send({ minimumAgeDays: 1 })
      ).status,
    ).toBe(200);
  });

  const archiveEntries = async () => (await entriesOf({ action: 'archive' })).length;

  it('becomes a request; once approved, the requester runs it once and gets the CSV', async () => {
    expect((await configure({ 'archive-audit': rule() })).status).toBe(200);
    const held = await archive();
    expect(held.status).toBe(202);
    expect(held.body.data).toMatchObject({ action: 'archive-audit', state: 'pending' });
    expect(await archiveEntries()).toBe(0);
    expect((await decide(held.body.data.id, 'approve', superAdmin)).status).toBe(403);

    const approved = await decide(held.body.data.id, 'approve', officer);
    expect(approved.body.data.state).toBe('approved');
    expect(await archiveEntries()).toBe(0);
    const run = await app
      .http()
      .post(`/synergy/dual-control/requests/${held.body.data.id}/archive`)
      .set(bearer(superAdmin.token));
    expect(run.status).toBe(200);
    expect(run.headers['content-type']).toMatch(/text\/csv/);
    expect(run.headers['x-archived-entries']).toBeDefined();
    const [entry] = await entriesOf({ action: 'archive' });
    expect(entry.actorId).toBe(superAdmin.id);
    expect(entry.details?.dualControl).toMatchObject({ approver: { id: officer.id } });
    expect(
      (
        await app
          .http()
          .post(`/synergy/dual-control/requests/${held.body.data.id}/archive`)
          .set(bearer(superAdmin.token))
      ).status,
    ).toBe(409);
  });

  it('is not archived when the request is rejected', async () => {
    const before = await archiveEntries();
    const held = await archive();
    expect((await decide(held.body.data.id, 'reject', officer)).status).toBe(200);
    const run = await app
      .http()
      .post(`/synergy/dual-control/requests/${held.body.data.id}/archive`)
      .set(bearer(superAdmin.token));
    expect(run.status).toBe(409);
    expect(await archiveEntries()).toBe(before);
  });
});

describe('removing a caveat', () => {
  const editCaveats = (documentId: string, caveats: string[]) =>
    app
      .http()
      .put(`/content-manager/collection-types/${CUSTOMER}/${documentId}`)
      .set(bearer(manager.token))
      .send({ caveats });
  const storedCaveats = async (documentId: string) =>
    (
      (await app.strapi.db.query(CUSTOMER).findOne({ where: { documentId } })) as {
        caveats: unknown;
      }
    ).caveats;

  it('becomes a request when governed; adding one is not held; approval removes it', async () => {
    expect((await configure({ 'remove-caveat': rule() })).status).toBe(200);
    const customer = await createCustomer({ caveats: ['domestic-only'] });

    const added = await editCaveats(customer.documentId, ['domestic-only', 'export-controlled']);
    expect(added.status).toBe(200);

    const held = await editCaveats(customer.documentId, []);
    expect(held.status).toBe(202);
    expect(held.body.data).toMatchObject({ action: 'remove-caveat', state: 'pending' });
    expect(await storedCaveats(customer.documentId)).toEqual([
      'domestic-only',
      'export-controlled',
    ]);

    expect((await decide(held.body.data.id, 'approve', manager)).status).toBe(403);
    const approved = await decide(held.body.data.id, 'approve', officer);
    expect(approved.status).toBe(200);
    expect(approved.body.data.state).toBe('executed');
    expect(await storedCaveats(customer.documentId)).toEqual([]);
  });
});
