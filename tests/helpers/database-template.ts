import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  clientFromEnv,
  createDatabase,
  databaseEnv,
  dropDatabase,
  dumpMysqlDatabase,
  uniqueDatabaseName,
  type DatabaseTemplate,
} from './database';
import { bootStrapi } from './strapi';

/**
 * Makes the run's template database: an empty database the app boots on once, so that its
 * tables, seeded roles, permissions, workflows and views exist. Returns undefined when this
 * client cannot be copied here (mysql without a dump tool): test files then start empty.
 */
export const createDatabaseTemplate = async (): Promise<DatabaseTemplate | undefined> => {
  const client = clientFromEnv();
  const name = uniqueDatabaseName('synergy_test_template');
  await createDatabase(client, name);
  try {
    const strapi = await bootStrapi(databaseEnv(client, name));
    await strapi.destroy();
    if (client !== 'mysql') return { client, name };
    const dumpFile = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), 'synergy-template-')),
      'template.sql',
    );
    const dumped = dumpMysqlDatabase(name, dumpFile);
    await dropDatabase(client, name);
    return dumped ? { client, name, dumpFile } : undefined;
  } catch (error) {
    await dropDatabase(client, name);
    throw error;
  }
};
