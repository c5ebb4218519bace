import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT, type RunningApp } from '../app-server';

/**
 * `startApp` of ../app-server.ts on a port range of the caller's choosing: the workflow browser
 * test runs on 1370–1379 so that it never competes with the other browser tests (1350–1359)
 * on a shared machine. Same environment: throwaway SQLite file, secrets generated per run.
 */

const STRAPI_BIN = path.join(path.dirname(require.resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js');

const isPortFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

const secret = () => crypto.randomBytes(16).toString('base64');

export const startAppOnPorts = async (first: number, last: number): Promise<RunningApp> => {
  let port: number | undefined;
  for (let candidate = first; candidate <= last && port === undefined; candidate += 1) {
    if (await isPortFree(candidate)) port = candidate;
  }
  if (port === undefined) throw new Error(`No free port in ${first}–${last}`);

  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'synergy-workflow-'));
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    ENCRYPTION_KEY: secret(),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(directory, 'data.db'),
    FLAG_NPS: 'false',
    FLAG_PROMOTE_EE: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
    DOCUMENTATION_ENABLED: 'false',
    BROWSER: 'none',
  };
  let output = '';
  const child = spawn(process.execPath, [STRAPI_BIN, 'start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
    if (process.env.BROWSER_TEST_VERBOSE === 'true') process.stdout.write(chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(directory, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`strapi start exited with ${child.exitCode}:\n${output}`);
    }
    try {
      const response = await fetch(`${url}/_health`);
      if (response.status === 204 || response.ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`strapi start not healthy after 120s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
};
