import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import request from 'supertest';

const password = () => `Aa1!${crypto.randomBytes(12).toString('hex')}`;

export interface AdminSession {
  id: number;
  email: string;
  /** Admin JWT for `Authorization: Bearer`. */
  token: string;
}

/** An active admin user with the named roles ("Super Admin" or a role of SPEC §6), logged in. */
export const createAdminSession = async (
  strapi: Core.Strapi,
  roleNames: string[],
): Promise<AdminSession> => {
  const roles = await strapi.db
    .query('admin::role')
    .findMany({ where: { name: { $in: roleNames } } });
  if (roles.length !== roleNames.length)
    throw new Error(`Unknown admin role among ${roleNames.join(', ')}`);
  const email = `${roleNames.join('-').replace(/\W+/g, '-').toLowerCase()}-${crypto.randomBytes(3).toString('hex')}@test.local`;
  const secretPassword = password();
  const user = await strapi.service('admin::user').create({
    email,
    firstname: roleNames[0],
    lastname: 'Tester',
    password: secretPassword,
    isActive: true,
    registrationToken: null,
    roles: roles.map((role: { id: number }) => role.id),
  });
  const login = await request(strapi.server.httpServer)
    .post('/admin/login')
    .send({ email, password: secretPassword });
  if (login.status !== 200)
    throw new Error(`admin login failed: ${login.status} ${JSON.stringify(login.body)}`);
  return { id: user.id, email, token: login.body.data.token };
};

/** An API token of the given type (full-access, read-only, or custom with permissions). */
export const createApiToken = async (
  strapi: Core.Strapi,
  type: 'full-access' | 'read-only' | 'custom' = 'full-access',
  permissions: string[] = [],
): Promise<string> => {
  const token = await strapi.service('admin::api-token').create({
    name: `test-${type}-${crypto.randomBytes(3).toString('hex')}`,
    type,
    lifespan: null,
    kind: 'content-api',
    ...(type === 'custom' ? { permissions } : {}),
  });
  return token.accessKey;
};

/** A confirmed users-permissions user of the Authenticated role, and its JWT. */
export const createApiUser = async (
  strapi: Core.Strapi,
  fields: Record<string, unknown> = {},
): Promise<{ id: number; jwt: string }> => {
  const role = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'authenticated' } });
  const email = `api-${crypto.randomBytes(4).toString('hex')}@test.local`;
  const secretPassword = password();
  const user = await strapi
    .plugin('users-permissions')
    .service('user')
    .add({
      username: `api-${crypto.randomBytes(4).toString('hex')}`,
      email,
      password: secretPassword,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
      ...fields,
    });
  // Log in through the API: with refresh-token sessions the JWT must come from the session manager.
  const login = await request(strapi.server.httpServer)
    .post('/api/auth/local')
    .send({ identifier: email, password: secretPassword });
  if (login.status !== 200)
    throw new Error(`API login failed: ${login.status} ${JSON.stringify(login.body)}`);
  return { id: user.id, jwt: login.body.jwt };
};

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** An admin user of a new role holding exactly `permissions` (action, and subject for content types), logged in. */
export const createCustomRoleSession = async (
  strapi: Core.Strapi,
  permissions: Array<{ action: string; subject?: string; fields?: string[] }>,
): Promise<AdminSession> => {
  const roleService = strapi.service('admin::role');
  const role = await roleService.create({
    name: `Custom ${crypto.randomBytes(3).toString('hex')}`,
    description: 'test role',
  });
  await roleService.assignPermissions(
    role.id,
    permissions.map(({ action, subject, fields }) => ({
      action,
      subject: subject ?? null,
      conditions: [],
      properties: fields ? { fields } : {},
    })),
  );
  return createAdminSession(strapi, [role.name]);
};
