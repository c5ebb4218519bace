import { dropDatabaseTemplate, publishedTemplate } from './database';

/** Drops the run's template database (global-setup.ts). */
export default async function globalTeardown() {
  const template = publishedTemplate();
  if (template) await dropDatabaseTemplate(template);
}
