import crypto from 'node:crypto';
import { setupStrapi, type TestApp } from '../helpers/strapi';
import { bearer, createAdminSession, createApiUser, type AdminSession } from '../helpers/auth';
import {
  CONTENT_TYPES,
  cmPath,
  contentManagerRelations,
  contentType,
  countRows,
  createReferences,
  restRelations,
  type ContentTypeCase,
  type References,
} from '../helpers/content-fixtures';

/**
 * Who may do what (SPEC §6): the Users & Permissions defaults of the content API (Public,
 * Authenticated, registration) and the admin roles with their content-manager permissions.
 */

let app: TestApp;
let refs: References;
/** One record of every type, classified `public` so every caller's clearance allows it. */
const visible: Record<string, string> = {};

const unique = () => crypto.randomBytes(3).toString('hex').toUpperCase();

const createDocument = async (
  c: ContentTypeCase,
  overrides: Record<string, unknown> = {},
  status?: 'draft' | 'published',
) => {
  const created = await app.strapi.documents(c.uid).create({
    data: {
      ...c.scalars(unique()),
      ...c.relations(refs),
      classification: 'public',
      ...overrides,
    } as never,
    ...(c.localized ? { locale: 'zh-Hans' } : {}),
    ...(c.draftAndPublish ? { status: status ?? 'published' } : {}),
  });
  return created.documentId as string;
};

beforeAll(async () => {
  app = await setupStrapi();
  refs = await createReferences(app.strapi, 'AC');
  for (const c of CONTENT_TYPES) visible[c.singularName] = await createDocument(c);
});

afterAll(async () => {
  await app?.teardown();
});

const OTHER_THAN_BRAND = CONTENT_TYPES.filter((c) => c.singularName !== 'brand-material').map(
  (c) => [c.pluralName, c] as const,
);
const ALL = CONTENT_TYPES.map((c) => [c.pluralName, c] as const);

describe('Public role (no credentials)', () => {
  it.each(OTHER_THAN_BRAND)(
    'GET /api/%s (find and findOne) is forbidden',
    async (pluralName, c) => {
      const list = await app.http().get(`/api/${pluralName}`);
      expect(list.status).toBe(403);
      expect(list.body).toMatchObject({
        data: null,
        error: { status: 403, name: 'ForbiddenError' },
      });
      expect((await app.http().get(`/api/${pluralName}/${visible[c.singularName]}`)).status).toBe(
        403,
      );
    },
  );

  it('reads published brand materials classified public, and nothing else of them', async () => {
    const c = contentType('brand-material');
    const draft = await createDocument(c, { title: `草稿 ${unique()}` }, 'draft');
    const internal = await createDocument(c, { classification: 'internal' });

    const list = await app.http().get('/api/brand-materials?pagination[pageSize]=100');
    expect(list.status).toBe(200);
    const ids = list.body.data.map((material: { documentId: string }) => material.documentId);
    expect(ids).toContain(visible['brand-material']);
    expect(ids).not.toContain(draft);
    expect(ids).not.toContain(internal);
    expect(
      list.body.data.every(
        (material: { classification: string; publishedAt: string | null }) =>
          material.classification === 'public' && material.publishedAt,
      ),
    ).toBe(true);

    const one = await app.http().get(`/api/brand-materials/${visible['brand-material']}`);
    expect(one.status).toBe(200);
    expect(one.body.data.documentId).toBe(visible['brand-material']);
    // Asking for drafts does not reveal them.
    const drafts = await app
      .http()
      .get('/api/brand-materials?status=draft&pagination[pageSize]=100');
    expect(
      drafts.body.data.map((material: { documentId: string }) => material.documentId),
    ).not.toContain(draft);
    expect((await app.http().get(`/api/brand-materials/${draft}?status=draft`)).status).toBe(404);
  });

  it.each(ALL)('POST /api/%s is forbidden and stores nothing', async (pluralName, c) => {
    const before = await countRows(app.strapi, c.uid);
    const res = await app
      .http()
      .post(`/api/${pluralName}`)
      .send({ data: { ...c.scalars(unique()), ...restRelations(c.relations(refs)) } });
    expect(res.status).toBe(403);
    expect(await countRows(app.strapi, c.uid)).toBe(before);
  });

  it('cannot update or delete a brand material', async () => {
    const documentId = visible['brand-material'];
    expect(
      (
        await app
          .http()
          .put(`/api/brand-materials/${documentId}`)
          .send({ data: { channel: '篡改' } })
      ).status,
    ).toBe(403);
    expect((await app.http().delete(`/api/brand-materials/${documentId}`)).status).toBe(403);
    const stored = await app.strapi
      .documents('api::brand-material.brand-material')
      .findOne({ documentId, status: 'published' });
    expect(stored?.channel).toBe('珠海航展');
  });

  it('cannot register itself: POST /api/auth/local/register is refused and creates no user', async () => {
    const before = await countRows(app.strapi, 'plugin::users-permissions.user');
    const res = await app
      .http()
      .post('/api/auth/local/register')
      .send({
        username: `self-${unique()}`,
        email: `self-${unique().toLowerCase()}@test.local`,
        password: 'Sup3r-secret!',
      });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      name: 'ApplicationError',
      message: 'Register action is currently disabled',
    });
    expect(await countRows(app.strapi, 'plugin::users-permissions.user')).toBe(before);
  });
});

