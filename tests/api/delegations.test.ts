import { setupStrapi, type TestApp } from '../helpers/strapi';
import { bearer, createAdminSession, type AdminSession } from '../helpers/auth';

let app: TestApp;
let analyst: AdminSession;
let analyst2: AdminSession;
let leader: AdminSession;
let standIn: AdminSession;
let bystander: AdminSession;

beforeAll(async () => {
  app = await setupStrapi();
  [analyst, analyst2, leader, standIn, bystander] = await Promise.all([
    createAdminSession(app.strapi, ['Strategy Analyst']),
    createAdminSession(app.strapi, ['Strategy Analyst']),
    createAdminSession(app.strapi, ['Leadership']),
    createAdminSession(app.strapi, ['Marketing']),
    createAdminSession(app.strapi, ['Marketing']),
  ]);
});

afterAll(async () => {
  await app?.teardown();
});

const STRATEGY = 'api::strategy.strategy';
const DAY = 86_400_000;
const date = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

interface ReviewBody {
  id: number;
  version: number;
  state: string;
  stage: { key: string } | null;
  allowedActions: string[];
  events?: Array<{
    action: string;
    actor: { id: number } | null;
    standIn: { id: number; name: string } | null;
  }>;
}

const delegate = (session: AdminSession, body: Record<string, unknown>) =>
  app.http().post('/synergy/delegations').set(bearer(session.token)).send(body);
const delegationsOf = async (session: AdminSession) =>
  (await app.http().get('/synergy/delegations').set(bearer(session.token))).body;
const inbox = async (session: AdminSession) =>
  (await app.http().get('/synergy/reviews?mine=true&pageSize=100').set(bearer(session.token))).body
    .data as ReviewBody[];
const act = (
  session: AdminSession,
  review: ReviewBody,
  action: 'approve' | 'reject',
  comment?: string,
) =>
  app
    .http()
    .post(`/synergy/reviews/${review.id}/${action}`)
    .set(bearer(session.token))
    .send({ version: review.version, ...(comment ? { comment } : {}) });
const reviewAs = async (session: AdminSession, id: number) =>
  (await app.http().get(`/synergy/reviews/${id}`).set(bearer(session.token))).body
    .data as ReviewBody;

/** A strategy reviewed up to its leadership stage. */
const atLeadershipStage = async (title: string, submitter = analyst) => {
  const { documentId } = await app.strapi
    .documents(STRATEGY)
    .create({ data: { title, dimension: 'service', classification: 'internal' } as never });
  const submitted = await app
    .http()
    .post('/synergy/reviews')
    .set(bearer(submitter.token))
    .send({ contentType: STRATEGY, documentId, version: 0 });
  expect(submitted.status).toBe(200);
  const analysisApprover = submitter.id === analyst.id ? analyst2 : analyst;
  const approved = await act(analysisApprover, submitted.body.data, 'approve');
  expect(approved.status).toBe(200);
  expect(approved.body.data.stage.key).toBe('leadership-approval');
  return approved.body.data as ReviewBody;
};

