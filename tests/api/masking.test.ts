import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { ensureDemoMasking } from '../../scripts/seed/demo-masking';
import { BOOT_TIMEOUT_MS, setupStrapi, type TestApp } from '../helpers/strapi';
import {
  bearer,
  createAdminSession,
  createApiToken,
  createApiUser,
  type AdminSession,
} from '../helpers/auth';

let app: TestApp;
let engineer: AdminSession;
let manager: AdminSession;
let superAdmin: AdminSession;
let apiUser: { id: number; jwt: string };
let token: string;
let customerId: string;
let contactId: string;
let engineerRoleId: number;

const PHONE = '13812345678';
const EMAIL = 'zhang.wei@example.com';

const roleId = async (name: string) =>
  ((await app.strapi.db.query('admin::role').findOne({ where: { name } })) as { id: number }).id;

beforeAll(async () => {
  app = await setupStrapi();
  engineer = await createAdminSession(app.strapi, ['Service Engineer']);
  manager = await createAdminSession(app.strapi, ['Account Manager']);
  superAdmin = await createAdminSession(app.strapi, ['Super Admin']);
  apiUser = await createApiUser(app.strapi, { clearance: 'internal' });
  token = await createApiToken(app.strapi);
  engineerRoleId = await roleId('Service Engineer');
  const customer = await app.strapi
    .documents('api::customer.customer')
    .create({ data: { name: '北方某部', code: 'MK-1' } });
  customerId = customer.documentId;
  const contact = await app.strapi.documents('api::contact.contact').create({
    data: {
      fullName: '张伟',
      customer: customerId,
      phone: PHONE,
      email: EMAIL,
      department: '装备部',
    },
  });
  contactId = contact.documentId;
  const rules = await app
    .http()
    .put('/synergy/masking')
    .set(bearer(superAdmin.token))
    .send({
      rules: ['phone', 'email'].map((field) => ({
        contentType: 'api::contact.contact',
        field,
        adminRoles: [engineerRoleId],
        apiRoles: ['authenticated'],
        apiTokens: false,
      })),
    });
  expect(rules.status).toBe(200);
}, BOOT_TIMEOUT_MS);

afterAll(async () => {
  await app?.teardown();
});

const CM = '/content-manager/collection-types/api::contact.contact';

const storedContact = () =>
  app.strapi.db.query('api::contact.contact').findOne({ where: { documentId: contactId } });

describe('masked values in answers', () => {
  it('the content manager list and edit view show a masked role 138****5678 and z***@example.com', async () => {
    const list = await app.http().get(CM).set(bearer(engineer.token));
    expect(list.status).toBe(200);
    expect(list.body.results[0]).toMatchObject({
      fullName: '张伟',
      phone: '138****5678',
      email: 'z***@example.com',
    });
    const edit = await app.http().get(`${CM}/${contactId}`).set(bearer(engineer.token));
    expect(edit.body.data).toMatchObject({ phone: '138****5678', email: 'z***@example.com' });
  });

  it('roles without the rule, and the Super Admin, see the stored values', async () => {
    for (const session of [manager, superAdmin]) {
      const edit = await app.http().get(`${CM}/${contactId}`).set(bearer(session.token));
      expect(edit.body.data).toMatchObject({ phone: PHONE, email: EMAIL });
    }
    const byToken = await app.http().get(`/api/contacts/${contactId}`).set(bearer(token));
    expect(byToken.body.data.phone).toBe(PHONE);
  });

  it('REST lists, findOne and a customer populating its contacts are masked for the masked API role', async () => {
    const list = await app.http().get('/api/contacts').set(bearer(apiUser.jwt));
    expect(list.status).toBe(200);
    expect(list.body.data[0]).toMatchObject({ phone: '138****5678', email: 'z***@example.com' });
    const one = await app.http().get(`/api/contacts/${contactId}`).set(bearer(apiUser.jwt));
    expect(one.body.data.phone).toBe('138****5678');
    for (const populate of [
      'populate=contacts',
      'populate=*',
      'populate[contacts][fields][0]=phone',
    ]) {
      const customer = await app
        .http()
        .get(`/api/customers/${customerId}?${populate}`)
        .set(bearer(apiUser.jwt));
      expect(customer.status).toBe(200);
      expect(customer.body.data.contacts[0].phone).toBe('138****5678');
    }
  });

  it('the customer 360 and CSV/XLSX exports are masked', async () => {
    const view = await app
      .http()
      .get(`/synergy/customers/${customerId}/360`)
      .set(bearer(engineer.token));
    expect(view.status).toBe(200);
    expect(view.body.data.contacts.items[0]).toMatchObject({
      phone: '138****5678',
      email: 'z***@example.com',
    });
    const csv = await app
      .http()
      .get('/synergy/export/api::contact.contact?format=csv')
      .set(bearer(engineer.token));
    expect(csv.status).toBe(200);
    // The first line is the export's marking.
    const [row] = parse(csv.text.replace(/^\uFEFF/, ''), { columns: true, from_line: 2 }) as Array<
      Record<string, string>
    >;
    expect(row).toMatchObject({ phone: '138****5678', email: 'z***@example.com' });
    expect(csv.text).not.toContain(PHONE);
    const xlsx = await app
      .http()
      .get('/synergy/export/api::contact.contact?format=xlsx')
      .set(bearer(engineer.token))
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    const sheet = workbook.worksheets[0];
    // Row 1 is the export's marking.
    const header = (sheet.getRow(2).values as unknown[]).slice(1);
    const values = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(values[header.indexOf('phone')]).toBe('138****5678');
  });
});

