/**
 * The measurements of `npm run bench`, each in the same running app: HTTP through a client in a
 * second process, the raw-SQL replay, and the naive reference (with its figures checked against
 * the endpoint's).
 */
import path from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { AnalyticsService } from '../plugins/synergy/server/src/services/analytics';
import { getService } from '../plugins/synergy/server/src/utils/get-service';
import { type Headline, type NaiveEndpoint, type NaiveInput } from './naive';
import { captureStatements, replayStatements, type CapturedStatement } from './sql-reference';
import { summarize, timeMs } from './stats';

/** Runs `call` as if inside a content-API request authenticated by an API token (the bench's caller). */
export const asApiToken = async <T>(strapi: Core.Strapi, call: () => Promise<T>): Promise<T> => {
  const context = {
    state: { auth: { strategy: { name: 'content-api-token' }, credentials: {} } },
    request: { ip: '127.0.0.1' },
  };
  let result: T | undefined;
  await strapi.requestContext.run(context as never, async () => {
    result = await call();
  });
  return result as T;
};

/** The analytics service call behind each endpoint, answering the endpoint's `data`. */
export const SERVICE_CALLS: Record<
  string,
  (analytics: AnalyticsService, input: NaiveInput) => Promise<unknown>
> = {
  overview: async (a, { query }) => (await a.overview(query)).data,
  coverage: async (a, { query }) => (await a.coverage(query)).data,
  impact: async (a, { query }) => (await a.impact(query)).data,
  portfolio: async (a, { query }) => (await a.portfolio(query)).data,
  competitors: async (a, { query }) => (await a.competitors(query)).data,
  'win-loss': async (a, { query }) => (await a.winLoss(query)).data,
  'data-quality': async (a, { query }) => (await a.dataQuality(query)).data,
  scorecard: (a, { strategy }) => a.scorecard(strategy),
  'customer health': (a, { customer }) => a.customerHealth(customer),
};

export const analyticsOf = (strapi: Core.Strapi) =>
  strapi.plugin('synergy').service('analytics') as AnalyticsService;

/** Names of the figures that differ (numbers compared to 9 significant digits). */
export const compareHeadlines = (endpoint: Headline, naive: Headline): string[] => {
  const same = (a: number | null | undefined, b: number | null | undefined) =>
    a == null || b == null
      ? (a ?? null) === (b ?? null)
      : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  const keys = new Set([...Object.keys(endpoint), ...Object.keys(naive)]);
  return [...keys]
    .filter((key) => !same(endpoint[key], naive[key]))
    .map((key) => `${key}: endpoint ${endpoint[key]} ≠ naive ${naive[key]}`);
};

export interface NaiveMeasurement {
  name: string;
  summary: ReturnType<typeof summarize>;
  mismatches: string[];
}

/** Times each naive version `repetitions` times (interleaved) and checks its figures against the endpoint's service. */
export const measureNaive = async (
  strapi: Core.Strapi,
  endpoints: NaiveEndpoint[],
  input: NaiveInput,
  repetitions: number,
  log: (line: string) => void,
): Promise<NaiveMeasurement[]> => {
  const analytics = analyticsOf(strapi);
  const mismatches = new Map<string, string[]>();
  for (const endpoint of endpoints) {
    const [expected, actual] = await asApiToken(strapi, () =>
      Promise.all([
        SERVICE_CALLS[endpoint.name](analytics, input),
        endpoint.compute(strapi, input),
      ]),
    );
    mismatches.set(endpoint.name, compareHeadlines(endpoint.pick(expected), actual));
  }
  const samples = new Map<string, number[]>(endpoints.map((endpoint) => [endpoint.name, []]));
  for (let round = 0; round < repetitions; round += 1) {
    for (const endpoint of endpoints) {
      const took = await timeMs(() => asApiToken(strapi, () => endpoint.compute(strapi, input)));
      samples.get(endpoint.name)?.push(took);
    }
    log(`  naive round ${round + 1}/${repetitions} done`);
  }
  return endpoints.map((endpoint) => ({
    name: endpoint.name,
    summary: summarize(samples.get(endpoint.name) ?? []),
    mismatches: mismatches.get(endpoint.name) ?? [],
  }));
};

/** Record count of the content types a naive version reads. */
export const recordsRead = async (
  strapi: Core.Strapi,
  endpoint: NaiveEndpoint,
): Promise<number> => {
  const counts = await Promise.all(endpoint.reads.map((uid) => strapi.db.query(uid).count()));
  return counts.reduce((sum, count) => sum + count, 0);
};

export interface RawSqlMeasurement {
  name: string;
  statements: CapturedStatement[];
  samples: number[];
}

/** The cache's own lookup, which the figures do not need. */
const isCacheLookup = (statement: CapturedStatement) => /synergy_data_versions/.test(statement.sql);

/** Raises every data version, so that the next analytics call computes its answer instead of reusing one. */
export const invalidateAnalytics = async (strapi: Core.Strapi) => {
  const dataVersions = getService(strapi, 'data-versions');
  await dataVersions.bump(dataVersions.kinds());
};

