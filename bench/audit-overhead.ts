/**
 * How much the audit trail adds to the requests it records (SPEC §7, issue "classification,
 * clearance and audit"). The app listens on a loopback port; a client in a second process
 * (bench/http-client.ts) sends the requests. In blocks interleaved so that machine noise hits
 * both alike, it measures:
 *   - REST create of a customer, with the audit recorder on and with it replaced by a no-op;
 *   - REST read of a confidential customer (recorded) with the recorder on and off.
 * The queue is drained (untimed) after every block, so each figure is what recording adds to the
 * request itself; the batched write that follows the response is not charged to any request.
 * Prints medians, p95 and the ratio on/off, and writes them as JSON under bench/results/.
 *
 *   npm run bench:audit [-- --runs 300]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { createApiToken } from '../tests/helpers/auth';
import { appRoot } from '../tests/helpers/app-root';
import { setupStrapi } from '../tests/helpers/strapi';
import { summarize } from './stats';

const runsArgument = process.argv.indexOf('--runs');
const RUNS = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 200;
const WARM_UP = 30;
const BLOCK = 10;
const SUSTAINED_PAIRS = 5;

interface ClientAnswer {
  timings?: number[];
  error?: string;
}

const main = async () => {
  const app = await setupStrapi();
  try {
    const token = await createApiToken(app.strapi);
    const audit = app.strapi.plugin('synergy').service('audit') as {
      record: (...entries: unknown[]) => void;
      drain: () => Promise<void>;
    };
    const record = audit.record;
    const noRecord = () => {};
    const confidential = await app.strapi
      .documents('api::customer.customer')
      .create({ data: { name: '基准单位', code: 'BENCH-C', classification: 'confidential' } });
    // The token reads within `confidential` for this run.
    app.strapi.config.set('plugin::synergy.apiTokenClearance', 'confidential');

    await new Promise<void>((resolve) =>
      app.strapi.server.httpServer.listen(0, '127.0.0.1', resolve),
    );
    const { port } = app.strapi.server.httpServer.address() as AddressInfo;
    const client = fork(path.join(__dirname, 'http-client.js'));
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    let sequence = 0;
    const createRequest = () => ({
      url: `http://127.0.0.1:${port}/api/customers`,
      method: 'POST',
      headers,
      body: JSON.stringify({ data: { name: '基准', code: `BENCH-${(sequence += 1)}` } }),
    });
    const readRequest = () => ({
      url: `http://127.0.0.1:${port}/api/customers/${confidential.documentId}`,
      method: 'GET',
      headers,
    });

    /** One block of requests from the client process, then the queue drained (not timed). */
    const block = async (
      recorder: typeof record,
      request: () => { url: string; method: string; headers: Record<string, string> },
    ) => {
      audit.record = recorder;
      const answer = await new Promise<ClientAnswer>((resolve) => {
        client.once('message', (message) => resolve(message as ClientAnswer));
        client.send({ requests: Array.from({ length: BLOCK }, request) });
      });
      await audit.drain();
      if (answer.error || !answer.timings) throw new Error(answer.error ?? 'no timings');
      return answer.timings;
    };

    const samples = {
      createOn: [] as number[],
      createOff: [] as number[],
      readOn: [] as number[],
      readOff: [] as number[],
    };
    await block(record, createRequest);
    await block(record, readRequest);
    for (let done = 0; done < WARM_UP + RUNS; done += BLOCK) {
      const keep = done >= WARM_UP;
      const createOn = await block(record, createRequest);
      const createOff = await block(noRecord, createRequest);
      const readOff = await block(noRecord, readRequest);
      const readOn = await block(record, readRequest);
      if (keep) {
        samples.createOn.push(...createOn);
        samples.createOff.push(...createOff);
        samples.readOn.push(...readOn);
        samples.readOff.push(...readOff);
      }
    }

    /** Requests back to back with the recorder on or off, including the final write of the queue. */
    const sustained = async (
      recorder: typeof record,
      request: () => { url: string; method: string; headers: Record<string, string> },
    ) => {
      audit.record = recorder;
      const start = process.hrtime.bigint();
      const answer = await new Promise<ClientAnswer>((resolve) => {
        client.once('message', (message) => resolve(message as ClientAnswer));
        client.send({ requests: Array.from({ length: RUNS }, request) });
      });
      await audit.drain();
      if (answer.error) throw new Error(answer.error);
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    // Alternating pairs; the median pair is reported, as one run can land on a busy moment.
    const pairs: Array<{ on: number; off: number }> = [];
    for (let pair = 0; pair < SUSTAINED_PAIRS; pair += 1) {
      const off = await sustained(noRecord, readRequest);
      const on = await sustained(record, readRequest);
      pairs.push({ on, off });
    }
    pairs.sort((a, b) => a.on / a.off - b.on / b.off);
    const { on: sustainedReadOn, off: sustainedReadOff } = pairs[Math.floor(pairs.length / 2)];
    client.kill();
    audit.record = record;
    await audit.drain();

    const result = {
      machine: {
        cpus: (await import('node:os')).cpus().length,
        node: process.version,
        database: process.env.DATABASE_CLIENT ?? 'sqlite',
      },
      runs: RUNS,
      create: { auditOn: summarize(samples.createOn), auditOff: summarize(samples.createOff) },
      confidentialRead: {
        auditOn: summarize(samples.readOn),
        auditOff: summarize(samples.readOff),
      },
      sustainedConfidentialReads: {
        requests: RUNS,
        auditOnMs: sustainedReadOn,
        auditOffMs: sustainedReadOff,
      },
    };
    const ratio = (on: number, off: number) => (on / off).toFixed(3);
    console.log(
      `audit overhead, ${RUNS} requests of each kind in interleaved blocks of ${BLOCK}, after ${WARM_UP} warm-up, ${result.machine.database}`,
    );
    console.log('request                 median on  median off  ratio   p95 on  p95 off');
    for (const [name, pair] of [
      ['REST create', result.create],
      ['REST confidential read', result.confidentialRead],
    ] as const) {
      console.log(
        `${name.padEnd(22)} ${pair.auditOn.median.toFixed(2).padStart(9)}ms ${pair.auditOff.median.toFixed(2).padStart(9)}ms ${ratio(pair.auditOn.median, pair.auditOff.median).padStart(6)} ${pair.auditOn.p95.toFixed(2).padStart(7)}ms ${pair.auditOff.p95.toFixed(2).padStart(7)}ms`,
      );
    }
    console.log(
      `${RUNS} confidential reads back to back, queue written (median of ${SUSTAINED_PAIRS} pairs): ${sustainedReadOn.toFixed(0)}ms on, ${sustainedReadOff.toFixed(0)}ms off, ratio ${ratio(sustainedReadOn, sustainedReadOff)}`,
    );
    const directory = path.join(appRoot(), 'bench', 'results');
    fs.mkdirSync(directory, { recursive: true });
    fs.writeFileSync(
      path.join(directory, 'audit-overhead.json'),
      `${JSON.stringify(result, null, 2)}\n`,
    );
  } finally {
    await app.teardown();
  }
};

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
