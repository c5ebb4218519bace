import { setupStrapi, type TestApp } from '../helpers/strapi';
import { bearer, createAdminSession, type AdminSession } from '../helpers/auth';

let app: TestApp;
let author: AdminSession;
let marketing: AdminSession;
let leadership: AdminSession;
let security: AdminSession;
let superAdmin: AdminSession;

interface Mail {
  to: string;
  subject: string;
  text: string;
}
const sent: Mail[] = [];

beforeAll(async () => {
  app = await setupStrapi();
  [author, marketing, leadership, security, superAdmin] = await Promise.all([
    createAdminSession(app.strapi, ['Marketing']),
    createAdminSession(app.strapi, ['Marketing']),
    createAdminSession(app.strapi, ['Leadership']),
    createAdminSession(app.strapi, ['Security Officer']),
    createAdminSession(app.strapi, ['Super Admin']),
  ]);
  const email = app.strapi.plugin('email').service('email') as {
    send: (options: Mail) => Promise<void>;
  };
  email.send = async ({ to, subject, text }) => {
    sent.push({ to, subject, text });
  };
  app.strapi.config.set('plugin::synergy.emailNotifications', true);
});

afterAll(async () => {
  await app?.teardown();
});

const MATERIAL = 'api::brand-material.brand-material';
const HOUR = 3_600_000;

const reminders = () =>
  app.strapi.plugin('synergy').service('review-reminders') as {
    runDue: (now?: Date) => Promise<{ reminded: number; escalated: number }>;
  };
const runAt = (hoursFromNow: number) =>
  reminders().runDue(new Date(Date.now() + hoursFromNow * HOUR));

const workflowOf = async (uid: string) => {
  const res = await app.http().get('/synergy/workflows').set(bearer(superAdmin.token));
  return {
    workflow: res.body.data.find((w: { contentTypes: string[] }) => w.contentTypes.includes(uid)),
    roles: res.body.meta.roles as Array<{ id: number; name: string }>,
  };
};
const saveWorkflow = (id: number, body: Record<string, unknown>) =>
  app.http().put(`/synergy/workflows/${id}`).set(bearer(superAdmin.token)).send(body);

const submitMaterial = async (title: string) => {
  const { documentId } = await app.strapi
    .documents(MATERIAL)
    .create({ data: { title, classification: 'internal' } as never });
  const res = await app
    .http()
    .post('/synergy/reviews')
    .set(bearer(author.token))
    .send({ contentType: MATERIAL, documentId, version: 0 });
  expect(res.status).toBe(200);
  return res.body.data as { id: number; version: number; documentId: string };
};
const historyOf = async (id: number) =>
  (await app.http().get(`/synergy/reviews/${id}`).set(bearer(superAdmin.token))).body.data as {
    events: Array<{ action: string; stageKey: string }>;
  };
/** Reminders and escalations about `title` (stage e-mails are sent after the action, at any time). */
const mailsAbout = (title: string) =>
  sent.filter((mail) => mail.subject.includes(title) && /^(Reminder|Escalated)/.test(mail.subject));

