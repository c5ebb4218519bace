import type { Core } from '@strapi/strapi';

type CookieSet = (name: string, value?: string | null, options?: { secure?: boolean }) => unknown;

/**
 * Koa throws "Cannot send secure cookie over unencrypted connection" (a 500) when a `secure` cookie
 * is set on a request it does not see as HTTPS: a production start on plain HTTP, or a TLS proxy
 * without SERVER_PROXY=true. Such a cookie is left out instead (with a warning naming the settings),
 * so the request itself succeeds: a login still answers 200 with its JWT, without the refresh cookie.
 */
const secureCookieGuard = (
  _config: unknown,
  { strapi }: { strapi: Core.Strapi },
): Core.MiddlewareHandler => {
  return async (ctx, next) => {
    const cookies = ctx.cookies as unknown as { set: CookieSet };
    const set = cookies.set.bind(cookies);
    cookies.set = (name, value, options) => {
      if (options?.secure && !ctx.secure) {
        strapi.log.warn(
          `Cookie ${name} not set: it is secure and ${ctx.method} ${ctx.path} came over plain HTTP. ` +
            'Behind a TLS proxy set SERVER_PROXY=true; on plain HTTP set PUBLIC_URL=http://… or UP_REFRESH_COOKIE_SECURE=false (docs/DEPLOYMENT.md).',
        );
        return cookies;
      }
      return set(name, value, options);
    };
    await next();
  };
};

export default secureCookieGuard;