describe('Authenticated role (users-permissions JWT)', () => {
  let jwt: string;
  beforeAll(async () => {
    jwt = (await createApiUser(app.strapi)).jwt;
  });

  it.each(ALL)('finds and finds one /api/%s', async (pluralName, c) => {
    const documentId = visible[c.singularName];
    const list = await app
      .http()
      .get(`/api/${pluralName}?filters[documentId][$eq]=${documentId}`)
      .set(bearer(jwt));
    expect(list.status).toBe(200);
    expect(list.body.data.map((record: { documentId: string }) => record.documentId)).toEqual([
      documentId,
    ]);
    const one = await app.http().get(`/api/${pluralName}/${documentId}`).set(bearer(jwt));
    expect(one.status).toBe(200);
    expect(one.body.data).toMatchObject({ documentId, classification: 'public' });
  });

  it.each(ALL)('cannot create, update or delete /api/%s', async (pluralName, c) => {
    const before = await countRows(app.strapi, c.uid);
    const documentId = visible[c.singularName];
    const created = await app
      .http()
      .post(`/api/${pluralName}`)
      .set(bearer(jwt))
      .send({ data: { ...c.scalars(unique()), ...restRelations(c.relations(refs)) } });
    expect(created.status).toBe(403);
    const updated = await app
      .http()
      .put(`/api/${pluralName}/${documentId}`)
      .set(bearer(jwt))
      .send({ data: c.update(unique()) });
    expect(updated.status).toBe(403);
    const deleted = await app.http().delete(`/api/${pluralName}/${documentId}`).set(bearer(jwt));
    expect(deleted.status).toBe(403);
    expect(await countRows(app.strapi, c.uid)).toBe(before);
    expect((await app.http().get(`/api/${pluralName}/${documentId}`).set(bearer(jwt))).status).toBe(
      200,
    );
  });
});

/** SPEC §6: the role names, the Chinese name in the description, and the types each manages. */
const ROLES = {
  'Account Manager': {
    chinese: '客户经理',
    manages: ['customer', 'contact', 'interaction', 'feedback', 'survey-response', 'opportunity'],
  },
  'Service Engineer': { chinese: '服务工程师', manages: ['service-ticket'] },
  Marketing: { chinese: '市场营销', manages: ['brand-material', 'campaign'] },
  'Strategy Analyst': {
    chinese: '策略分析师',
    manages: ['competitor', 'competitor-offering', 'strategy'],
  },
  'Security Officer': { chinese: '安全保密员', manages: [] },
  Leadership: { chinese: '领导', manages: [] },
} as const;