describe('review reminders and escalation', () => {
  it('are seeded on the brand-material workflow: 24 h to remind, 72 h to escalate to Leadership', async () => {
    const { workflow, roles } = await workflowOf(MATERIAL);
    const leadershipRole = roles.find((role) => role.name === 'Leadership');
    expect(workflow.reminders).toEqual({
      remindAfterHours: 24,
      escalateAfterHours: 72,
      escalationRoles: [leadershipRole?.id],
    });
  });

  it('remind the stage approvers once per stage visit, then escalate once, with a link to the record', async () => {
    const title = '提醒测试手册';
    const review = await submitMaterial(title);
    sent.length = 0;

    // Not yet due.
    await runAt(23);
    expect(mailsAbout(title)).toEqual([]);

    await runAt(25);
    const reminded = mailsAbout(title).filter((mail) => mail.subject.startsWith('Reminder'));
    // The submitter may not approve their own review: they are not reminded.
    expect(reminded.map((mail) => mail.to)).toContain(marketing.email);
    expect(reminded.map((mail) => mail.to)).not.toContain(author.email);
    expect(reminded.map((mail) => mail.to)).not.toContain(leadership.email);
    expect(reminded[0].text).toContain(
      `/content-manager/collection-types/${MATERIAL}/${review.documentId}`,
    );

    // Running again, or on another instance, sends nothing new.
    sent.length = 0;
    await Promise.all([runAt(26), runAt(26)]);
    expect(mailsAbout(title)).toEqual([]);

    await runAt(73);
    const escalated = mailsAbout(title).filter((mail) => mail.subject.startsWith('Escalated'));
    expect(escalated.map((mail) => mail.to)).toContain(leadership.email);
    expect(escalated.map((mail) => mail.to)).not.toContain(marketing.email);
    expect(mailsAbout(title).filter((mail) => mail.subject.startsWith('Reminder'))).toEqual([]);

    const actions = (await historyOf(review.id)).events.map((event) => event.action);
    expect(actions.filter((action) => action === 'remind')).toHaveLength(1);
    expect(actions.filter((action) => action === 'escalate')).toHaveLength(1);
  });

  it('remind again at the next stage, counted from when the review reached it', async () => {
    const title = '下一阶段提醒手册';
    const review = await submitMaterial(title);
    await runAt(25);
    const approved = await app
      .http()
      .post(`/synergy/reviews/${review.id}/approve`)
      .set(bearer(marketing.token))
      .send({ version: review.version });
    expect(approved.status).toBe(200);
    sent.length = 0;
    await runAt(23);
    expect(mailsAbout(title)).toEqual([]);
    await runAt(25);
    expect(
      mailsAbout(title)
        .filter((mail) => mail.subject.startsWith('Reminder'))
        .map((mail) => mail.to),
    ).toEqual([security.email]);
    const reminds = (await historyOf(review.id)).events.filter(
      (event) => event.action === 'remind',
    );
    expect(new Set(reminds.map((event) => event.stageKey)).size).toBe(2);
  });

  it('are off when the workflow has no hours', async () => {
    const { workflow } = await workflowOf(MATERIAL);
    const { id, name, contentTypes, stages } = workflow;
    const off = { remindAfterHours: null, escalateAfterHours: null, escalationRoles: [] };
    expect((await saveWorkflow(id, { name, contentTypes, stages, reminders: off })).status).toBe(
      200,
    );
    try {
      const title = '不提醒手册';
      await submitMaterial(title);
      sent.length = 0;
      await runAt(1000);
      expect(mailsAbout(title)).toEqual([]);
    } finally {
      await saveWorkflow(id, { name, contentTypes, stages, reminders: workflow.reminders });
    }
  });

  it.each([
    [{ remindAfterHours: 0 }, 'reminders.remindAfterHours'],
    [{ remindAfterHours: 1.5 }, 'reminders.remindAfterHours'],
    [{ remindAfterHours: 48, escalateAfterHours: 24 }, 'reminders.escalateAfterHours'],
    [
      { remindAfterHours: 12, escalateAfterHours: 24, escalationRoles: [] },
      'reminders.escalationRoles',
    ],
    [{ escalationRoles: [987654] }, 'reminders.escalationRoles'],
    [{ remindAfterHours: 'soon' }, 'reminders.remindAfterHours'],
  ])('refuse %j with a 400 naming %s, and change nothing', async (change, field) => {
    const { workflow } = await workflowOf(MATERIAL);
    const { id, name, contentTypes, stages, reminders: before } = workflow;
    const res = await saveWorkflow(id, {
      name,
      contentTypes,
      stages,
      reminders: { ...before, ...change },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(field);
    expect(
      res.body.error.details.errors.map((error: { path: string[] }) => error.path.join('.')),
    ).toEqual([field]);
    expect((await workflowOf(MATERIAL)).workflow.reminders).toEqual(before);
  });
});
