/**
 * `npm run bench [-- options]`: the speed of the analytics against raw SQL and a naive version
 * (SPEC §8). Boots the app on its own loaded database (loaded once, reused while the data set's
 * fingerprint matches), and measures in the same run, after a warm-up:
 *   - every analytics endpoint, the REST list of customers (page of 25) with and without the
 *     plugin's document middlewares, and the 360 endpoint, through HTTP from a second process;
 *   - for each analytics endpoint, its raw SQL (the statements it issued, replayed on the pool);
 *   - for each analytics endpoint, a naive version reading through the Document Service, at
 *     --naive-scale (in a child process on that scale's database) and extrapolated by record count.
 * Prints a table and writes JSON to bench/results/analytics-<db>-<scale>-<timestamp>.json.
 *
 *   npm run bench -- [--database sqlite|postgres] [--scale bench|small|demo] [--repetitions 30]
 *                    [--warmup 3] [--naive-scale small] [--naive-repetitions 3] [--seed N]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { createApiToken } from '../tests/helpers/auth';
import { bootStrapi } from '../tests/helpers/strapi';
import {
  benchDatabase,
  datasetFingerprint,
  ensureStatistics,
  loadDataset,
  prepareDatabase,
  type DatasetMarker,
} from './bench-database';
import { databaseVersion, describeMachine } from './machine';
import {
  captureRawSql,
  invalidateAnalytics,
  measureHttp,
  measureNaive,
  recordsRead,
  type HttpRequest,
  type NaiveMeasurement,
} from './measure';
import { NAIVE_ENDPOINTS, type NaiveInput } from './naive';
import {
  visibleLevels,
  type Classification,
} from '../plugins/synergy/server/src/domain/classification';
import { isFree, startVanillaServer, type VanillaServer } from './vanilla-app';
import { benchPorts, parseBenchOptions, type BenchOptions } from './options';
import {
  formatTable,
  judge,
  TARGETS,
  writeResult,
  type BenchResult,
  type EndpointResult,
} from './report';
import { pairedRatio, summarize } from './stats';

/** Set in the child process that measures the naive reference at a smaller scale: where to write its answer. */
const NAIVE_CHILD_OUTPUT = 'SYNERGY_BENCH_NAIVE_OUTPUT';
const PORTS = benchPorts();

const log = (line: string) => console.log(line);

const HTTP_FLOOR = 'HTTP floor (GET /_health)';
const LIST_WITH = 'customers list (REST, page of 25)';
const LIST_WITHOUT = 'customers list without middlewares';
const LIST_EVERY_LEVEL = 'customers list, caller who sees every level';
const LIST_STOCK = 'customers list, stock Strapi';
const STOCK_FLOOR = 'HTTP floor, stock Strapi (GET /_health)';
const LIST_STOCK_FILTERED =
  'customers list, stock Strapi, filtered to the levels of the configured clearance';
const CACHED = ' (cached)';
const COLLECTION_ENDPOINTS = NAIVE_ENDPOINTS.filter((endpoint) => !endpoint.perDocument);
const DOCUMENT_ENDPOINTS = NAIVE_ENDPOINTS.filter((endpoint) => endpoint.perDocument);

interface NaiveChildAnswer {
  measurements: NaiveMeasurement[];
  /** Records read by each naive version at that scale. */
  records: Record<string, number>;
}

/** The bench-only switch over the plugin's document middlewares (see `bootBenchApp`). */
interface MiddlewareSwitch {
  on: boolean;
  wrapped: number;
}

/**
 * Boots the app on the bench database, loading the data set if the database does not hold it.
 * Every document middleware the synergy plugin registers is wrapped so the bench can bypass it for
 * one request: a switch that exists only inside this process, never in the app's configuration.
 */
const bootBenchApp = async (options: BenchOptions, scale: BenchOptions['scale']) => {
  const database = benchDatabase(options.database, scale);
  const fingerprint = datasetFingerprint(scale, options.seed);
  let marker: DatasetMarker | null = await prepareDatabase(database, fingerprint);
  const middlewares: MiddlewareSwitch = { on: true, wrapped: 0 };
  const strapi = await bootStrapi(database.env, { LOG_LEVEL: 'error' }, (app) => {
    const documents = app.documents;
    const use = documents.use.bind(documents);
    documents.use = ((middleware: Parameters<typeof use>[0]) => {
      const fromPlugin = (new Error().stack ?? '').includes(
        `${path.sep}plugins${path.sep}synergy${path.sep}`,
      );
      if (!fromPlugin) return use(middleware);
      middlewares.wrapped += 1;
      return use((context, next) => (middlewares.on ? middleware(context, next) : next()));
    }) as typeof documents.use;
  });
  if (!marker) marker = await loadDataset(strapi, { scale, seed: options.seed }, log);
  else log(`Reusing ${database.name}: ${scale} data set loaded ${marker.loadedAt}.`);
  marker = await ensureStatistics(strapi, marker, log);
  return { strapi, database, marker, middlewares };
};