/** Captures the statements each endpoint's service issues during one call that computes its answer. */
export const captureRawSql = async (
  strapi: Core.Strapi,
  input: NaiveInput,
): Promise<RawSqlMeasurement[]> => {
  const knex = strapi.db.connection as unknown as Knex;
  const analytics = analyticsOf(strapi);
  const measurements: RawSqlMeasurement[] = [];
  for (const [name, call] of Object.entries(SERVICE_CALLS)) {
    await invalidateAnalytics(strapi);
    const statements = (
      await captureStatements(knex, () => asApiToken(strapi, () => call(analytics, input)))
    ).filter((statement) => !isCacheLookup(statement));
    measurements.push({ name, statements, samples: [] });
  }
  return measurements;
};

export interface HttpRequest {
  name: string;
  url: string;
  /** The plugin's document middlewares on (default) or bypassed for this request. */
  middlewares?: boolean;
  /** The API tokens' clearance for this request (default: the configured one). */
  clearance?: string;
  /** Another server's token (the stock Strapi reference), instead of the bench's. */
  token?: string;
  /** Run (untimed) before the request: makes the analytics cache compute the answer again. */
  invalidate?: () => Promise<void>;
  /** The analytics cache's header the answer must carry, or the measurement is not what it says. */
  expectCache?: 'hit' | 'miss';
  /**
   * Requests of one group swap places every other round, so that neither always follows the same
   * request (after a heavy analytics answer the next request pays for its garbage collection).
   */
  alternateGroup?: string;
}

/** The round's order: on odd rounds the requests of each alternate group take each other's places in reverse. */
export const roundOrder = (requests: readonly HttpRequest[], round: number): HttpRequest[] => {
  if (round % 2 === 0) return [...requests];
  const order = [...requests];
  const groups = new Set(
    requests.flatMap((request) => (request.alternateGroup ? [request.alternateGroup] : [])),
  );
  for (const group of groups) {
    const positions = requests.flatMap((request, index) =>
      request.alternateGroup === group ? [index] : [],
    );
    positions.forEach((position, index) => {
      order[position] = requests[positions[positions.length - 1 - index]];
    });
  }
  return order;
};

interface ClientAnswer {
  timings?: number[];
  caches?: Array<string | null>;
  error?: string;
}

/** A load client in a second process (bench/http-client.ts), so its work stays off the server's event loop. */
export const startHttpClient = () => {
  const client: ChildProcess = fork(path.join(__dirname, 'http-client.js'));
  const send = (
    requests: Array<{ url: string; method: string; headers: Record<string, string> }>,
  ) =>
    new Promise<{ timings: number[]; caches: Array<string | null> }>((resolve, reject) => {
      client.once('message', (message) => {
        const answer = message as ClientAnswer;
        if (answer.error || !answer.timings) reject(new Error(answer.error ?? 'no timings'));
        else resolve({ timings: answer.timings, caches: answer.caches ?? [] });
      });
      client.send({ requests });
    });
  return { send, stop: () => client.kill() };
};

/**
 * Times every request once per round, round after round (so machine noise hits all alike), after
 * `warmup` rounds; `setMiddlewares` switches the plugin's document middlewares before each request.
 */
export const measureHttp = async (
  requests: HttpRequest[],
  {
    token,
    warmup,
    repetitions,
    setMiddlewares,
    setClearance = () => {},
    rawSql,
    knex,
    log,
  }: {
    token: string;
    warmup: number;
    repetitions: number;
    setMiddlewares: (on: boolean) => void;
    /** Sets the API tokens' clearance for the next request (undefined: the configured one). */
    setClearance?: (clearance: string | undefined) => void;
    /** Replayed right after the request of the same name, so both share the machine's state. */
    rawSql: RawSqlMeasurement[];
    knex: Knex;
    log: (line: string) => void;
  },
): Promise<Map<string, number[]>> => {
  const client = startHttpClient();
  const samples = new Map<string, number[]>(requests.map((request) => [request.name, []]));
  try {
    for (let round = 0; round < warmup + repetitions; round += 1) {
      for (const request of roundOrder(requests, round)) {
        setMiddlewares(request.middlewares ?? true);
        setClearance(request.clearance);
        await request.invalidate?.();
        const headers = { Authorization: `Bearer ${request.token ?? token}` };
        const {
          timings: [took],
          caches: [cache],
        } = await client.send([{ url: request.url, method: 'GET', headers }]);
        if (request.expectCache && cache !== request.expectCache) {
          throw new Error(
            `${request.name}: expected a cache ${request.expectCache}, the answer says ${cache ?? 'nothing'}`,
          );
        }
        if (round >= warmup) samples.get(request.name)?.push(took);
        const raw = rawSql.find((measurement) => measurement.name === request.name);
        if (raw) {
          const replayed = await timeMs(() => replayStatements(knex, raw.statements));
          if (round >= warmup) raw.samples.push(replayed);
        }
      }
      setMiddlewares(true);
      setClearance(undefined);
      if ((round + 1) % 10 === 0) log(`  HTTP round ${round + 1}/${warmup + repetitions}`);
    }
  } finally {
    setMiddlewares(true);
    setClearance(undefined);
    client.stop();
  }
  return samples;
};