describe('no query confirms a masked value', () => {
  it.each([
    ['a filter', `filters[phone][$eq]=${PHONE}`, 'filters[phone]'],
    ['a filter under $or', `filters[$or][0][email][$startsWith]=z`, 'filters[$or][0][email]'],
    ['a sort', 'sort=phone:asc', 'sort'],
  ])('REST: %s on a masked field is a 400 naming it', async (_, query, parameter) => {
    const res = await app.http().get(`/api/contacts?${query}`).set(bearer(apiUser.jwt));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(parameter);
    expect(res.body.error.message).toMatch(/phone|email/);
  });

  it('REST: a filter or populate filter through a relation to a masked field is a 400', async () => {
    const through = await app
      .http()
      .get(`/api/customers?filters[contacts][phone][$eq]=${PHONE}`)
      .set(bearer(apiUser.jwt));
    expect(through.status).toBe(400);
    expect(through.body.error.message).toContain('contacts.phone');
    const populated = await app
      .http()
      .get(`/api/customers?populate[contacts][filters][email][$eq]=${EMAIL}`)
      .set(bearer(apiUser.jwt));
    expect(populated.status).toBe(400);
    expect(populated.body.error.message).toContain('email');
  });

  it('the content manager: a filter or sort on a masked field is a 400; an unmasked role may', async () => {
    const filtered = await app
      .http()
      .get(`${CM}?filters[$and][0][phone][$eq]=${PHONE}`)
      .set(bearer(engineer.token));
    expect(filtered.status).toBe(400);
    expect(filtered.body.error.message).toContain('phone');
    const sorted = await app.http().get(`${CM}?sort=email:ASC`).set(bearer(engineer.token));
    expect(sorted.status).toBe(400);
    const allowed = await app
      .http()
      .get(`${CM}?filters[$and][0][phone][$eq]=${PHONE}`)
      .set(bearer(manager.token));
    expect(allowed.body.results).toHaveLength(1);
  });

  it('a search (_q) does not match masked fields, but still matches the others', async () => {
    for (const q of [PHONE, '5678', 'zhang.wei']) {
      const cm = await app.http().get(`${CM}?_q=${q}`).set(bearer(engineer.token));
      expect(cm.status).toBe(200);
      expect(cm.body.results).toEqual([]);
      const rest = await app.http().get(`/api/contacts?_q=${q}`).set(bearer(apiUser.jwt));
      expect(rest.body.data).toEqual([]);
    }
    const byName = await app
      .http()
      .get(`${CM}?_q=${encodeURIComponent('装备')}`)
      .set(bearer(engineer.token));
    expect(byName.body.results).toHaveLength(1);
    const unmasked = await app.http().get(`${CM}?_q=5678`).set(bearer(manager.token));
    expect(unmasked.body.results).toHaveLength(1);
  });

  it('an export filtered on a masked field is a 400', async () => {
    const res = await app
      .http()
      .get(`/synergy/export/api::contact.contact?format=csv&filters[phone][$eq]=${PHONE}`)
      .set(bearer(engineer.token));
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).error.message).toContain('phone');
  });
});

describe('masked values are never written back', () => {
  it('a masked role updating through the content manager: the echo is dropped, a change is a 403 naming the field', async () => {
    // The account manager may update contacts; give that role the rule too for this test.
    const managerRoleId = await roleId('Account Manager');
    await app
      .http()
      .put('/synergy/masking')
      .set(bearer(superAdmin.token))
      .send({
        rules: ['phone', 'email'].map((field) => ({
          contentType: 'api::contact.contact',
          field,
          adminRoles: [engineerRoleId, managerRoleId],
          apiRoles: ['authenticated'],
          apiTokens: false,
        })),
      })
      .expect(200);
    const manager2 = await createAdminSession(app.strapi, ['Account Manager']);
    const form = (await app.http().get(`${CM}/${contactId}`).set(bearer(manager2.token))).body.data;
    expect(form.phone).toBe('138****5678');
    const echo = await app
      .http()
      .put(`${CM}/${contactId}`)
      .set(bearer(manager2.token))
      .send({ fullName: '张伟', phone: form.phone, email: form.email, position: '处长' });
    expect(echo.status).toBe(200);
    expect(echo.body.data.phone).toBe('138****5678');
    expect(await storedContact()).toMatchObject({ phone: PHONE, email: EMAIL, position: '处长' });

    const change = await app
      .http()
      .put(`${CM}/${contactId}`)
      .set(bearer(manager2.token))
      .send({ fullName: '张伟', phone: '13900000000', position: '副处长' });
    expect(change.status).toBe(403);
    expect(change.body.error.message).toContain('phone');
    expect(await storedContact()).toMatchObject({ phone: PHONE, position: '处长' });
  });
});

