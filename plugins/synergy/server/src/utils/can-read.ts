import type { UID } from '@strapi/strapi';
import type { Context } from 'koa';

interface Ability {
  can: (action: string, subject?: string) => boolean;
}

interface AuthState {
  strategy?: { name?: string };
  credentials?: { type?: string };
  ability?: Ability;
}

export type CanReadFactory = (ctx: Context) => (uid: UID.ContentType) => boolean;

/** Whether an admin user may read a content type, from their RBAC ability. */
export const adminCanRead = (ctx: Context) => (uid: UID.ContentType) =>
  Boolean(
    (ctx.state.userAbility as Ability | undefined)?.can(
      'plugin::content-manager.explorer.read',
      uid,
    ),
  );

/** Whether a content-API caller (API token or users-permissions user) may list a content type. */
export const contentApiCanRead = (ctx: Context) => (uid: UID.ContentType) => {
  const auth = ctx.state.auth as AuthState | undefined;
  if (!auth) return false;
  if (
    auth.strategy?.name === 'content-api-token' &&
    ['full-access', 'read-only'].includes(auth.credentials?.type ?? '')
  ) {
    return true;
  }
  return Boolean(auth.ability?.can(`${uid}.find`));
};
