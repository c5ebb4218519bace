/**
 * How much the audit trail adds to the requests it records (SPEC §7, issue "classification,
 * clearance and audit"). In one process and one database it measures, interleaved so that machine
 * noise hits both alike:
 *   - REST create of a customer, with the audit recorder on and with it replaced by a no-op;
 *   - REST read of a confidential customer (recorded) with the recorder on and off.
 * The queue is drained (untimed) after every request, so each figure is what recording adds to
 * the request itself; the batched write that follows the response is not charged to any request.
 * Prints medians, p95 and the ratio on/off, and writes them as JSON under bench/results/.
 *
 *   npm run bench:audit [-- --runs 300]
 */
import fs from 'node:fs';
import path from 'node:path';
import { bearer, createApiToken } from '../tests/helpers/auth';
import { appRoot } from '../tests/helpers/app-root';
import { setupStrapi } from '../tests/helpers/strapi';
import { summarize, timeMs } from './stats';

const runsArgument = process.argv.indexOf('--runs');
const RUNS = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 200;
const WARM_UP = 30;

const main = async () => {
  const app = await setupStrapi();
  try {
    const token = await createApiToken(app.strapi);
    const audit = app.strapi.plugin('synergy').service('audit') as { record: (...entries: unknown[]) => void; drain: () => Promise<void> };
    const record = audit.record;
    const noRecord = () => {};
    const confidential = await app.strapi
      .documents('api::customer.customer')
      .create({ data: { name: '基准单位', code: 'BENCH-C', classification: 'confidential' } });
    // The token reads within `confidential` for this run.
    app.strapi.config.set('plugin::synergy.apiTokenClearance', 'confidential');

    let sequence = 0;
    const create = () =>
      app.http().post('/api/customers').set(bearer(token)).send({ data: { name: '基准', code: `BENCH-${(sequence += 1)}` } }).expect(201);
    const read = () => app.http().get(`/api/customers/${confidential.documentId}`).set(bearer(token)).expect(200);

    const samples = { createOn: [] as number[], createOff: [] as number[], readOn: [] as number[], readOff: [] as number[] };
    for (let i = 0; i < WARM_UP + RUNS; i += 1) {
      const keep = i >= WARM_UP;
      const measure = async (recorder: typeof record, request: () => Promise<unknown>) => {
        audit.record = recorder;
        const ms = await timeMs(request);
        await audit.drain();
        return ms;
      };
      const createOn = await measure(record, create);
      const createOff = await measure(noRecord, create);
      const readOff = await measure(noRecord, read);
      const readOn = await measure(record, read);
      if (keep) {
        samples.createOn.push(createOn);
        samples.createOff.push(createOff);
        samples.readOn.push(readOn);
        samples.readOff.push(readOff);
      }
    }
    audit.record = record;
    await audit.drain();

    const result = {
      machine: { cpus: (await import('node:os')).cpus().length, node: process.version, database: process.env.DATABASE_CLIENT ?? 'sqlite' },
      runs: RUNS,
      create: { auditOn: summarize(samples.createOn), auditOff: summarize(samples.createOff) },
      confidentialRead: { auditOn: summarize(samples.readOn), auditOff: summarize(samples.readOff) },
    };
    const ratio = (on: number, off: number) => (on / off).toFixed(3);
    console.log(`audit overhead, ${RUNS} interleaved runs after ${WARM_UP} warm-up, ${result.machine.database}`);
    console.log('request                 median on  median off  ratio   p95 on  p95 off');
    for (const [name, pair] of [
      ['REST create', result.create],
      ['REST confidential read', result.confidentialRead],
    ] as const) {
      console.log(
        `${name.padEnd(22)} ${pair.auditOn.median.toFixed(2).padStart(9)}ms ${pair.auditOff.median.toFixed(2).padStart(9)}ms ${ratio(pair.auditOn.median, pair.auditOff.median).padStart(6)} ${pair.auditOn.p95.toFixed(2).padStart(7)}ms ${pair.auditOff.p95.toFixed(2).padStart(7)}ms`
      );
    }
    const directory = path.join(appRoot(), 'bench', 'results');
    fs.mkdirSync(directory, { recursive: true });
    fs.writeFileSync(path.join(directory, 'audit-overhead.json'), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await app.teardown();
  }
};

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
