import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Compiles the app (server TypeScript, config and the plugin's server part) into dist/ once per run. */
export default async function globalSetup() {
  const root = path.resolve(__dirname, '..', '..');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], {
    cwd: root,
    stdio: 'inherit',
  });
}
