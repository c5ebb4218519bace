import fs from 'node:fs';
import { createDatabaseTemplate } from './database-template';

/**
 * Run by the Jest global setup from dist/ in a process of its own (booting Strapi in Jest's
 * parent process would leave its handles and environment there): writes the template as JSON
 * to the file named by its argument (stdout carries the app's own messages).
 */
const [output] = process.argv.slice(2);
createDatabaseTemplate().then(
  (template) => {
    fs.writeFileSync(output, JSON.stringify(template ?? null));
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
