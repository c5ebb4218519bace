import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { QUIET_APP_ENV, freshSecrets } from '../helpers/app-environment';

/**
 * The real app for browser tests: built admin, a throwaway SQLite database, fresh secrets, and
 * `strapi start` as a child process on a free port of 1350–1359.
 */

export const ROOT = path.resolve(__dirname, '..', '..');
/** Strapi's command line (not in the package's exports map, so located through package.json). */
const STRAPI_BIN = path.join(
  path.dirname(require.resolve('@strapi/strapi/package.json')),
  'bin',
  'strapi.js',
);
const BUILD_INDEX = path.join(ROOT, 'dist', 'build', 'index.html');
/** What the admin bundle is built from: a change to any of these needs `strapi build`. */
const ADMIN_SOURCES = [
  'src/admin',
  'plugins/synergy/admin/src',
  'plugins/synergy/shared',
  'config/admin.ts',
  'config/plugins.ts',
  'package-lock.json',
];

const newestMtime = (target: string): number => {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target)
    .reduce(
      (newest, entry) => Math.max(newest, newestMtime(path.join(target, entry))),
      stat.mtimeMs,
    );
};

const run = (args: string[]) =>
  execFileSync(process.execPath, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
  });

/**
 * Builds the admin (and compiles the server) when dist/build is missing or older than its
 * sources; otherwise only compiles the server, which `strapi start` runs from dist/.
 */
export const ensureBuild = () => {
  const built = fs.existsSync(BUILD_INDEX) ? fs.statSync(BUILD_INDEX).mtimeMs : 0;
  const sources = Math.max(...ADMIN_SOURCES.map((source) => newestMtime(path.join(ROOT, source))));
  if (built === 0 || sources > built || process.env.BROWSER_TEST_REBUILD === 'true') {
    console.log(
      built === 0
        ? 'No admin build: building'
        : 'Admin sources changed since the last build: rebuilding',
    );
    run([STRAPI_BIN, 'build']);
  } else {
    run([require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json']);
  }
};

const isPortFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

/** The first free port of a range (1350–1359 unless told otherwise: the range browser tests use on shared machines). */
export const freePort = async ([first, last]: [number, number] = [1350, 1359]) => {
  for (let port = first; port <= last; port += 1) {
    if (await isPortFree(port)) return port;
  }
  throw new Error(`No free port in ${first}–${last}`);
};

/** Set by the browser tests' global setup for the whole run (support/global-setup.ts). */
const DEMO_DIRECTORY_ENV = 'SYNERGY_BROWSER_DEMO_DIR';
const SECRETS_ENV = 'SYNERGY_BROWSER_SECRETS';
const SEED_CLI = path.join(ROOT, 'dist', 'scripts', 'seed', 'cli.js');
const DEMO_DATABASE = 'demo.db';
const DEMO_OUTPUT = 'seed-output.txt';

/**
 * The secrets of this run's apps: one set for the run, so that the demo database seeded once
 * (API token hashes depend on the salt) serves every test file.
 */
const runSecrets = (): Record<string, string> => {
  const published = process.env[SECRETS_ENV];
  return published ? (JSON.parse(published) as Record<string, string>) : freshSecrets();
};

/** `npm run seed` (the demo scale) into the SQLite file `env` names; returns what it printed. */
const runDemoSeed = (env: NodeJS.ProcessEnv) =>
  execFileSync(process.execPath, [SEED_CLI], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    maxBuffer: 32 * 1024 * 1024,
  });

/**
 * Seeds the demo once per run into a directory of its own, for `loadDemoSeed` to copy: the seed
 * boots the app and loads 3,000 records through the Document Service, which takes half a minute.
 */
export const prepareDemoSeed = () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'synergy-browser-demo-'));
  const secrets = freshSecrets();
  const output = runDemoSeed({
    ...process.env,
    NODE_ENV: 'test',
    ...secrets,
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(directory, DEMO_DATABASE),
    ...QUIET_APP_ENV,
  });
  fs.writeFileSync(path.join(directory, DEMO_OUTPUT), output);
  process.env[DEMO_DIRECTORY_ENV] = directory;
  process.env[SECRETS_ENV] = JSON.stringify(secrets);
};

export const removeDemoSeed = () => {
  const directory = process.env[DEMO_DIRECTORY_ENV];
  if (directory) fs.rmSync(directory, { recursive: true, force: true });
};

/**
 * For `startApp({ prepare })`: the demo seed, as `npm run seed` loads it, in the app's own
 * database (a copy of the run's seeded database when there is one). Returns what the seed printed
 * (the demo logins).
 */
export const loadDemoSeed = (env: NodeJS.ProcessEnv): string => {
  const directory = process.env[DEMO_DIRECTORY_ENV];
  if (!directory) return runDemoSeed(env);
  fs.copyFileSync(path.join(directory, DEMO_DATABASE), env.DATABASE_FILENAME!);
  return fs.readFileSync(path.join(directory, DEMO_OUTPUT), 'utf8');
};

export interface RunningApp {
  url: string;
  /** Stops the server and deletes its database. */
  stop: () => Promise<void>;
}

const waitForHealth = async (
  url: string,
  child: ChildProcess,
  log: () => string,
  timeoutMs = 120_000,
) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`strapi start exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${url}/_health`);
      if (response.status === 204 || response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`strapi start not healthy after ${timeoutMs / 1000}s:\n${log()}`);
};

/**
 * Starts `strapi start` against a new SQLite file, with secrets generated for this run only.
 * `prepare` runs first with the app's environment, e.g. to load the demo seed into that database.
 */
export const startApp = async ({
  ports,
  prepare,
}: {
  ports?: [number, number];
  prepare?: (env: NodeJS.ProcessEnv) => void | Promise<void>;
} = {}): Promise<RunningApp> => {
  const port = await freePort(ports);
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'synergy-browser-'));
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    ...runSecrets(),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(directory, 'data.db'),
    ...QUIET_APP_ENV,
  };
  if (prepare) {
    try {
      await prepare(env);
    } catch (error) {
      fs.rmSync(directory, { recursive: true, force: true });
      throw error;
    }
  }
  try {
    const server = await launchStrapi(env, port);
    return {
      url: server.url,
      stop: async () => {
        await server.stop();
        fs.rmSync(directory, { recursive: true, force: true });
      },
    };
  } catch (error) {
    fs.rmSync(directory, { recursive: true, force: true });
    throw error;
  }
};

/** One `strapi start` process. */
export interface StrapiProcess {
  url: string;
  /** SIGTERM (Strapi's own shutdown, as an orchestrator stops it), SIGKILL after 20 s; resolves on exit. */
  stop: () => Promise<void>;
}

/**
 * Runs `strapi start` on the compiled app with the given environment and waits until
 * `/_health` answers. Set BROWSER_TEST_VERBOSE=true to see its output.
 */
export const launchStrapi = async (
  env: NodeJS.ProcessEnv,
  port: number,
): Promise<StrapiProcess> => {
  let output = '';
  const child = spawn(process.execPath, [STRAPI_BIN, 'start'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
    if (process.env.BROWSER_TEST_VERBOSE === 'true') process.stdout.write(chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  };

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
};
