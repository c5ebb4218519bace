import { setupStrapi, type TestApp } from '../helpers/strapi';
import { bearer, createAdminSession, createApiToken, type AdminSession } from '../helpers/auth';

let app: TestApp;
let author: AdminSession;
let marketing: AdminSession;
let security: AdminSession;
let leadership: AdminSession;
let analyst: AdminSession;
let analyst2: AdminSession;
let superAdmin: AdminSession;

beforeAll(async () => {
  app = await setupStrapi();
  [author, marketing, security, leadership, analyst, analyst2, superAdmin] = await Promise.all([
    createAdminSession(app.strapi, ['Marketing']),
    createAdminSession(app.strapi, ['Marketing']),
    createAdminSession(app.strapi, ['Security Officer']),
    createAdminSession(app.strapi, ['Leadership']),
    createAdminSession(app.strapi, ['Strategy Analyst']),
    createAdminSession(app.strapi, ['Strategy Analyst']),
    createAdminSession(app.strapi, ['Super Admin']),
  ]);
});

afterAll(async () => {
  await app?.teardown();
});

const MATERIAL = 'api::brand-material.brand-material';
const STRATEGY = 'api::strategy.strategy';
const cm = (uid: string, documentId = '') =>
  `/content-manager/collection-types/${uid}${documentId ? `/${documentId}` : ''}`;

const newMaterial = async (title: string) =>
  (await app.strapi.documents(MATERIAL).create({ data: { title, classification: 'internal' } }))
    .documentId as string;
const newStrategy = async (title: string, extra: Record<string, unknown> = {}) =>
  (
    await app.strapi
      .documents(STRATEGY)
      .create({ data: { title, dimension: 'service', ...extra } as never })
  ).documentId as string;

const submit = (session: AdminSession, contentType: string, documentId: string, version = 0) =>
  app
    .http()
    .post('/synergy/reviews')
    .set(bearer(session.token))
    .send({ contentType, documentId, version });
const act = (
  session: AdminSession,
  id: number,
  action: 'approve' | 'reject' | 'withdraw',
  version: number,
  comment?: string,
) =>
  app
    .http()
    .post(`/synergy/reviews/${id}/${action}`)
    .set(bearer(session.token))
    .send({ version, ...(comment ? { comment } : {}) });
const publish = (session: AdminSession, documentId: string) =>
  app
    .http()
    .post(`${cm(MATERIAL, documentId)}/actions/publish?locale=zh-Hans`)
    .set(bearer(session.token))
    .send({});
const strategyStatus = async (documentId: string) =>
  ((await app.strapi.db.query(STRATEGY).findOne({ where: { documentId } })) as { status: string })
    .status;

describe('seeded workflows', () => {
  it('exist for strategies, brand materials and competitors with their stages and approver roles', async () => {
    const res = await app.http().get('/synergy/workflows').set(bearer(superAdmin.token));
    expect(res.status).toBe(200);
    const roleName = (id: number) =>
      res.body.meta.roles.find((role: { id: number }) => role.id === id)?.name;
    const summary = res.body.data.map(
      (w: {
        contentTypes: string[];
        stages: Array<{ key: string; approverRoles: number[]; requiredApprovals: number }>;
      }) => [
        w.contentTypes,
        w.stages.map(
          (stage) =>
            `${stage.key}:${stage.approverRoles.map(roleName).join('+')}:${stage.requiredApprovals}`,
        ),
      ],
    );
    expect(summary).toEqual([
      [
        ['api::strategy.strategy'],
        ['analysis-review:Strategy Analyst:1', 'leadership-approval:Leadership:1'],
      ],
      [
        ['api::brand-material.brand-material'],
        [
          'marketing-review:Marketing:1',
          'security-review:Security Officer:1',
          'leadership-approval:Leadership:1',
        ],
      ],
      [['api::competitor.competitor'], ['intelligence-review:Strategy Analyst:1']],
    ]);
    expect((await app.http().get('/synergy/workflows').set(bearer(leadership.token))).status).toBe(
      403,
    );
  });
});

