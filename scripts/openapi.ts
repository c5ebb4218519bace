/**
 * Writes the OpenAPI document `/documentation/openapi.json` serves to a file, for `redocly lint`
 * (npm run lint:openapi): boots the compiled app once on a throwaway SQLite database, as the API
 * tests do, where the documentation plugin generates it, and shuts down.
 * Usage: node dist/scripts/openapi.js <file>
 */
import fs from 'node:fs';
import path from 'node:path';
import { readServedDocument } from '../plugins/synergy/server/src/documentation';
import { createThrowawayDatabase } from '../tests/helpers/database';
import { bootStrapi } from '../tests/helpers/strapi';

const main = async () => {
  const output = process.argv[2];
  if (!output) throw new Error('Usage: node dist/scripts/openapi.js <output file>');
  // The document does not depend on the database: the quickest one will do.
  process.env.DATABASE_CLIENT = 'sqlite';
  const database = await createThrowawayDatabase({ prefix: 'synergy_openapi' });
  const strapi = await bootStrapi(database.env, { DOCUMENTATION_ENABLED: 'true' });
  try {
    const document = readServedDocument(strapi);
    if (!document) throw new Error('The documentation plugin generated no document');
    fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
    fs.writeFileSync(output, `${JSON.stringify(document, null, 2)}\n`);
  } finally {
    await strapi.destroy();
    await database.drop();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
