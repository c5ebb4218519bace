import fs from 'node:fs';
import path from 'node:path';

/** The app's root (where package.json is), from this file's source or its compiled copy in dist/. */
export const appRoot = (): string => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
};