describe('a brand material through its three stages', () => {
  it('is published only after the last approval, with the history of who decided what', async () => {
    const documentId = await newMaterial('三阶段手册');
    const refused = await publish(author, documentId);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/Brand material approval.*never been submitted/);

    const submitted = await submit(author, MATERIAL, documentId);
    expect(submitted.status).toBe(200);
    let review = submitted.body.data;
    expect(review).toMatchObject({
      state: 'in_review',
      stage: { key: 'marketing-review' },
      approvalsSoFar: 0,
      approvalsNeeded: 1,
    });

    // The submitter may not approve; a role of another stage may not either.
    expect((await act(author, review.id, 'approve', review.version)).status).toBe(403);
    expect((await act(security, review.id, 'approve', review.version)).status).toBe(403);

    for (const [approver, nextStage] of [
      [marketing, 'security-review'],
      [security, 'leadership-approval'],
    ] as const) {
      const res = await act(approver, review.id, 'approve', review.version, '同意');
      expect(res.status).toBe(200);
      review = res.body.data;
      expect(review.stage.key).toBe(nextStage);
      const blocked = await publish(author, documentId);
      expect(blocked.status).toBe(403);
      expect(blocked.body.error.message).toMatch(/still in review/);
    }
    const last = await act(leadership, review.id, 'approve', review.version);
    expect(last.status).toBe(200);
    expect(last.body.data.state).toBe('approved');

    // The edit view sends the whole form with the publish: unchanged values are not an edit.
    const withForm = await app
      .http()
      .post(`${cm(MATERIAL, documentId)}/actions/publish?locale=zh-Hans`)
      .set(bearer(author.token))
      .send({
        title: '三阶段手册',
        media: [],
        strategy: { connect: [], disconnect: [] },
        body: null,
        // Tag lists stored as null, echoed by the form as empty lists.
        compartments: [],
        caveats: [],
      });
    expect(withForm.status).toBe(200);
    // Unpublishing stays allowed.
    expect(
      (
        await app
          .http()
          .post(`${cm(MATERIAL, documentId)}/actions/unpublish?locale=zh-Hans`)
          .set(bearer(author.token))
          .send({})
      ).status,
    ).toBe(200);

    // Each action is in the audit trail as well.
    await app.strapi.plugin('synergy').service('audit').drain();
    const trail = await app.strapi.db
      .query('plugin::synergy.audit-entry')
      .findMany({ where: { action: 'review', recordId: documentId }, orderBy: { id: 'asc' } });
    expect(
      trail.map((entry: { actorId: number; details: { action: string } }) => [
        entry.details.action,
        entry.actorId,
      ]),
    ).toEqual([
      ['submit', author.id],
      ['approve', marketing.id],
      ['approve', security.id],
      ['approve', leadership.id],
    ]);

    const history = await app.http().get(`/synergy/reviews/${review.id}`).set(bearer(author.token));
    expect(
      history.body.data.events.map((e: { action: string; actor: { id: number } | null }) => [
        e.action,
        e.actor?.id ?? null,
      ]),
    ).toEqual([
      ['submit', author.id],
      ['approve', marketing.id],
      ['advance', null],
      ['approve', security.id],
      ['advance', null],
      ['approve', leadership.id],
      ['complete', null],
    ]);
  });
});

