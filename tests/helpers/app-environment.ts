import crypto from 'node:crypto';

const secret = () => crypto.randomBytes(16).toString('base64');

/** The secrets Strapi needs, generated for one run: nothing fixed in the repository, no .env needed. */
export const freshSecrets = () => ({
  APP_KEYS: [secret(), secret()].join(','),
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  ENCRYPTION_KEY: secret(),
});

/** No telemetry, pop-ups, browser or documentation rewrite in test and bench runs. */
export const QUIET_APP_ENV = {
  FLAG_NPS: 'false',
  FLAG_PROMOTE_EE: 'false',
  STRAPI_TELEMETRY_DISABLED: 'true',
  DOCUMENTATION_ENABLED: 'false',
  BROWSER: 'none',
};