describe('who the rules apply to', () => {
  it('API tokens when the rule says so; a user with a second, unmasked admin role sees the value', async () => {
    await app
      .http()
      .put('/synergy/masking')
      .set(bearer(superAdmin.token))
      .send({
        rules: [
          {
            contentType: 'api::contact.contact',
            field: 'phone',
            adminRoles: [engineerRoleId],
            apiRoles: [],
            apiTokens: true,
          },
        ],
      })
      .expect(200);
    const byToken = await app.http().get(`/api/contacts/${contactId}`).set(bearer(token));
    expect(byToken.body.data).toMatchObject({ phone: '138****5678', email: EMAIL });
    const filtered = await app
      .http()
      .get(`/api/contacts?filters[phone][$eq]=${PHONE}`)
      .set(bearer(token));
    expect(filtered.status).toBe(400);
    // The Authenticated role is no longer masked.
    const byUser = await app.http().get(`/api/contacts/${contactId}`).set(bearer(apiUser.jwt));
    expect(byUser.body.data.phone).toBe(PHONE);
    const both = await createAdminSession(app.strapi, ['Service Engineer', 'Account Manager']);
    const edit = await app.http().get(`${CM}/${contactId}`).set(bearer(both.token));
    expect(edit.body.data.phone).toBe(PHONE);
    const engineerView = await app.http().get(`${CM}/${contactId}`).set(bearer(engineer.token));
    expect(engineerView.body.data.phone).toBe('138****5678');
  });
});

describe('PUT /synergy/masking', () => {
  it.each([
    [{ contentType: 'api::nope.nope', field: 'phone' }, 'rules[0].contentType'],
    [{ contentType: 'api::contact.contact', field: 'fullName' }, 'rules[0].field'],
    [
      { contentType: 'api::contact.contact', field: 'phone', adminRoles: [999999] },
      'rules[0].adminRoles[0]',
    ],
    [
      { contentType: 'api::contact.contact', field: 'phone', apiRoles: ['nobody'] },
      'rules[0].apiRoles[0]',
    ],
  ])('refuses %j with a 400 naming %s, and stores nothing', async (rule, path) => {
    const before = (await app.http().get('/synergy/masking').set(bearer(superAdmin.token))).body
      .data;
    const res = await app
      .http()
      .put('/synergy/masking')
      .set(bearer(superAdmin.token))
      .send({ rules: [{ adminRoles: [], apiRoles: [], apiTokens: false, ...rule }] });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(path);
    const after = (await app.http().get('/synergy/masking').set(bearer(superAdmin.token))).body
      .data;
    expect(after).toEqual(before);
  });

  it('answers the rules with the maskable fields and roles, and is refused to roles without the permission', async () => {
    const res = await app.http().get('/synergy/masking').set(bearer(superAdmin.token));
    expect(res.body.meta.fields).toContainEqual({
      contentType: 'api::contact.contact',
      field: 'phone',
      kind: 'phone',
    });
    expect(res.body.meta.adminRoles.map((r: { name: string }) => r.name)).toContain(
      'Service Engineer',
    );
    const refused = await app.http().get('/synergy/masking').set(bearer(engineer.token));
    expect(refused.status).toBe(403);
  });
});

describe('the demo seed', () => {
  it('masks contact phone and e-mail for the Service Engineer once, keeping rules saved later', async () => {
    const store = app.strapi.store({ type: 'plugin', name: 'synergy', key: 'masking' });
    await store.delete({});
    expect(await ensureDemoMasking(app.strapi)).toBe(true);
    const { rules } = (await app.http().get('/synergy/masking').set(bearer(superAdmin.token))).body
      .data;
    expect(rules).toEqual(
      ['phone', 'email'].map((field) => ({
        contentType: 'api::contact.contact',
        field,
        adminRoles: [engineerRoleId],
        apiRoles: [],
        apiTokens: false,
      })),
    );
    await app.http().put('/synergy/masking').set(bearer(superAdmin.token)).send({ rules: [] });
    expect(await ensureDemoMasking(app.strapi)).toBe(false);
    const edit = await app.http().get(`${CM}/${contactId}`).set(bearer(engineer.token));
    expect(edit.body.data.phone).toBe(PHONE);
  });
});