describe('review rules', () => {
  it('a stale version gets 409 and changes nothing', async () => {
    const documentId = await newMaterial('版本手册');
    const review = (await submit(author, MATERIAL, documentId)).body.data;
    const stale = await act(marketing, review.id, 'approve', review.version + 5);
    expect(stale.status).toBe(409);
    const after = await app.http().get(`/synergy/reviews/${review.id}`).set(bearer(author.token));
    expect(after.body.data).toMatchObject({
      version: review.version,
      stage: { key: 'marketing-review' },
      approvalsSoFar: 0,
    });
    expect(after.body.data.events.map((e: { action: string }) => e.action)).toEqual(['submit']);
  });

  it('reject needs a comment, goes back to changes requested, and the submitter can resubmit', async () => {
    const documentId = await newMaterial('驳回手册');
    const review = (await submit(author, MATERIAL, documentId)).body.data;
    const noComment = await act(marketing, review.id, 'reject', review.version);
    expect(noComment.status).toBe(400);
    expect(noComment.body.error.message).toMatch(/comment/);
    const rejected = await act(marketing, review.id, 'reject', review.version, '措辞需修改');
    expect(rejected.status).toBe(200);
    expect(rejected.body.data.state).toBe('changes_requested');
    const again = await submit(author, MATERIAL, documentId, rejected.body.data.version);
    expect(again.status).toBe(200);
    expect(again.body.data).toMatchObject({
      state: 'in_review',
      round: 2,
      stage: { key: 'marketing-review' },
      approvalsSoFar: 0,
    });
  });

  it('only the submitter may withdraw', async () => {
    const documentId = await newMaterial('撤回手册');
    const review = (await submit(author, MATERIAL, documentId)).body.data;
    expect((await act(marketing, review.id, 'withdraw', review.version)).status).toBe(403);
    const withdrawn = await act(author, review.id, 'withdraw', review.version);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.data.state).toBe('draft');
  });

  it('one approval per user per stage', async () => {
    const workflows = (await app.http().get('/synergy/workflows').set(bearer(superAdmin.token)))
      .body;
    const competitorWorkflow = workflows.data.find((w: { contentTypes: string[] }) =>
      w.contentTypes.includes('api::competitor.competitor'),
    );
    const stages = competitorWorkflow.stages.map((stage: object) => ({
      ...stage,
      requiredApprovals: 2,
    }));
    const updated = await app
      .http()
      .put(`/synergy/workflows/${competitorWorkflow.id}`)
      .set(bearer(superAdmin.token))
      .send({
        name: competitorWorkflow.name,
        contentTypes: competitorWorkflow.contentTypes,
        stages,
      });
    expect(updated.status).toBe(200);

    const competitor = await app.strapi
      .documents('api::competitor.competitor')
      .create({ data: { name: '某竞争对手' } });
    const review = (await submit(superAdmin, 'api::competitor.competitor', competitor.documentId))
      .body.data;
    const first = await act(analyst, review.id, 'approve', review.version);
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({
      state: 'in_review',
      approvalsSoFar: 1,
      approvalsNeeded: 2,
    });
    const twice = await act(analyst, review.id, 'approve', first.body.data.version);
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toMatch(/already approved/);
    const second = await act(analyst2, review.id, 'approve', first.body.data.version);
    expect(second.body.data.state).toBe('approved');
  });

  it('concurrent approvals with the same version: exactly one counts, the stage advances once', async () => {
    const documentId = await newMaterial('并发手册');
    const marketing2 = await createAdminSession(app.strapi, ['Marketing']);
    const marketing3 = await createAdminSession(app.strapi, ['Marketing']);
    const review = (await submit(author, MATERIAL, documentId)).body.data;
    const answers = await Promise.all(
      [marketing, marketing2, marketing3].map((session) =>
        act(session, review.id, 'approve', review.version),
      ),
    );
    expect(answers.map((res) => res.status).sort()).toEqual([200, 409, 409]);
    const after = (await app.http().get(`/synergy/reviews/${review.id}`).set(bearer(author.token)))
      .body.data;
    expect(after.stage.key).toBe('security-review');
    expect(after.version).toBe(review.version + 1);
    expect(after.events.filter((e: { action: string }) => e.action === 'approve')).toHaveLength(1);
    expect(after.events.filter((e: { action: string }) => e.action === 'advance')).toHaveLength(1);
  });

  it('validates bodies with a 400 naming the field', async () => {
    const missing = await app
      .http()
      .post('/synergy/reviews')
      .set(bearer(author.token))
      .send({ contentType: MATERIAL });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/documentId/);
    const ungoverned = await app
      .http()
      .post('/synergy/reviews')
      .set(bearer(superAdmin.token))
      .send({ contentType: 'api::customer.customer', documentId: 'x' });
    expect(ungoverned.status).toBe(400);
    expect(ungoverned.body.error.message).toMatch(/contentType/);
    const badVersion = await app
      .http()
      .post('/synergy/reviews/1/approve')
      .set(bearer(marketing.token))
      .send({ version: 'one' });
    expect(badVersion.status).toBe(400);
    expect(badVersion.body.error.message).toMatch(/version/);
  });
});

