/** The results of `npm run bench`: targets, the printed table and the JSON file under bench/results/. */
import fs from 'node:fs';
import path from 'node:path';
import { appRoot } from '../tests/helpers/app-root';
import type { Machine } from './machine';
import type { BenchOptions } from './options';
import type { summarize } from './stats';

export type Summary = ReturnType<typeof summarize>;

export const TARGETS = {
  /** Each analytics endpoint within 1.5 × the median of its raw SQL. */
  maxRatioToRawSql: 1.5,
  /** At least 20 × faster than the naive version. */
  minSpeedUpOverNaive: 20,
  /** The plugin's middlewares add at most 15 % to the REST list of customers. */
  maxMiddlewareOverhead: 0.15,
  /** Bulk load on PostgreSQL. */
  minLoadRowsPerSecond: 50_000,
} as const;

export interface NaiveResult {
  summary: Summary;
  scale: string;
  /** Naive median × records at the bench's scale ÷ records at the naive scale (1 when the scales are equal). */
  factor: number;
  extrapolated: boolean;
  /** Median at the bench's scale (measured, or extrapolated). */
  median: number;
  /** Whether its figures equal the endpoint's (checked on the naive scale), and the ones that differ. */
  matches: boolean;
  mismatches: string[];
}

export interface EndpointResult {
  name: string;
  path: string;
  /** Computed: requested right after its data changed, so the cache cannot answer. */
  http: Summary;
  /** The same request answered from the analytics cache. */
  cached?: Summary;
  rawSql?: { summary: Summary; statements: number; waves: number };
  naive?: NaiveResult;
  ratio?: number;
  speedUp?: number;
  met: boolean | null;
  /** Both targets judged on the cached answer instead (what a reader gets while the data are unchanged). */
  metCached?: boolean | null;
}

export interface BenchResult {
  startedAt: string;
  options: BenchOptions;
  machine: Machine;
  targets: typeof TARGETS;
  dataset: {
    scale: string;
    fingerprint: string;
    counts: Record<string, number>;
    load: { rowsPerSecond: number; rows: number; milliseconds: number } | null;
  };
  endpoints: EndpointResult[];
  /** Strapi's /_health route: the fixed cost of any HTTP request here, before auth and controller. */
  httpFloor: Summary;
  middlewareOverhead: {
    withMiddlewares: Summary;
    withoutMiddlewares: Summary;
    overhead: number;
    met: boolean;
    /** The API tokens' configured clearance, which the "with" row lists as. */
    clearance: string;
    /** The same list for a caller who sees every level (clearance secret), middlewares on. */
    everyLevel: Summary;
    everyLevelOverhead: number;
    everyLevelMet: boolean;
    /** The same list served by a stock Strapi app on a copy of the rows (`--vanilla`). */
    /** Medians of the per-round ratios (both figures of a ratio from the same round). */
    paired: { withOverWithout: number; everyLevelOverWithout: number };
    stock: {
      summary: Summary;
      /** The reference's list with the clearance condition our token gets, as a REST filter. */
      filtered: Summary;
      /** Per round: our list (configured clearance) ÷ that filtered stock list. */
      withOverFiltered: number;
      /** The reference's own /_health: the fixed cost of a request to that process. */
      floor: Summary;
      paired: { withOverStock: number; everyLevelOverStock: number; withoutOverStock: number };
      rows: Record<string, number>;
      withRatio: number;
      everyLevelRatio: number;
      withoutRatio: number;
    } | null;
  };
  loadRate: { rowsPerSecond: number | null; met: boolean | null; note: string };
}

/** Whether a median meets both targets against the endpoint's references (null: no reference). */
const meetsTargets = (median: number, result: EndpointResult): boolean | null => {
  const ratio = result.rawSql ? median / result.rawSql.summary.median : undefined;
  const speedUp = result.naive ? result.naive.median / median : undefined;
  if (ratio === undefined && speedUp === undefined) return null;
  return (
    (ratio === undefined || ratio <= TARGETS.maxRatioToRawSql) &&
    (speedUp === undefined || speedUp >= TARGETS.minSpeedUpOverNaive)
  );
};

/** Ratio and speed-up of an analytics endpoint (computed), and whether it meets both targets computed and cached. */
export const judge = (result: EndpointResult): EndpointResult => {
  const ratio = result.rawSql ? result.http.median / result.rawSql.summary.median : undefined;
  const speedUp = result.naive ? result.naive.median / result.http.median : undefined;
  const met = meetsTargets(result.http.median, result);
  return {
    ...result,
    ratio,
    speedUp,
    met,
    ...(result.cached ? { metCached: meetsTargets(result.cached.median, result) } : {}),
  };
};

const ms = (value: number | undefined) =>
  value === undefined
    ? '—'
    : value >= 1000
      ? `${(value / 1000).toFixed(2)} s`
      : `${value.toFixed(1)} ms`;
const times = (value: number | undefined) =>
  value === undefined ? '—' : `${value >= 100 ? value.toFixed(0) : value.toFixed(2)}×`;
const yesNo = (value: boolean | null) => (value === null ? '—' : value ? 'yes' : 'NO');