/** A visible customer and strategy for the per-document endpoints: the first of each by id. */
const sampleDocuments = async (
  strapi: Core.Strapi,
): Promise<Pick<NaiveInput, 'customer' | 'strategy'>> => {
  const visible = { classification: { $in: ['public', 'internal'] } };
  const [customer, strategy] = await Promise.all([
    strapi.db
      .query('api::customer.customer')
      .findOne({ where: visible, orderBy: { id: 'asc' }, select: ['documentId'] }),
    strapi.db
      .query('api::strategy.strategy')
      .findOne({ where: visible, orderBy: { id: 'asc' }, select: ['documentId'] }),
  ]);
  if (!customer || !strategy)
    throw new Error('The bench data set has no visible customer or strategy');
  return { customer: customer.documentId, strategy: strategy.documentId };
};

const recordCounts = async (strapi: Core.Strapi) =>
  Object.fromEntries(
    await Promise.all(
      NAIVE_ENDPOINTS.map(
        async (endpoint) => [endpoint.name, await recordsRead(strapi, endpoint)] as const,
      ),
    ),
  );

/** The child process: naive reference only, on the naive scale's database. */
const runNaiveChild = async (options: BenchOptions, output: string) => {
  const { strapi } = await bootBenchApp(options, options.scale);
  try {
    const input: NaiveInput = { query: {}, ...(await sampleDocuments(strapi)) };
    const answer: NaiveChildAnswer = {
      measurements: await measureNaive(
        strapi,
        COLLECTION_ENDPOINTS,
        input,
        options.naiveRepetitions,
        log,
      ),
      records: await recordCounts(strapi),
    };
    fs.writeFileSync(output, JSON.stringify(answer));
  } finally {
    await strapi.destroy();
  }
};

/** Runs this script again at the naive scale, in its own process (one Strapi per process). */
const naiveAtSmallerScale = async (options: BenchOptions): Promise<NaiveChildAnswer> => {
  const output = path.join(os.tmpdir(), `synergy-bench-naive-${process.pid}.json`);
  const argv = [
    '--database',
    options.database,
    '--scale',
    options.naiveScale,
    '--naive-repetitions',
    String(options.naiveRepetitions),
  ];
  if (options.seed !== undefined) argv.push('--seed', String(options.seed));
  log(`Naive reference at the ${options.naiveScale} scale (child process)…`);
  const child = fork(__filename, argv, { env: { ...process.env, [NAIVE_CHILD_OUTPUT]: output } });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`The naive child process failed (exit ${code})`);
  const answer = JSON.parse(fs.readFileSync(output, 'utf8')) as NaiveChildAnswer;
  fs.rmSync(output, { force: true });
  return answer;
};

const listen = async (strapi: Core.Strapi): Promise<number> => {
  for (const port of PORTS) {
    if (!(await isFree(port))) continue;
    await new Promise<void>((resolve) =>
      strapi.server.httpServer.listen(port, '127.0.0.1', resolve),
    );
    return (strapi.server.httpServer.address() as AddressInfo).port;
  }
  throw new Error(`No free port among ${PORTS.join(', ')}`);
};