type RoleName = keyof typeof ROLES;
const ROLE_NAMES = Object.keys(ROLES) as RoleName[];

describe('admin roles of SPEC §6', () => {
  const sessions = {} as Record<RoleName, AdminSession>;
  beforeAll(async () => {
    for (const role of ROLE_NAMES) sessions[role] = await createAdminSession(app.strapi, [role]);
  });

  const cmCreate = (session: AdminSession, c: ContentTypeCase) =>
    app
      .http()
      .post(`${cmPath(c.uid)}${c.localized ? '?locale=zh-Hans' : ''}`)
      .set(bearer(session.token))
      .send({ ...c.scalars(unique()), ...contentManagerRelations(c.relations(refs)) });

  it('exist, each with its Chinese name in the description', async () => {
    const roles = await app.strapi.db
      .query('admin::role')
      .findMany({ where: { name: { $in: ROLE_NAMES } } });
    const byName = Object.fromEntries(
      roles.map((role: { name: string; description: string }) => [role.name, role.description]),
    );
    for (const name of ROLE_NAMES)
      expect({ name, description: byName[name] }).toEqual({
        name,
        description: expect.stringMatching(new RegExp(`^${ROLES[name].chinese} `)),
      });
  });

  // Each role creates exactly the types it manages in the content manager, and nothing else.
  const MATRIX = ROLE_NAMES.flatMap((role) =>
    CONTENT_TYPES.map(
      (c) =>
        [
          role,
          (ROLES[role].manages as readonly string[]).includes(c.singularName) ? 'may' : 'may not',
          c.singularName,
          c,
        ] as const,
    ),
  );

  it.each(MATRIX)('%s %s create a %s', async (role, verdict, _type, c) => {
    const before = await countRows(app.strapi, c.uid);
    const res = await cmCreate(sessions[role], c);
    if (verdict === 'may') {
      expect(res.status).toBe(201);
      expect(await countRows(app.strapi, c.uid)).toBe(before + 1);
    } else {
      expect(res.status).toBe(403);
      expect(await countRows(app.strapi, c.uid)).toBe(before);
    }
  });

  it.each(['Security Officer', 'Leadership'] as const)(
    '%s reads every CRM type in the content manager',
    async (role) => {
      for (const c of CONTENT_TYPES) {
        const res = await app
          .http()
          .get(`${cmPath(c.uid)}?page=1&pageSize=100${c.localized ? '&locale=zh-Hans' : ''}`)
          .set(bearer(sessions[role].token));
        expect({ type: c.singularName, status: res.status }).toEqual({
          type: c.singularName,
          status: 200,
        });
        expect(
          res.body.results.map((record: { documentId: string }) => record.documentId),
        ).toContain(visible[c.singularName]);
      }
    },
  );

  it('an Account Manager cannot read service tickets (list or one) but reads customers', async () => {
    const { token } = sessions['Account Manager'];
    const ticket = contentType('service-ticket');
    expect(
      (
        await app
          .http()
          .get(`${cmPath(ticket.uid)}?page=1&pageSize=10`)
          .set(bearer(token))
      ).status,
    ).toBe(403);
    expect(
      (
        await app
          .http()
          .get(`${cmPath(ticket.uid)}/${visible['service-ticket']}`)
          .set(bearer(token))
      ).status,
    ).toBe(403);
    const customers = await app
      .http()
      .get(`${cmPath('api::customer.customer')}/${visible.customer}`)
      .set(bearer(token));
    expect(customers.status).toBe(200);
    expect(customers.body.data.documentId).toBe(visible.customer);
  });

  it('Marketing cannot create or delete a customer, and reads them', async () => {
    const { token } = sessions.Marketing;
    const c = contentType('customer');
    const before = await countRows(app.strapi, c.uid);
    const created = await app
      .http()
      .post(cmPath(c.uid))
      .set(bearer(token))
      .send(c.scalars(unique()));
    expect(created.status).toBe(403);
    expect(
      (
        await app
          .http()
          .delete(`${cmPath(c.uid)}/${visible.customer}`)
          .set(bearer(token))
      ).status,
    ).toBe(403);
    expect(await countRows(app.strapi, c.uid)).toBe(before);
    expect(
      (
        await app
          .http()
          .get(`${cmPath(c.uid)}/${visible.customer}`)
          .set(bearer(token))
      ).status,
    ).toBe(200);
  });

  describe('Service Engineer and feedback (field-level permission)', () => {
    const c = contentType('feedback');

    it('updates the response and resolution fields of a feedback', async () => {
      const documentId = await createDocument(c, { resolvedAt: null, resolution: null });
      const res = await app
        .http()
        .put(`${cmPath(c.uid)}/${documentId}`)
        .set(bearer(sessions['Service Engineer'].token))
        .send({
          respondedAt: '2026-02-02T00:00:00.000Z',
          resolution: '已更换模块',
          resolvedAt: '2026-02-03T00:00:00.000Z',
        });
      expect(res.status).toBe(200);
      const stored = await app.strapi.documents(c.uid).findOne({ documentId });
      expect(stored).toMatchObject({ resolution: '已更换模块' });
      expect(new Date(stored?.resolvedAt as string).toISOString()).toBe('2026-02-03T00:00:00.000Z');
    });

    it('updates the status of a feedback', async () => {
      const documentId = await createDocument(c, { status: 'new', resolvedAt: null });
      const res = await app
        .http()
        .put(`${cmPath(c.uid)}/${documentId}`)
        .set(bearer(sessions['Service Engineer'].token))
        .send({ status: 'triaged' });
      expect(res.status).toBe(200);
      expect((await app.strapi.documents(c.uid).findOne({ documentId }))?.status).toBe('triaged');
    });

    it('cannot change the content of a feedback (field-level permission)', async () => {
      const documentId = await createDocument(c, {
        content: '原始内容',
        status: 'new',
        resolvedAt: null,
      });
      const res = await app
        .http()
        .put(`${cmPath(c.uid)}/${documentId}`)
        .set(bearer(sessions['Service Engineer'].token))
        .send({ content: '篡改内容', status: 'triaged' });
      expect(res.status).toBe(200);
      const stored = await app.strapi.documents(c.uid).findOne({ documentId });
      // The permitted field changes; the other is dropped by the content manager.
      expect(stored).toMatchObject({ content: '原始内容', status: 'triaged' });
    });

    it('cannot delete a feedback', async () => {
      const documentId = await createDocument(c);
      const res = await app
        .http()
        .delete(`${cmPath(c.uid)}/${documentId}`)
        .set(bearer(sessions['Service Engineer'].token));
      expect(res.status).toBe(403);
      expect(await app.strapi.documents(c.uid).findOne({ documentId })).not.toBeNull();
    });
  });
});

describe('admin role permissions cover the fields of their types', () => {
  it('Marketing reads and edits every brand-material field in both locales (the edit view shows them)', async () => {
    const marketing = await createAdminSession(app.strapi, ['Marketing']);
    const res = await app.http().get('/admin/users/me/permissions').set(bearer(marketing.token));
    expect(res.status).toBe(200);
    const permission = (action: string) =>
      (
        res.body.data as Array<{
          action: string;
          subject: string;
          properties: { fields?: string[]; locales?: string[] };
        }>
      ).find(
        (p) =>
          p.action === `plugin::content-manager.explorer.${action}` &&
          p.subject === 'api::brand-material.brand-material',
      );
    for (const action of ['read', 'update', 'create']) {
      expect(permission(action)?.properties.fields).toEqual(
        expect.arrayContaining(['title', 'slug', 'kind', 'body', 'media', 'classification']),
      );
      expect(permission(action)?.properties.locales).toEqual(
        expect.arrayContaining(['zh-Hans', 'en']),
      );
    }
  });
});