describe('strategies follow their review', () => {
  it('submit sets in_review, the last approval approved; active needs the approved review', async () => {
    const documentId = await newStrategy('快速响应保障');
    const early = await app
      .http()
      .put(cm(STRATEGY, documentId))
      .set(bearer(analyst.token))
      .send({ title: '快速响应保障', status: 'active' });
    expect(early.status).toBe(403);
    expect(early.body.error.message).toMatch(/Strategy approval.*never been submitted/);

    let review = (await submit(analyst, STRATEGY, documentId)).body.data;
    expect(await strategyStatus(documentId)).toBe('in_review');
    review = (await act(analyst2, review.id, 'approve', review.version)).body.data;
    review = (await act(leadership, review.id, 'approve', review.version)).body.data;
    expect(review.state).toBe('approved');
    expect(await strategyStatus(documentId)).toBe('approved');

    const active = await app
      .http()
      .put(cm(STRATEGY, documentId))
      .set(bearer(analyst.token))
      .send({ title: '快速响应保障', status: 'active' });
    expect(active.status).toBe(200);
    expect(await strategyStatus(documentId)).toBe('active');
  });

  it('editing the content of an approved strategy resets its review to draft, with an event; status and owner edits do not', async () => {
    const documentId = await newStrategy('技术领先');
    let review = (await submit(analyst, STRATEGY, documentId)).body.data;
    review = (await act(analyst2, review.id, 'approve', review.version)).body.data;
    review = (await act(leadership, review.id, 'approve', review.version)).body.data;

    const statusOnly = await app
      .http()
      .put(cm(STRATEGY, documentId))
      .set(bearer(analyst.token))
      .send({ title: '技术领先', status: 'active' });
    expect(statusOnly.status).toBe(200);
    expect(await strategyStatus(documentId)).toBe('active');
    expect(
      (await app.http().get(`/synergy/reviews/${review.id}`).set(bearer(analyst.token))).body.data
        .state,
    ).toBe('approved');

    const edited = await app
      .http()
      .put(cm(STRATEGY, documentId))
      .set(bearer(analyst.token))
      .send({ title: '技术领先（修订）' });
    expect(edited.status).toBe(200);
    const after = (await app.http().get(`/synergy/reviews/${review.id}`).set(bearer(analyst.token)))
      .body.data;
    expect(after.state).toBe('draft');
    expect(after.events.at(-1)).toMatchObject({ action: 'reset', actor: { id: analyst.id } });
    expect(after.events.at(-1).comment).toMatch(/title/);
    // An active strategy stays active: only a status the review carried falls back.
    expect(await strategyStatus(documentId)).toBe('active');
  });

  it('a rejected strategy goes back to draft', async () => {
    const documentId = await newStrategy('品牌协同');
    const review = (await submit(analyst, STRATEGY, documentId)).body.data;
    await act(analyst2, review.id, 'reject', review.version, '缺少KPI');
    expect(await strategyStatus(documentId)).toBe('draft');
  });
});