/** The results as a Markdown table (printed, and pasted into docs/PERFORMANCE.md). */
export const formatTable = (result: BenchResult): string => {
  const header = [
    'endpoint',
    'median',
    'p95',
    'raw SQL median',
    'ratio',
    'ratio net of HTTP floor',
    'naive median',
    'speed-up',
    'target met',
    'cached median (p95)',
    'target met cached',
  ];
  const net = (endpoint: EndpointResult) =>
    endpoint.rawSql
      ? (endpoint.http.median - result.httpFloor.median) / endpoint.rawSql.summary.median
      : undefined;
  const rows = result.endpoints.map((endpoint) => [
    endpoint.name,
    ms(endpoint.http.median),
    ms(endpoint.http.p95),
    ms(endpoint.rawSql?.summary.median),
    times(endpoint.ratio),
    times(net(endpoint)),
    endpoint.naive
      ? `${ms(endpoint.naive.median)}${endpoint.naive.extrapolated ? ` (extrapolated ×${endpoint.naive.factor.toFixed(0)} from ${endpoint.naive.scale})` : ''}${endpoint.naive.matches ? '' : ' (figures differ!)'}`
      : '—',
    times(endpoint.speedUp),
    yesNo(endpoint.met),
    endpoint.cached ? `${ms(endpoint.cached.median)} (${ms(endpoint.cached.p95)})` : '—',
    yesNo(endpoint.metCached ?? null),
  ]);
  const { withMiddlewares, withoutMiddlewares, overhead, met, everyLevel, stock } =
    result.middlewareOverhead;
  const lines = [header, header.map(() => '---'), ...rows].map(
    (cells) => `| ${cells.join(' | ')} |`,
  );
  lines.push(
    '',
    'median, p95, ratio, speed-up and target met: the answer computed (asked right after its data changed); cached: the same request answered from the analytics cache, judged against the same references.',
    `HTTP floor (GET /_health, no auth, no controller): median ${ms(result.httpFloor.median)}, p95 ${ms(result.httpFloor.p95)}`,
    `REST list of customers (page of 25): ${ms(withMiddlewares.median)} with the plugin's middlewares, ${ms(withoutMiddlewares.median)} without ` +
      `(p95 ${ms(withMiddlewares.p95)} / ${ms(withoutMiddlewares.p95)}), API token of clearance ${result.middlewareOverhead.clearance}: ` +
      `${times(withMiddlewares.median / withoutMiddlewares.median)} = +${(overhead * 100).toFixed(1)} % (target ≤ ${TARGETS.maxMiddlewareOverhead * 100} %: ${yesNo(met)})`,
    `  caller who sees every level (clearance secret): ${ms(everyLevel.median)} (p95 ${ms(everyLevel.p95)}): ` +
      `${times(everyLevel.median / withoutMiddlewares.median)} without = +${(result.middlewareOverhead.everyLevelOverhead * 100).toFixed(1)} % (target: ${yesNo(result.middlewareOverhead.everyLevelMet)})`,
    `  per-round ratios (median of with ÷ without in the same round): ${times(result.middlewareOverhead.paired.withOverWithout)} (clearance ${result.middlewareOverhead.clearance}), ${times(result.middlewareOverhead.paired.everyLevelOverWithout)} (every level)`,
    stock
      ? `  stock Strapi 5 (bench/vanilla, same rows: ${Object.entries(stock.rows)
          .map(([table, rows]) => `${table} ${rows.toLocaleString('en')}`)
          .join(', ')}): ${ms(stock.summary.median)} (p95 ${ms(stock.summary.p95)}); ` +
          `ours ÷ stock: ${times(stock.withRatio)} (clearance ${result.middlewareOverhead.clearance}), ${times(stock.everyLevelRatio)} (every level), ${times(stock.withoutRatio)} (without middlewares); ` +
          `per round: ${times(stock.paired.withOverStock)}, ${times(stock.paired.everyLevelOverStock)}, ${times(stock.paired.withoutOverStock)}; ` +
          `its HTTP floor ${ms(stock.floor.median)} (ours ${ms(result.httpFloor.median)}), net of each floor ours ÷ stock: ` +
          `${times((withMiddlewares.median - result.httpFloor.median) / (stock.summary.median - stock.floor.median))}, ` +
          `${times((everyLevel.median - result.httpFloor.median) / (stock.summary.median - stock.floor.median))}, ` +
          `${times((withoutMiddlewares.median - result.httpFloor.median) / (stock.summary.median - stock.floor.median))}`
      : '  stock Strapi reference: not measured (--vanilla)',
    ...(stock
      ? [
          `  stock Strapi with the same clearance condition as a REST filter: ${ms(stock.filtered.median)} (p95 ${ms(stock.filtered.p95)}); ` +
            `ours (clearance ${result.middlewareOverhead.clearance}) ÷ it: ${times(withMiddlewares.median / stock.filtered.median)}, per round ${times(stock.withOverFiltered)}`,
        ]
      : []),
    `Bulk load: ${result.loadRate.rowsPerSecond === null ? '—' : `${Math.round(result.loadRate.rowsPerSecond).toLocaleString('en')} rows/s`} ` +
      `(target ≥ ${TARGETS.minLoadRowsPerSecond.toLocaleString('en')} rows/s on PostgreSQL: ${yesNo(result.loadRate.met)}; ${result.loadRate.note})`,
    `Machine: ${result.machine.cpu}, ${result.machine.cores} cores, ${result.machine.memoryGb} GB, load average ${result.machine.loadAverage.start.join(' ')} → ${result.machine.loadAverage.end.join(' ')}, ` +
      `Node ${result.machine.node}, ${result.machine.database.version}`,
  );
  return lines.join('\n');
};

/** Writes the JSON under bench/results/ and returns its path. */
export const writeResult = (result: BenchResult): string => {
  const directory = path.join(appRoot(), 'bench', 'results');
  fs.mkdirSync(directory, { recursive: true });
  const stamp = result.startedAt.replace(/[:.]/g, '-');
  const file = path.join(
    directory,
    `analytics-${result.options.database}-${result.options.scale}-${stamp}.json`,
  );
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
};
