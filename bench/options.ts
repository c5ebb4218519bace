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
}

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
    values.set(name, inline ?? argv[++index]);
  }
  const known = [
    'database',
    'scale',
    'naive-scale',
    'repetitions',
    'warmup',
    'naive-repetitions',
    'seed',
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
    ...(values.has('seed') ? { seed: positiveInteger('seed', values.get('seed')) } : {}),
  };
};
