import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: {
    keys: env.array('APP_KEYS')!,
  },
  // Behind a load balancer or reverse proxy: trust its X-Forwarded-For/-Proto headers, so that the
  // audit trail records the client's address and secure cookies work over its TLS.
  proxy: { koa: env.bool('SERVER_PROXY', false) },
  // No call leaves the network: no npm registry check for a newer Strapi (docs/DEPLOYMENT.md).
  logger: { updates: { enabled: env.bool('STRAPI_UPDATE_CHECK', false) } },
  webhooks: {
    populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
  },
});

export default config;
