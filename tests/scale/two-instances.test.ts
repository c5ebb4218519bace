import { bearer } from '../helpers/auth';
import {
  createCluster,
  createFullAccessToken,
  inviteAdmin,
  registerFirstAdmin,
  type AdminLogin,
  type Cluster,
  type Instance,
} from './cluster';

/**
 * Scaling out (issue 6): two `strapi start` processes on ports 1460 and 1461 against one
 * PostgreSQL database, requests spread over both. Whatever one instance writes, the other must
 * see at once: no state of the plugin may live only in one process.
 *
 *   npm run test:scale
 */

let cluster: Cluster;
let a: Instance;
let b: Instance;
let owner: AdminLogin;
let token: string;

const CUSTOMER = 'api::customer.customer';
const MATERIAL = 'api::brand-material.brand-material';
/** Successful REST updates of customers, by documentId: the audit trail must hold one entry for each. */
const updatesMade = new Map<string, number>();
/** A write sent through the "load balancer", with the client's address in X-Forwarded-For. */
let forwardedWrite: string;

beforeAll(async () => {
  cluster = await createCluster();
  [a, b] = cluster.instances;
  // The first instance runs the first-start setup alone; the second joins once it is up.
  await a.start();
  owner = await registerFirstAdmin(a);
  await b.start();
  // Created on B, used on both.
  token = await createFullAccessToken(b, owner);
}, 240_000);

afterAll(async () => {
  await cluster?.teardown();
});

const both = () => [a, b];
/** The instance for the i-th request of a batch: requests alternate between the two. */
const spread = (index: number) => both()[index % 2];

const createCustomer = (instance: Instance, code: string, classification = 'internal') =>
  instance
    .http()
    .post('/api/customers')
    .set(bearer(token))
    .send({ data: { name: `客户 ${code}`, code, classification } });

const customerTotal = async (instance: Instance, codePrefix: string) => {
  const res = await instance
    .http()
    .get('/api/customers')
    .query({ 'filters[code][$startsWith]': codePrefix, 'pagination[pageSize]': 1 })
    .set(bearer(token));
  expect(res.status).toBe(200);
  return res.body.meta.pagination.total as number;
};

/** Setup counts that must not grow with instances or restarts: the first-start setup runs once in effect. */
const setupCounts = async () => {
  const [roles] = await cluster.query<{ count: string }>(
    'SELECT COUNT(*) AS count FROM admin_roles',
  );
  const [workflows] = await cluster.query<{ count: string }>(
    'SELECT COUNT(*) AS count FROM synergy_workflows',
  );
  const [locales] = await cluster.query<{ count: string }>(
    'SELECT COUNT(*) AS count FROM i18n_locale',
  );
  const [permissions] = await cluster.query<{ count: string }>(
    'SELECT COUNT(*) AS count FROM admin_permissions',
  );
  return {
    roles: Number(roles.count),
    workflows: Number(workflows.count),
    locales: Number(locales.count),
    permissions: Number(permissions.count),
  };
};

let countsAfterFirstStart: Awaited<ReturnType<typeof setupCounts>>;

