import type { Core } from '@strapi/strapi';

const allowedMediaTypes = [
  'image/*',
  'video/*',
  'audio/*',
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.*',
  'text/plain',
  'text/csv',
];

const deniedTypes = [
  'image/svg+xml',
  'application/vnd.microsoft.portable-executable',
  'application/x-msdownload',
  'application/x-msdos-program',
  'application/x-executable',
  'application/x-dosexec',
  'application/x-sh',
  'text/x-shellscript',
  'application/x-mach-binary',
];

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  synergy: {
    enabled: true,
    resolve: './plugins/synergy',
    config: {
      // Clearance of every API token (SPEC §1); one of public, internal, confidential, secret.
      apiTokenClearance: env('SYNERGY_API_TOKEN_CLEARANCE', 'internal'),
      // Compartments every API token holds (comma-separated codes) and whether tokens are external (SPEC §1.1).
      apiTokenCompartments: env.array('SYNERGY_API_TOKEN_COMPARTMENTS', []),
      apiTokenExternal: env.bool('SYNERGY_API_TOKEN_EXTERNAL', false),
      // Review notifications by e-mail; needs an e-mail provider configured for Strapi's email plugin.
      emailNotifications: env.bool('SYNERGY_EMAIL_NOTIFICATIONS', false),
      // Review reminders and escalation, checked every ten minutes (safe on every instance).
      reviewReminders: env.bool('SYNERGY_REVIEW_REMINDERS', true),
      // Analytics answers reused while the data they read is unchanged (on every instance), for at most
      // this long; 0 turns the cache off. See docs/PERFORMANCE.md.
      analyticsCache: {
        maxAgeSeconds: env.int('SYNERGY_ANALYTICS_CACHE_SECONDS', 60),
        maxMegabytes: env.int('SYNERGY_ANALYTICS_CACHE_MB', 64),
      },
      // A battlecard fact (source, figure, strengths, review) older than this many days is stale.
      battlecardStaleAfterDays: env.int('SYNERGY_BATTLECARD_STALE_AFTER_DAYS', 90),
    },
  },
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      sessions: {
        // The refresh token travels in an httpOnly cookie (UP_REFRESH_COOKIE=false: in the login answer's body).
        httpOnly: env.bool('UP_REFRESH_COOKIE', true),
        cookie: {
          // Secure when the public URL is https:// (behind a TLS proxy, with SERVER_PROXY=true), not on plain
          // HTTP; UP_REFRESH_COOKIE_SECURE overrides. See docs/DEPLOYMENT.md.
          secure: env.bool(
            'UP_REFRESH_COOKIE_SECURE',
            env('PUBLIC_URL', 'http://localhost:1337').startsWith('https://'),
          ),
        },
      },
      register: {
        allowedFields: [],
      },
    },
  },
  documentation: {
    // Tests switch it off (it rewrites src/extensions/documentation at every start) except where tested.
    enabled: env.bool('DOCUMENTATION_ENABLED', true),
    config: {
      openapi: '3.0.0',
      info: {
        version: '1.0.0',
        title: 'Synergy CRM API',
        description:
          'REST API of Synergy CRM: every CRM content type and the synergy plugin endpoints. Authenticate with an API token or a users-permissions JWT as `Authorization: Bearer <token>`.',
      },
      'x-strapi-config': {
        plugins: ['synergy', 'upload', 'users-permissions'],
      },
      servers: [
        { url: `${env('PUBLIC_URL', 'http://localhost:1337')}/api`, description: 'Synergy CRM' },
      ],
    },
  },
  upload: {
    config: {
      security: {
        allowedTypes: allowedMediaTypes,
        deniedTypes,
      },
    },
  },
});

export default config;
