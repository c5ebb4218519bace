/**
 * Load test (issue 6): the app serves a database that is already loaded (the bench set, or the
 * demo data) on a loopback port; autocannon in a second process (bench/load-client.ts) keeps
 * `--connections` connections busy for `--duration` seconds on each endpoint in turn:
 *   - the REST list of customers, a page of 25, with an API token of full clearance;
 *   - the analytics overview, /api/synergy/overview, with the same token (answered from the
 *     analytics cache once computed);
 *   - `overview-writes`: the same while a feedback is written through the document service every
 *     `--write-interval` seconds, so the cached answer is invalidated and computed again each time
 *     (the feedback written are deleted at the end).
 * Prints requests/s, latency p50/p90/p99/max, errors and non-2xx answers (the run fails unless
 * both are zero) and writes them as JSON to bench/results/load-<endpoints>-c<connections>.json.
 *
 *   npm run bench:load -- --client postgres --database synergy_bench [--connections 50] [--duration 30]
 *   npm run bench:load -- --client sqlite --database .tmp/data.db
 *   options: --endpoints list,overview,overview-writes  --write-interval 5  --timeout 10 (seconds before a request counts as an error)  --port 1462
 *
 * The app writes to that database what it writes in production: an API token for the run
 * (revoked at the end) and the audit entries of confidential and secret records read.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fork } from 'node:child_process';
import { parseArgs } from 'node:util';
import { createStrapi, type Core } from '@strapi/strapi';
import { QUIET_APP_ENV, freshSecrets } from '../tests/helpers/app-environment';
import { appRoot } from '../tests/helpers/app-root';
import { databaseServer, type DatabaseClient } from '../tests/helpers/database';
import type { LoadJob, LoadSummary } from './load-client';

const ROOT = appRoot();

const { values: options } = parseArgs({
  options: {
    client: { type: 'string', default: process.env.DATABASE_CLIENT ?? 'sqlite' },
    database: { type: 'string' },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '5' },
    port: { type: 'string', default: '1462' },
    // Seconds before autocannon counts a request as an error (its default).
    timeout: { type: 'string', default: '10' },
    // Comma-separated subset of the endpoints: list, overview, overview-writes.
    endpoints: { type: 'string', default: 'list,overview,overview-writes' },
    // Seconds between two feedback written during overview-writes.
    'write-interval': { type: 'string', default: '5' },
  },
});

const client = options.client as DatabaseClient;
if (!['sqlite', 'postgres', 'mysql'].includes(client))
  throw new Error(`--client must be sqlite, postgres or mysql, not ${client}`);
if (!options.database)
  throw new Error(
    '--database is required: the database name (PostgreSQL, MariaDB) or the SQLite file',
  );
const CONNECTIONS = Number(options.connections);
const DURATION = Number(options.duration);
const WARM_UP = Number(options.warmup);
const PORT = Number(options.port);
const TIMEOUT = Number(options.timeout);
const WRITE_INTERVAL = Number(options['write-interval']);

const databaseEnv = (): Record<string, string> => {
  if (client === 'sqlite')
    return { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.resolve(options.database!) };
  const { host, port, user, password } = databaseServer(client);
  return {
    DATABASE_CLIENT: client,
    DATABASE_HOST: host,
    DATABASE_PORT: String(port),
    DATABASE_NAME: options.database!,
    DATABASE_USERNAME: user,
    DATABASE_PASSWORD: password,
  };
};

const ENDPOINTS = [
  {
    key: 'list',
    name: 'REST list of customers (page of 25)',
    path: '/api/customers?pagination[page]=1&pagination[pageSize]=25',
    writes: false,
  },
  { key: 'overview', name: 'analytics overview', path: '/api/synergy/overview', writes: false },
  {
    key: 'overview-writes',
    name: `analytics overview, a write every ${WRITE_INTERVAL} s`,
    path: '/api/synergy/overview',
    writes: true,
  },
].filter((endpoint) => options.endpoints.split(',').includes(endpoint.key));

/** How much data the figures were measured on. */
const dataSize = async (strapi: Core.Strapi) => {
  const count = (uid: string) => strapi.db.query(uid as never).count();
  return {
    customers: await count('api::customer.customer'),
    feedback: await count('api::feedback.feedback'),
    serviceTickets: await count('api::service-ticket.service-ticket'),
    surveyResponses: await count('api::survey-response.survey-response'),
    auditEntries: await count('plugin::synergy.audit-entry'),
  };
};

/**
 * Writes a feedback through the document service every WRITE_INTERVAL seconds until stopped (each
 * raises the data version the overview depends on); `stop` deletes what was written.
 */
