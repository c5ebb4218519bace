import crypto from 'node:crypto';

/**
 * The big generated suites (the authorization matrix, every relation of every type) run whole on
 * SQLite and as a seeded random share on PostgreSQL and MariaDB, to keep CI within its time: the
 * same share for the same seed on every run, printed in the log so a failure can be replayed.
 * `MATRIX_SAMPLE` (0–1) and `MATRIX_SEED` override.
 */
const client = process.env.DATABASE_CLIENT ?? 'sqlite';
export const SAMPLE_RATE = Number(process.env.MATRIX_SAMPLE ?? (client === 'sqlite' ? 1 : 0.15));
export const SAMPLE_SEED = process.env.MATRIX_SEED ?? '13';

/** Whether the case named `id` is in this run's sample. */
export const inSample = (id: string): boolean =>
  SAMPLE_RATE >= 1 ||
  crypto.createHash('sha256').update(`${SAMPLE_SEED}:${id}`).digest().readUInt32BE(0) / 2 ** 32 <
    SAMPLE_RATE;

/** The cases of `all` in the sample, with a line in the log saying how many and how to replay them. */
export const sampled = <T>(suite: string, all: T[], idOf: (item: T) => string): T[] => {
  const chosen = all.filter((item) => inSample(`${suite}:${idOf(item)}`));
  if (SAMPLE_RATE < 1) {
    console.log(
      `${suite}: ${chosen.length} of ${all.length} cases on ${client} (MATRIX_SAMPLE=${SAMPLE_RATE}, MATRIX_SEED=${SAMPLE_SEED})`,
    );
  }
  return chosen;
};