describe('publish gates on every path', () => {
  it('REST create publishes by default and is refused; a draft is accepted', async () => {
    const token = await createApiToken(app.strapi);
    const published = await app
      .http()
      .post('/api/brand-materials')
      .set(bearer(token))
      .send({ data: { title: 'REST手册' } });
    expect(published.status).toBe(403);
    expect(published.body.error.message).toMatch(/Publishing this brand material/);
    const draft = await app
      .http()
      .post('/api/brand-materials?status=draft')
      .set(bearer(token))
      .send({ data: { title: 'REST草稿' } });
    expect(draft.status).toBe(201);
    const republish = await app
      .http()
      .put(`/api/brand-materials/${draft.body.data.documentId}`)
      .set(bearer(token))
      .send({ data: { title: 'REST草稿' } });
    expect(republish.status).toBe(403);
    expect(
      await app.strapi.db.query(MATERIAL).count({
        where: { publishedAt: { $notNull: true }, title: { $in: ['REST手册', 'REST草稿'] } },
      }),
    ).toBe(0);
  });

  it('document-service calls from code with a request are gated too', async () => {
    const documentId = await newMaterial('代码手册');
    await expect(
      app.strapi.requestContext.run(
        {
          state: { auth: { strategy: { name: 'admin' } }, user: { id: author.id, roles: [] } },
        } as never,
        async () => {
          await app.strapi.documents(MATERIAL).publish({ documentId });
        },
      ),
    ).rejects.toThrow(/Publishing this brand material/);
  });

  it('editing an approved brand material sends it back for review before it can be published again', async () => {
    const documentId = await newMaterial('改后手册');
    let review = (await submit(author, MATERIAL, documentId)).body.data;
    for (const approver of [marketing, security, leadership])
      review = (await act(approver, review.id, 'approve', review.version)).body.data;
    expect(
      (
        await app
          .http()
          .put(`${cm(MATERIAL, documentId)}?locale=zh-Hans`)
          .set(bearer(author.token))
          .send({ title: '改后手册（新版）' })
      ).status,
    ).toBe(200);
    const refused = await publish(author, documentId);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/back in draft/);
  });
});