const startWriting = async (strapi: Core.Strapi) => {
  const customer = await strapi.db
    .query('api::customer.customer')
    .findOne({ select: ['documentId'], orderBy: { id: 'asc' } });
  const written: string[] = [];
  let failures = 0;
  const write = async () => {
    try {
      const feedback = await strapi.documents('api::feedback.feedback').create({
        data: {
          content: 'load test',
          receivedAt: new Date().toISOString(),
          customer: customer.documentId,
        } as never,
      });
      written.push(feedback.documentId);
    } catch (error) {
      failures += 1;
      console.error(`write failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const timer = setInterval(() => void write(), WRITE_INTERVAL * 1000);
  return {
    stop: async () => {
      clearInterval(timer);
      for (const documentId of written)
        await strapi.documents('api::feedback.feedback').delete({ documentId });
      return { writes: written.length, failures };
    },
  };
};

const runClient = (job: LoadJob) =>
  new Promise<LoadSummary>((resolve, reject) => {
    const child = fork(path.join(__dirname, 'load-client.js'));
    child.once('message', (message: { summary?: LoadSummary; error?: string }) => {
      child.kill();
      if (message.summary) resolve(message.summary);
      else reject(new Error(message.error ?? 'no summary'));
    });
    child.once('error', reject);
    child.send(job);
  });

const main = async () => {
  Object.assign(process.env, {
    ...freshSecrets(),
    ...databaseEnv(),
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(PORT),
    SYNERGY_API_TOKEN_CLEARANCE: 'secret',
    ...QUIET_APP_ENV,
  });
  const app = createStrapi({
    appDir: ROOT,
    distDir: path.join(ROOT, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  });
  // Request logging off: the figures are the app's, not the terminal's.
  app.log.level = 'warn';
  for (const transport of app.log.transports) transport.level = app.log.level;
  const strapi = await app.load();
  const token = await strapi.service('admin::api-token').create({
    name: `load-test-${Date.now()}`,
    type: 'full-access',
    lifespan: null,
    kind: 'content-api',
  });
  try {
    await strapi.server.mount();
    await new Promise<void>((resolve) =>
      strapi.server.httpServer.listen(PORT, '127.0.0.1', resolve),
    );
    const size = await dataSize(strapi);
    // Other work on the machine skews every figure: say how busy it was.
    const loadAverageBefore = os.loadavg()[0];
    const headers = { Authorization: `Bearer ${token.accessKey}` };
    console.log(`load test on ${client} ${options.database}: ${JSON.stringify(size)}`);
    console.log(
      `${CONNECTIONS} connections, ${DURATION}s per endpoint after ${WARM_UP}s of warm-up, autocannon in a second process`,
    );
    console.log(
      `load average ${loadAverageBefore.toFixed(1)} on ${os.cpus().length} CPUs before the run\n`,
    );

    const results: Array<{ endpoint: string; path: string } & LoadSummary> = [];
    for (const endpoint of ENDPOINTS) {
      const job = {
        url: `http://127.0.0.1:${PORT}${endpoint.path}`,
        headers,
        connections: CONNECTIONS,
        timeout: TIMEOUT,
      };
      if (WARM_UP > 0) await runClient({ ...job, duration: WARM_UP });
      const writing = endpoint.writes ? await startWriting(strapi) : null;
      const summary = await runClient({ ...job, duration: DURATION });
      const writes = await writing?.stop();
      // A failed write is an error of the run too.
      summary.errors += writes?.failures ?? 0;
      results.push({
        endpoint: endpoint.name,
        path: endpoint.path,
        ...summary,
        ...(writes ? { writes } : {}),
      });
      const { p50, p90, p99, max } = summary.latencyMs;
      console.log(
        `${endpoint.name.padEnd(44)} ${summary.requestsPerSecond.toFixed(1).padStart(8)} req/s  p50 ${p50}ms  p90 ${p90}ms  p99 ${p99}ms  max ${max}ms  errors ${summary.errors}  non-2xx ${summary.non2xx}`,
      );
    }

    const report = {
      measuredAt: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        model: os.cpus()[0]?.model,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        loadAverage: { before: loadAverageBefore, after: os.loadavg()[0] },
      },
      database: { client, name: options.database, ...size },
      connections: CONNECTIONS,
      durationSeconds: DURATION,
      timeoutSeconds: TIMEOUT,
      warmUpSeconds: WARM_UP,
      results,
    };
    const directory = path.join(ROOT, 'bench', 'results');
    fs.mkdirSync(directory, { recursive: true });
    fs.writeFileSync(
      path.join(directory, `load-${options.endpoints.replace(/,/g, '-')}-c${CONNECTIONS}.json`),
      `${JSON.stringify(report, null, 2)}\n`,
    );
    const failed = results.filter((result) => result.errors > 0 || result.non2xx > 0);
    if (failed.length > 0) {
      console.error(
        `errors or non-2xx answers on: ${failed.map((result) => `${result.endpoint} ${JSON.stringify(result.statusCodes)}`).join('; ')}`,
      );
      process.exitCode = 1;
    }
  } finally {
    await strapi.service('admin::api-token').revoke(token.id);
    await strapi.destroy();
  }
};

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
