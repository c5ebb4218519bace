import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { publishTemplate, type DatabaseTemplate } from './database';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Compiles the app (server TypeScript, config and the plugin's server part) into dist/ once per
 * run, then boots it once on a template database that every test file's database is copied
 * from (SYNERGY_TEST_TEMPLATE=false: every file starts from an empty database instead).
 */
export default async function globalSetup() {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (process.env.SYNERGY_TEST_TEMPLATE === 'false') return;
  const output = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'synergy-template-')),
    'template.json',
  );
  try {
    execFileSync(
      process.execPath,
      [path.join(ROOT, 'dist', 'tests', 'helpers', 'database-template-cli.js'), output],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const template = JSON.parse(fs.readFileSync(output, 'utf8')) as DatabaseTemplate | null;
    if (template) publishTemplate(template);
  } finally {
    fs.rmSync(path.dirname(output), { recursive: true, force: true });
  }
}