describe('inbox and notifications', () => {
  it('?mine=true lists what waits for the current user only', async () => {
    const documentId = await newMaterial('收件箱手册');
    const review = (await submit(author, MATERIAL, documentId)).body.data;
    const mineFor = async (session: AdminSession) =>
      (
        (await app.http().get('/synergy/reviews?mine=true&pageSize=100').set(bearer(session.token)))
          .body.data as Array<{ id: number }>
      ).map((r) => r.id);
    expect(await mineFor(marketing)).toContain(review.id);
    expect(await mineFor(author)).not.toContain(review.id);
    expect(await mineFor(security)).not.toContain(review.id);
    const filtered = await app
      .http()
      .get(`/synergy/reviews?stage=marketing-review&contentType=${MATERIAL}&submitter=${author.id}`)
      .set(bearer(leadership.token));
    expect(filtered.body.data.map((r: { id: number }) => r.id)).toContain(review.id);
    const bad = await app
      .http()
      .get('/synergy/reviews?state=pending')
      .set(bearer(leadership.token));
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/state/);
  });

  it('the list is paginated in the database: pages split what matches, the total counts only what the caller may see', async () => {
    for (const title of ['分页手册一', '分页手册二', '分页手册三'])
      await submit(author, MATERIAL, await newMaterial(title));
    const secret = (
      await app.strapi
        .documents(MATERIAL)
        .create({ data: { title: '分页机密手册', classification: 'secret' } })
    ).documentId as string;
    const hidden = (await submit(superAdmin, MATERIAL, secret)).body.data as { id: number };
    type Page = {
      data: Array<{ id: number; updatedAt: string; allowedActions: string[] }>;
      meta: { pagination: { total: number; pageCount: number } };
    };
    const list = async (session: AdminSession, query: string) =>
      (
        await app
          .http()
          .get(`/synergy/reviews?contentType=${MATERIAL}&${query}`)
          .set(bearer(session.token))
      ).body as Page;

    for (const filter of ['state=in_review', 'mine=true']) {
      const all = await list(marketing, `${filter}&pageSize=100`);
      const pages = await Promise.all(
        [1, 2, 3, 4].map((page) => list(marketing, `${filter}&pageSize=2&page=${page}`)),
      );
      expect(pages.flatMap((page) => page.data.map((review) => review.id))).toEqual(
        all.data.map((review) => review.id),
      );
      expect(pages[0].meta.pagination).toMatchObject({
        total: all.data.length,
        pageCount: Math.ceil(all.data.length / 2),
      });
      expect(all.data.map((review) => review.id)).not.toContain(hidden.id);
      const times = all.data.map((review) => Date.parse(review.updatedAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    }
    const mine = await list(marketing, 'mine=true&pageSize=100');
    expect(mine.data.length).toBeGreaterThanOrEqual(3);
    expect(mine.data.every((review) => review.allowedActions.includes('approve'))).toBe(true);
    expect(
      (await list(superAdmin, 'state=in_review&pageSize=100')).data.map((review) => review.id),
    ).toContain(hidden.id);
    // The submitter's own reviews never wait for them.
    expect(
      (await list(superAdmin, 'mine=true&pageSize=100')).data.map((review) => review.id),
    ).not.toContain(hidden.id);
  });

  it('e-mails the approvers of the stage reached, and the submitter when decided', async () => {
    const email = app.strapi.plugin('email').service('email') as {
      send: (options: { to: string; subject: string }) => Promise<void>;
    };
    const sent: Array<{ to: string; subject: string }> = [];
    const original = email.send;
    email.send = async (options) => {
      sent.push({ to: options.to, subject: options.subject });
    };
    app.strapi.config.set('plugin::synergy.emailNotifications', true);
    try {
      const documentId = await newMaterial('通知手册');
      const review = (await submit(author, MATERIAL, documentId)).body.data;
      const approved = await act(marketing, review.id, 'approve', review.version);
      await act(security, review.id, 'reject', approved.body.data.version, '涉密内容');
      await new Promise((resolve) => setTimeout(resolve, 200));
      const to = (subject: RegExp) =>
        sent
          .filter((mail) => subject.test(mail.subject))
          .map((mail) => mail.to)
          .sort();
      expect(to(/waiting/)).toEqual(expect.arrayContaining([marketing.email, security.email]));
      expect(to(/waiting/)).not.toContain(leadership.email);
      expect(to(/rejected/)).toEqual([author.email]);
    } finally {
      email.send = original;
      app.strapi.config.set('plugin::synergy.emailNotifications', false);
    }
  });
});

describe('workflow settings', () => {
  it('rejects a bad definition with a 400 naming the field, and refuses non-Super Admins', async () => {
    const list = (await app.http().get('/synergy/workflows').set(bearer(superAdmin.token))).body
      .data;
    const target = list[0];
    const noStages = await app
      .http()
      .put(`/synergy/workflows/${target.id}`)
      .set(bearer(superAdmin.token))
      .send({ ...target, id: undefined, stages: [] });
    expect(noStages.status).toBe(400);
    expect(noStages.body.error.message).toMatch(/stages/);
    const { id: _id, ...definition } = target;
    const taken = await app
      .http()
      .put(`/synergy/workflows/${target.id}`)
      .set(bearer(superAdmin.token))
      .send({ ...definition, contentTypes: ['api::brand-material.brand-material'] });
    expect(taken.status).toBe(400);
    expect(taken.body.error.message).toMatch(/already governed/);
    expect(
      (
        await app
          .http()
          .put(`/synergy/workflows/${target.id}`)
          .set(bearer(security.token))
          .send(definition)
      ).status,
    ).toBe(403);
  });
});
