import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

interface DocumentationService {
  getFullDocumentationPath: () => string;
  getDocumentationVersion: () => string;
}

/**
 * The OpenAPI document the documentation plugin serves in its Swagger page: the file it generates
 * at start (in development) or that the build carries (in production). Null when there is none.
 */
export const readServedDocument = (strapi: Core.Strapi): Record<string, unknown> | null => {
  const documentation = strapi.plugin('documentation')?.service('documentation') as
    DocumentationService | undefined;
  if (!documentation) return null;
  const file = path.join(
    documentation.getFullDocumentationPath(),
    documentation.getDocumentationVersion(),
    'full_documentation.json',
  );
  if (!fs.existsSync(file)) return null;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
};