const main = async () => {
  const options = parseBenchOptions(process.argv.slice(2));
  const childOutput = process.env[NAIVE_CHILD_OUTPUT];
  if (childOutput) return runNaiveChild(options, childOutput);

  const startedAt = new Date().toISOString();
  const loadAtStart = os.loadavg();
  log(
    `npm run bench: ${options.database}, scale ${options.scale}, ${options.repetitions} repetitions after ${options.warmup} warm-up, naive at ${options.naiveScale}`,
  );
  const naiveChild =
    options.naiveScale !== options.scale && !options.listOnly
      ? await naiveAtSmallerScale(options)
      : null;

  const { strapi, marker, middlewares, database } = await bootBenchApp(options, options.scale);
  let vanilla: VanillaServer | null = null;
  try {
    if (middlewares.wrapped === 0)
      throw new Error('No plugin document middleware was found to switch off');
    const input: NaiveInput = { query: {}, ...(await sampleDocuments(strapi)) };
    const token = await createApiToken(strapi);
    const port = await listen(strapi);
    const base = `http://127.0.0.1:${port}`;
    const fill = (template: string) =>
      `${base}${template.replace(':customer', input.customer).replace(':strategy', input.strategy)}`;
    const listPath = '/api/customers?pagination[page]=1&pagination[pageSize]=25';
    const configuredClearance = strapi.config.get('plugin::synergy.apiTokenClearance') as string;
    const list = `${base}${listPath}`;
    if (options.vanilla) {
      vanilla = await startVanillaServer(database, PORTS, log);
      log(`  serving on port ${vanilla.port}: ${JSON.stringify(vanilla.rows)}`);
    }
    const requests: HttpRequest[] = [
      // Each analytics endpoint twice: computed (right after its data changed, as after any write),
      // then answered from the cache.
      ...(options.listOnly ? [] : NAIVE_ENDPOINTS).flatMap((endpoint): HttpRequest[] => [
        {
          name: endpoint.name,
          url: fill(endpoint.path),
          invalidate: () => invalidateAnalytics(strapi),
          expectCache: 'miss',
        },
        { name: `${endpoint.name}${CACHED}`, url: fill(endpoint.path), expectCache: 'hit' },
      ]),
      { name: LIST_WITH, url: list, alternateGroup: 'list' },
      {
        name: LIST_WITHOUT,
        url: list,
        middlewares: false,
        alternateGroup: 'list',
      },
      // A caller who sees every level: no clearance condition, and every confidential or secret
      // customer listed is recorded in the audit trail.
      { name: LIST_EVERY_LEVEL, url: list, clearance: 'secret', alternateGroup: 'list' },
      ...(vanilla
        ? [
            {
              name: LIST_STOCK,
              url: `http://127.0.0.1:${vanilla.port}${listPath}`,
              token: vanilla.token,
              alternateGroup: 'list',
            },
            // What stock Strapi pays for the same condition the clearance rule adds for our token.
            {
              name: LIST_STOCK_FILTERED,
              url: `http://127.0.0.1:${vanilla.port}${listPath}&${visibleLevels(
                configuredClearance as Classification,
              )
                .map((level, index) => `filters[classification][$in][${index}]=${level}`)
                .join('&')}`,
              token: vanilla.token,
              alternateGroup: 'list',
            },
          ]
        : []),
      ...(options.listOnly
        ? []
        : [{ name: 'customer 360', url: fill('/api/synergy/customers/:customer/360') }]),
      // Strapi's own health route: what any request costs before routing, auth and a controller.
      { name: HTTP_FLOOR, url: `${base}/_health` },
      // The same for the reference's process: what waking another process costs on this machine.
      ...(vanilla ? [{ name: STOCK_FLOOR, url: `http://127.0.0.1:${vanilla.port}/_health` }] : []),
    ];

    log('HTTP, each analytics request followed by its raw SQL…');
    const rawSql = options.listOnly ? [] : await captureRawSql(strapi, input);
    const http = await measureHttp(requests, {
      rawSql,
      knex: strapi.db.connection as unknown as Knex,
      token,
      warmup: options.warmup,
      repetitions: options.repetitions,
      setMiddlewares: (on) => {
        middlewares.on = on;
      },
      setClearance: (clearance) => {
        strapi.config.set('plugin::synergy.apiTokenClearance', clearance ?? configuredClearance);
      },
      log,
    });
    const ownCounts = await recordCounts(strapi);
    log('Naive reference…');
    // Per-document naive versions always run here, at full scale; the others here or in the child.
    const naiveHere = await measureNaive(
      strapi,
      options.listOnly ? [] : naiveChild ? DOCUMENT_ENDPOINTS : NAIVE_ENDPOINTS,
      input,
      options.naiveRepetitions,
      log,
    );
    const naive: NaiveChildAnswer = {
      measurements: [...(naiveChild?.measurements ?? []), ...naiveHere],
      records: naiveChild?.records ?? ownCounts,
    };

    const endpoints: EndpointResult[] = requests
      .filter(
        (request) =>
          request.middlewares !== false &&
          !request.name.startsWith('customers list') &&
          request.name !== HTTP_FLOOR &&
          request.name !== STOCK_FLOOR &&
          !request.name.endsWith(CACHED),
      )
      .map((request) => {
        const raw = rawSql.find((measurement) => measurement.name === request.name);
        const naiveRun = naive.measurements.find(
          (measurement) => measurement.name === request.name,
        );
        const extrapolated =
          naiveChild !== null &&
          COLLECTION_ENDPOINTS.some((endpoint) => endpoint.name === request.name);
        const factor = extrapolated
          ? (ownCounts[request.name] ?? 0) / Math.max(1, naive.records[request.name] ?? 0)
          : 1;
        return judge({
          name: request.name,
          path: request.url.replace(base, ''),
          http: summarize(http.get(request.name) ?? []),
          ...(http.has(`${request.name}${CACHED}`)
            ? { cached: summarize(http.get(`${request.name}${CACHED}`) ?? []) }
            : {}),
          met: null,
          ...(raw
            ? {
                rawSql: {
                  summary: summarize(raw.samples),
                  statements: raw.statements.length,
                  waves: new Set(raw.statements.map((s) => s.wave)).size,
                },
              }
            : {}),
          ...(naiveRun
            ? {
                naive: {
                  summary: naiveRun.summary,
                  scale: extrapolated ? options.naiveScale : options.scale,
                  factor,
                  extrapolated,
                  median: naiveRun.summary.median * factor,
                  matches: naiveRun.mismatches.length === 0,
                  mismatches: naiveRun.mismatches,
                },
              }
            : {}),
        });
      });

    const withMiddlewares = summarize(http.get(LIST_WITH) ?? []);
    const withoutMiddlewares = summarize(http.get(LIST_WITHOUT) ?? []);
    const everyLevel = summarize(http.get(LIST_EVERY_LEVEL) ?? []);
    const overhead = withMiddlewares.median / withoutMiddlewares.median - 1;
    const everyLevelOverhead = everyLevel.median / withoutMiddlewares.median - 1;
    const stock = vanilla ? summarize(http.get(LIST_STOCK) ?? []) : null;
    const samplesOf = (name: string) => http.get(name) ?? [];
    const knex = strapi.db.connection as unknown as Knex;
    const rowsPerSecond = marker.load.rowsPerSecond;
    const result: BenchResult = {
      startedAt,
      options,
      machine: describeMachine(
        options.database,
        await databaseVersion(knex, options.database),
        loadAtStart,
      ),
      targets: TARGETS,
      dataset: {
        scale: options.scale,
        fingerprint: marker.fingerprint,
        counts: ownCounts,
        load: marker.load,
      },
      endpoints,
      httpFloor: summarize(http.get(HTTP_FLOOR) ?? []),
      middlewareOverhead: {
        withMiddlewares,
        withoutMiddlewares,
        overhead,
        met: overhead <= TARGETS.maxMiddlewareOverhead,
        clearance: configuredClearance,
        everyLevel,
        everyLevelOverhead,
        everyLevelMet: everyLevelOverhead <= TARGETS.maxMiddlewareOverhead,
        paired: {
          withOverWithout: pairedRatio(samplesOf(LIST_WITH), samplesOf(LIST_WITHOUT)),
          everyLevelOverWithout: pairedRatio(samplesOf(LIST_EVERY_LEVEL), samplesOf(LIST_WITHOUT)),
        },
        stock: stock && {
          summary: stock,
          filtered: summarize(samplesOf(LIST_STOCK_FILTERED)),
          withOverFiltered: pairedRatio(samplesOf(LIST_WITH), samplesOf(LIST_STOCK_FILTERED)),
          floor: summarize(samplesOf(STOCK_FLOOR)),
          paired: {
            withOverStock: pairedRatio(samplesOf(LIST_WITH), samplesOf(LIST_STOCK)),
            everyLevelOverStock: pairedRatio(samplesOf(LIST_EVERY_LEVEL), samplesOf(LIST_STOCK)),
            withoutOverStock: pairedRatio(samplesOf(LIST_WITHOUT), samplesOf(LIST_STOCK)),
          },
          rows: vanilla?.rows ?? {},
          withRatio: withMiddlewares.median / stock.median,
          everyLevelRatio: everyLevel.median / stock.median,
          withoutRatio: withoutMiddlewares.median / stock.median,
        },
      },
      loadRate: {
        rowsPerSecond,
        met: options.database === 'postgres' ? rowsPerSecond >= TARGETS.minLoadRowsPerSecond : null,
        note: `measured when this database was loaded (${marker.loadedAt}, ${marker.load.rows.toLocaleString('en')} rows in ${(marker.load.milliseconds / 1000).toFixed(1)} s)`,
      },
    };
    for (const endpoint of endpoints) {
      if (endpoint.naive && !endpoint.naive.matches)
        log(
          `WARNING ${endpoint.name}: naive figures differ: ${endpoint.naive.mismatches.slice(0, 5).join('; ')}`,
        );
    }
    log('');
    log(formatTable(result));
    log(`\nJSON: ${path.relative(process.cwd(), writeResult(result))}`);
  } finally {
    await vanilla?.stop();
    await strapi.destroy();
  }
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
