import type { Core } from '@strapi/strapi';

const MEGABYTE = 1024 * 1024;

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  // A secure cookie on a plain-HTTP request is left out instead of failing the request (docs/DEPLOYMENT.md).
  'global::secure-cookie-guard',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  {
    name: 'strapi::body',
    // Imports take CSV/XLSX files of 50 MB and more; a larger upload gets 413 before anything is read.
    config: { formidable: { maxFileSize: env.int('UPLOAD_MAX_FILE_MB', 100) * MEGABYTE } },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
