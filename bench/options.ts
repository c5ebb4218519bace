/** Command-line options of `npm run bench` (bench/analytics.ts). */
import { isScale, type Scale } from '../scripts/seed/scales';

export type BenchDatabase = 'sqlite' | 'postgres';

export interface BenchOptions {
  database: BenchDatabase;
  scale: Scale;
  /** Scale the naive reference runs at (its time is extrapolated to `scale` by record count when smaller). */
  naiveScale: Scale;
  repetitions: number;
  warmup: number;
  /** Repetitions of the naive reference (it is slow: a few are enough for a median). */
  naiveRepetitions: number;
  seed?: number;
  /** Only the REST list rows (and the HTTP floor): no analytics, raw SQL or naive reference. */
  listOnly: boolean;
  /** Also the list served by a stock Strapi app (bench/vanilla), in a second process. */
  vanilla: boolean;
}

/** Options that take no value. */
const FLAGS = ['list-only', 'vanilla'];

/** Ports tried in turn (1470–1479, or `SYNERGY_BENCH_PORTS=first-last` when checkouts share a machine). */
export const benchPorts = (range = process.env.SYNERGY_BENCH_PORTS ?? '1470-1479'): number[] => {
  const [first, last] = range.split('-').map(Number);
  if (!Number.isInteger(first) || !Number.isInteger(last) || last < first)
    throw new Error(`SYNERGY_BENCH_PORTS must be first-last, got ${range}`);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
};

const SCALE_ORDER: Scale[] = ['demo', 'small', 'bench'];

const positiveInteger = (name: string, value: string | undefined): number => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0)
    throw new Error(`--${name} must be a non-negative integer, got ${value}`);
  return number;
};

const scaleOf = (name: string, value: string | undefined): Scale => {
  if (!isScale(value))
    throw new Error(`--${name} must be one of ${SCALE_ORDER.join(', ')}, got ${value}`);
  return value;
};

/** Reads `--name value` and `--name=value`. */
export const parseBenchOptions = (argv: string[]): BenchOptions => {
  const values = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (!argument.startsWith('--')) throw new Error(`Unexpected argument ${argument}`);
    const [name, inline] = argument.slice(2).split('=', 2);
    values.set(name, inline ?? (FLAGS.includes(name) ? 'true' : argv[++index]));
  }
  const known = [
    'database',
    'scale',
    'naive-scale',
    'repetitions',
    'warmup',
    'naive-repetitions',
    'seed',
    ...FLAGS,
  ];
  const unknown = [...values.keys()].filter((name) => !known.includes(name));
  if (unknown.length > 0)
    throw new Error(
      `Unknown option --${unknown[0]} (known: ${known.map((name) => `--${name}`).join(', ')})`,
    );

  const database = values.get('database') ?? 'sqlite';
  if (database !== 'sqlite' && database !== 'postgres')
    throw new Error(`--database must be sqlite or postgres, got ${database}`);
  const scale = scaleOf('scale', values.get('scale') ?? 'bench');
  // The naive reference reads every record through the Document Service: at bench scale that takes
  // many minutes per call, so by default it runs at the small scale and is extrapolated.
  const defaultNaive: Scale = scale === 'bench' ? 'small' : scale;
  const naiveScale = scaleOf('naive-scale', values.get('naive-scale') ?? defaultNaive);
  if (SCALE_ORDER.indexOf(naiveScale) > SCALE_ORDER.indexOf(scale))
    throw new Error('--naive-scale must not be larger than --scale');
  return {
    database,
    scale,
    naiveScale,
    repetitions: Math.max(1, positiveInteger('repetitions', values.get('repetitions') ?? '30')),
    warmup: positiveInteger('warmup', values.get('warmup') ?? '3'),
    naiveRepetitions: Math.max(
      1,
      positiveInteger('naive-repetitions', values.get('naive-repetitions') ?? '3'),
    ),
    listOnly: values.get('list-only') === 'true',
    vanilla: values.get('vanilla') === 'true',
    ...(values.has('seed') ? { seed: positiveInteger('seed', values.get('seed')) } : {}),
  };
};