describe('approval delegation', () => {
  it('refuses a delegation the rules forbid with a 400 naming the field, and stores nothing', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ delegateId: leader.id, startsOn: date(0), endsOn: date(3) }, 'delegateId'],
      [{ delegateId: 987654, startsOn: date(0), endsOn: date(3) }, 'delegateId'],
      [{ delegateId: standIn.id, startsOn: date(3), endsOn: date(1) }, 'endsOn'],
      [{ delegateId: standIn.id, startsOn: '2026-02-30', endsOn: date(1) }, 'startsOn'],
      [{ delegateId: standIn.id, startsOn: date(-10), endsOn: date(-2) }, 'endsOn'],
      [{ delegateId: standIn.id, startsOn: date(0), endsOn: date(400) }, 'endsOn'],
      [{ delegateId: standIn.id, startsOn: date(0) }, 'endsOn'],
      [{ delegateId: 'someone', startsOn: date(0), endsOn: date(1) }, 'delegateId'],
      [{ delegateId: standIn.id, startsOn: date(0), endsOn: date(1), role: 1 }, 'role'],
    ];
    for (const [body, field] of cases) {
      const res = await delegate(leader, body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.body.error.message).toContain(field);
    }
    expect((await delegationsOf(leader)).data.given).toEqual([]);
  });

  it('lets the stand-in approve in the approver’s name while it lasts, recorded as such', async () => {
    const created = await delegate(leader, {
      delegateId: standIn.id,
      startsOn: date(0),
      endsOn: date(7),
      note: '出差',
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      delegator: { id: leader.id },
      delegate: { id: standIn.id },
      active: true,
      note: '出差',
    });
    expect((await delegationsOf(standIn)).data.received.map((d: { id: number }) => d.id)).toEqual([
      created.body.data.id,
    ]);
    // Overlapping dates: one stand-in at a time.
    const overlapping = await delegate(leader, {
      delegateId: bystander.id,
      startsOn: date(5),
      endsOn: date(9),
    });
    expect(overlapping.status).toBe(400);
    expect(overlapping.body.error.message).toContain('startsOn');

    const email = app.strapi.plugin('email').service('email') as {
      send: (options: { to: string; subject: string }) => Promise<void>;
    };
    const sent: string[] = [];
    const original = email.send;
    email.send = async ({ to, subject }) => {
      if (subject.includes('代理审批战略')) sent.push(to);
    };
    app.strapi.config.set('plugin::synergy.emailNotifications', true);
    const review = await atLeadershipStage('代理审批战略').finally(async () => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      email.send = original;
      app.strapi.config.set('plugin::synergy.emailNotifications', false);
    });
    // The stand-in gets the approver's e-mails.
    expect(sent).toEqual(expect.arrayContaining([leader.email, standIn.email]));
    expect(sent).not.toContain(bystander.email);
    expect((await inbox(standIn)).map((r) => r.id)).toContain(review.id);
    expect((await inbox(bystander)).map((r) => r.id)).not.toContain(review.id);
    expect((await reviewAs(standIn, review.id)).allowedActions).toEqual(['approve', 'reject']);
    expect((await act(bystander, review, 'approve')).status).toBe(403);

    const approved = await act(standIn, review, 'approve', undefined);
    expect(approved.status).toBe(200);
    expect(approved.body.data.state).toBe('approved');
    const approval = (await reviewAs(leader, review.id)).events?.find(
      (e) => e.action === 'approve' && e.actor?.id === leader.id,
    );
    expect(approval?.standIn?.id).toBe(standIn.id);
  });

  it('never lets the stand-in approve what the approver submitted', async () => {
    const byStandIn = await atLeadershipStage('代理人代审批人自己提交的战略');
    // As if the leader had submitted it (a Leadership user cannot edit strategies in the seed).
    const rows = await app.strapi.db
      .query('plugin::synergy.review')
      .update({ where: { id: byStandIn.id }, data: { submittedById: leader.id } });
    expect(rows).toBeTruthy();
    const current = await reviewAs(standIn, byStandIn.id);
    expect(current.allowedActions).toEqual([]);
    const res = await act(standIn, current, 'approve');
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/submitter/);
    expect((await inbox(standIn)).map((r) => r.id)).not.toContain(byStandIn.id);
  });

  it('ends when the approver ends it; nobody else may end it', async () => {
    const { given } = (await delegationsOf(leader)).data as { given: Array<{ id: number }> };
    expect(given).toHaveLength(1);
    const id = given[0].id;
    expect(
      (await app.http().delete(`/synergy/delegations/${id}`).set(bearer(bystander.token))).status,
    ).toBe(403);
    expect(
      (await app.http().delete(`/synergy/delegations/${id}`).set(bearer(leader.token))).status,
    ).toBe(204);
    const review = await atLeadershipStage('代理结束后的战略');
    expect((await inbox(standIn)).map((r) => r.id)).not.toContain(review.id);
    const res = await act(standIn, review, 'approve');
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('approvers (or their stand-ins)');
  });

  it('hands on the approver’s stage roles, never a Super Admin’s power to approve any stage', async () => {
    const superAdmin = await createAdminSession(app.strapi, ['Super Admin']);
    expect(
      (await delegate(superAdmin, { delegateId: bystander.id, startsOn: date(0), endsOn: date(1) }))
        .status,
    ).toBe(201);
    const review = await atLeadershipStage('超级管理员代理的战略');
    expect((await reviewAs(bystander, review.id)).allowedActions).toEqual([]);
    const res = await act(bystander, review, 'approve');
    expect(res.status).toBe(403);
  });

  it('does not start before its first day', async () => {
    expect(
      (await delegate(leader, { delegateId: standIn.id, startsOn: date(2), endsOn: date(4) }))
        .status,
    ).toBe(201);
    const review = await atLeadershipStage('代理尚未开始的战略');
    expect((await act(standIn, review, 'approve')).status).toBe(403);
    expect((await delegationsOf(standIn)).data.received[0].active).toBe(false);
  });
});