describe('two instances on one PostgreSQL database', () => {
  it('ran the first-start setup once: the roles, workflows and locales of one instance', async () => {
    countsAfterFirstStart = await setupCounts();
    // Super Admin, Editor, Author and the six roles of SPEC §6; three workflows; zh-Hans and en.
    expect(countsAfterFirstStart).toMatchObject({ roles: 9, workflows: 3, locales: 2 });
  });

  it('share sessions and secrets: a login or API token from one instance works on the other', async () => {
    const me = await b.http().get('/admin/users/me').set(bearer(owner.token));
    expect(me.status).toBe(200);
    expect(me.body.data.id).toBe(owner.id);
    expect((await a.http().get('/api/customers').set(bearer(token))).status).toBe(200);
  });

  it('concurrent approvals of one review at one version on both instances: the stage advances once, the others get 409', async () => {
    const [author, ...approvers] = await Promise.all(
      [a, a, b, a, b].map((instance) => inviteAdmin(instance, owner, 'Marketing')),
    );
    for (let round = 0; round < 3; round += 1) {
      const material = await a
        .http()
        .post('/api/brand-materials')
        .query({ status: 'draft' })
        .set(bearer(token))
        .send({ data: { title: `并发手册 ${round}`, classification: 'internal' } });
      expect(material.status).toBe(201);
      const submitted = await b
        .http()
        .post('/synergy/reviews')
        .set(bearer(author.token))
        .send({ contentType: MATERIAL, documentId: material.body.data.documentId, version: 0 });
      expect(submitted.status).toBe(200);
      const review = submitted.body.data;

      const answers = await Promise.all(
        approvers.map((approver, index) =>
          spread(index + round)
            .http()
            .post(`/synergy/reviews/${review.id}/approve`)
            .set(bearer(approver.token))
            .send({ version: review.version }),
        ),
      );
      expect(answers.map((res) => res.status).sort()).toEqual([200, 409, 409, 409]);

      for (const instance of both()) {
        const after = (
          await instance.http().get(`/synergy/reviews/${review.id}`).set(bearer(author.token))
        ).body.data;
        expect(after.stage.key).toBe('security-review');
        expect(after.version).toBe(review.version + 1);
        expect(
          after.events.filter((event: { action: string }) => event.action === 'approve'),
        ).toHaveLength(1);
        expect(
          after.events.filter((event: { action: string }) => event.action === 'advance'),
        ).toHaveLength(1);
      }
    }
  });

  it('concurrent creates and updates of CRM records on both instances: every one is there, counts are right', async () => {
    const existing = await Promise.all(
      Array.from({ length: 20 }, (_, index) => createCustomer(spread(index), `UPD-${index}`)),
    );
    expect(existing.map((res) => res.status)).toEqual(Array(20).fill(201));

    // 40 creates and 20 updates at once, alternating between the instances.
    const [creates, updates] = await Promise.all([
      Promise.all(
        Array.from({ length: 40 }, (_, index) => createCustomer(spread(index), `MIX-${index}`)),
      ),
      Promise.all(
        existing.map((res, index) =>
          spread(index + 1)
            .http()
            .put(`/api/customers/${res.body.data.documentId}`)
            .set(bearer(token))
            .send({ data: { notes: `updated through ${spread(index + 1).name}` } }),
        ),
      ),
    ]);
    expect(creates.map((res) => res.status)).toEqual(Array(40).fill(201));
    expect(updates.map((res) => res.status)).toEqual(Array(20).fill(200));
    for (const res of updates)
      updatesMade.set(
        res.body.data.documentId,
        (updatesMade.get(res.body.data.documentId) ?? 0) + 1,
      );

    for (const instance of both()) {
      expect(await customerTotal(instance, 'MIX-')).toBe(40);
      expect(await customerTotal(instance, 'UPD-')).toBe(20);
    }
    // Each update is seen by the instance that did not make it.
    const read = await Promise.all(
      existing.map((res, index) =>
        spread(index).http().get(`/api/customers/${res.body.data.documentId}`).set(bearer(token)),
      ),
    );
    expect(read.map((res) => res.body.data.notes)).toEqual(
      existing.map((_, index) => `updated through ${spread(index + 1).name}`),
    );
  });

  it('clearance holds on both instances, and a clearance changed on one applies on the other at once', async () => {
    const levels = ['public', 'internal', 'confidential', 'secret'];
    for (const level of levels)
      expect((await createCustomer(a, `CL-${level}`, level)).status).toBe(201);
    const [internalUser, confidentialUser] = await Promise.all([
      inviteAdmin(a, owner, 'Account Manager'),
      inviteAdmin(b, owner, 'Account Manager'),
    ]);
    const setClearance = (instance: Instance, user: AdminLogin, level: string) =>
      instance
        .http()
        .put(`/synergy/clearances/${user.id}`)
        .set(bearer(owner.token))
        .send({ level });
    expect((await setClearance(b, confidentialUser, 'confidential')).status).toBe(200);

    const visibleCodes = async (instance: Instance, user: AdminLogin) => {
      const res = await instance
        .http()
        .get(`/content-manager/collection-types/${CUSTOMER}`)
        .query({ 'filters[code][$startsWith]': 'CL-', pageSize: 100, sort: 'code:asc' })
        .set(bearer(user.token));
      expect(res.status).toBe(200);
      return (res.body.results as Array<{ code: string }>).map((row) => row.code);
    };
    const expectVisible = async (user: AdminLogin, codes: string[]) => {
      // Several reads at once on each instance, interleaved.
      const answers = await Promise.all(
        Array.from({ length: 6 }, (_, index) => visibleCodes(spread(index), user)),
      );
      for (const answer of answers) expect(answer).toEqual(codes);
    };

    await expectVisible(internalUser, ['CL-internal', 'CL-public']);
    await expectVisible(confidentialUser, ['CL-confidential', 'CL-internal', 'CL-public']);

    // Raised on A: B shows the confidential record on the very next request; lowered on B: A hides it.
    expect((await setClearance(a, internalUser, 'confidential')).status).toBe(200);
    expect(await visibleCodes(b, internalUser)).toEqual([
      'CL-confidential',
      'CL-internal',
      'CL-public',
    ]);
    expect((await setClearance(b, internalUser, 'internal')).status).toBe(200);
    expect(await visibleCodes(a, internalUser)).toEqual(['CL-internal', 'CL-public']);
  });

  it('a workflow changed on one instance governs the next review on the other at once', async () => {
    const workflows = (await a.http().get('/synergy/workflows').set(bearer(owner.token))).body
      .data as Array<{
      id: number;
      name: string;
      contentTypes: string[];
      stages: Array<{ key: string; requiredApprovals: number }>;
    }>;
    const materials = workflows.find((workflow) => workflow.contentTypes.includes(MATERIAL))!;
    const stages = materials.stages.map((stage) =>
      stage.key === 'marketing-review' ? { ...stage, requiredApprovals: 2 } : stage,
    );
    const changed = await a
      .http()
      .put(`/synergy/workflows/${materials.id}`)
      .set(bearer(owner.token))
      .send({ name: materials.name, contentTypes: materials.contentTypes, stages });
    expect(changed.status).toBe(200);

    const [author, first, second] = await Promise.all([
      inviteAdmin(b, owner, 'Marketing'),
      inviteAdmin(a, owner, 'Marketing'),
      inviteAdmin(b, owner, 'Marketing'),
    ]);
    const material = await b
      .http()
      .post('/api/brand-materials')
      .query({ status: 'draft' })
      .set(bearer(token))
      .send({ data: { title: '两人审核', classification: 'internal' } });
    const submitted = await b
      .http()
      .post('/synergy/reviews')
      .set(bearer(author.token))
      .send({ contentType: MATERIAL, documentId: material.body.data.documentId, version: 0 });
    expect(submitted.body.data).toMatchObject({
      stage: { key: 'marketing-review' },
      approvalsNeeded: 2,
    });
    const once = await b
      .http()
      .post(`/synergy/reviews/${submitted.body.data.id}/approve`)
      .set(bearer(first.token))
      .send({ version: submitted.body.data.version });
    expect(once.body.data).toMatchObject({ stage: { key: 'marketing-review' }, approvalsSoFar: 1 });
    const twice = await a
      .http()
      .post(`/synergy/reviews/${submitted.body.data.id}/approve`)
      .set(bearer(second.token))
      .send({ version: once.body.data.version });
    expect(twice.body.data.stage.key).toBe('security-review');
  });

  it('a write and the SLA targets changed on one instance show in the analytics of the other at once, past its cache', async () => {
    let lastCache: string | undefined;
    const overviewOn = async (instance: Instance) => {
      const res = await instance.http().get('/synergy/analytics/overview').set(bearer(owner.token));
      expect(res.status).toBe(200);
      lastCache = res.headers['x-synergy-cache'];
      return res.body.data.current.service as {
        tickets: number;
        byPriority: Record<
          string,
          { responseCompliance: number | null; target: { responseHours: number } }
        >;
      };
    };
    expect((await overviewOn(b)).tickets).toBe(0);
    // Stored on both instances: the answers below are recomputed only because the data changed.
    expect((await overviewOn(b)).tickets).toBe(0);
    expect(lastCache).toBe('hit');
    await overviewOn(a);
    expect((await overviewOn(a)).tickets).toBe(0);
    expect(lastCache).toBe('hit');
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
    const customer = (await createCustomer(b, 'SLA-1')).body.data.documentId;
    const ticket = await a
      .http()
      .post('/api/service-tickets')
      .set(bearer(token))
      .send({
        data: {
          title: '雷达维修',
          priority: 'p3',
          openedAt: hoursAgo(3),
          acknowledgedAt: hoursAgo(1),
          classification: 'internal',
          customer,
        },
      });
    expect(ticket.status).toBe(201);
    // Acknowledged after 2 hours: within the default p3 target of 24 hours.
    const before = await overviewOn(b);
    expect(lastCache).toBe('miss');
    expect(before.tickets).toBe(1);
    expect((await overviewOn(b)).tickets).toBe(1);
    expect(lastCache).toBe('hit');
    expect(before.byPriority.p3).toMatchObject({
      responseCompliance: 1,
      target: { responseHours: 24 },
    });

    const settings = (await a.http().get('/synergy/settings').set(bearer(owner.token))).body.data;
    const withP3 = (responseHours: number) => ({
      slaTargets: { ...settings.slaTargets, p3: { ...settings.slaTargets.p3, responseHours } },
    });
    expect(
      (await a.http().put('/synergy/settings').set(bearer(owner.token)).send(withP3(1))).status,
    ).toBe(200);
    expect((await overviewOn(b)).byPriority.p3).toMatchObject({
      responseCompliance: 0,
      target: { responseHours: 1 },
    });
    expect(lastCache).toBe('miss');
    expect(
      (await b.http().put('/synergy/settings').set(bearer(owner.token)).send(withP3(4))).status,
    ).toBe(200);
    expect((await overviewOn(a)).byPriority.p3).toMatchObject({
      responseCompliance: 1,
      target: { responseHours: 4 },
    });
  });

  it('an instance stopped while writes are under way lets them finish and writes their audit entries before it exits', async () => {
    const codes = Array.from({ length: 60 }, (_, index) => `STOP-${index}`);
    let answered = 0;
    let stopping: Promise<void> | null = null;
    // Eight clients writing to A one request after another; A is told to stop once ten have been answered.
    const client = async (offset: number) => {
      for (let index = offset; index < codes.length; index += 8) {
        try {
          const res = await createCustomer(a, codes[index]);
          if (res.status !== 201) throw new Error(`create answered ${res.status}`);
        } catch (error) {
          // Once A is stopping, connections it has not started on are refused or reset (a load
          // balancer retries them elsewhere); whatever A did write must be in the audit trail.
          if (!stopping || !(error as { syscall?: string }).syscall) throw error;
          return;
        }
        answered += 1;
        if (answered === 10) stopping = a.stop();
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, offset) => client(offset)));
    await stopping;

    const rows = await cluster.query<{ document_id: string }>(
      "SELECT document_id FROM customers WHERE code LIKE 'STOP-%'",
    );
    expect(rows.length).toBeGreaterThanOrEqual(10);
    const entries = await cluster.query<{ record_id: string }>(
      "SELECT record_id FROM synergy_audit_entries WHERE action = 'create' AND content_type = $1 AND record_id = ANY($2)",
      [CUSTOMER, rows.map((row) => row.document_id)],
    );
    expect(entries.map((entry) => entry.record_id).sort()).toEqual(
      rows.map((row) => row.document_id).sort(),
    );
  });

  it('both instances restart at once without duplicating roles, workflows or locales, and keep what was changed', async () => {
    await b.stop();
    await Promise.all([a.start(), b.start()]);
    expect(await setupCounts()).toEqual(countsAfterFirstStart);
    for (const instance of both()) {
      const workflows = (await instance.http().get('/synergy/workflows').set(bearer(owner.token)))
        .body.data as Array<{
        contentTypes: string[];
        stages: Array<{ key: string; requiredApprovals: number }>;
      }>;
      const materials = workflows.find((workflow) => workflow.contentTypes.includes(MATERIAL))!;
      expect(
        materials.stages.find((stage) => stage.key === 'marketing-review')?.requiredApprovals,
      ).toBe(2);
    }
  }, 240_000);

  it('records the client address the load balancer passes on, not the balancer', async () => {
    const created = await b
      .http()
      .post('/api/customers')
      .set({ ...bearer(token), 'X-Forwarded-For': '203.0.113.7' })
      .send({ data: { name: '转发', code: 'XFF-1', classification: 'internal' } });
    expect(created.status).toBe(201);
    forwardedWrite = created.body.data.documentId;
  });

  it('the audit trail holds exactly one entry per CRM write made on either instance', async () => {
    await Promise.all(both().map((instance) => instance.stop()));
    const [forwarded] = await cluster.query<{ ip: string }>(
      'SELECT ip FROM synergy_audit_entries WHERE record_id = $1',
      [forwardedWrite],
    );
    expect(forwarded.ip).toBe('203.0.113.7');
    const created = await cluster.query<{ document_id: string }>(
      'SELECT document_id FROM customers',
    );
    const entries = await cluster.query<{ record_id: string; action: string }>(
      'SELECT record_id, action FROM synergy_audit_entries WHERE content_type = $1 AND action IN ($2, $3)',
      [CUSTOMER, 'create', 'update'],
    );
    const byAction = (action: string) =>
      entries
        .filter((entry) => entry.action === action)
        .map((entry) => entry.record_id)
        .sort();
    expect(byAction('create')).toEqual(created.map((row) => row.document_id).sort());
    expect(byAction('update')).toEqual(
      [...updatesMade.entries()]
        .flatMap(([documentId, count]) => Array(count).fill(documentId))
        .sort(),
    );
  }, 60_000);
});
