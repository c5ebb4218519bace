/** Median and 95th percentile of a sample, in the sample's unit. */
export const percentile = (sample: number[], p: number): number => {
  const sorted = [...sample].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
};

export const summarize = (sample: number[]) => ({
  median: percentile(sample, 50),
  p95: percentile(sample, 95),
  runs: sample.length,
});

/** Milliseconds taken by `fn`. */
export const timeMs = async (fn: () => Promise<unknown>): Promise<number> => {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

/**
 * The median of the ratios a[i] ÷ b[i] of two samples taken in the same rounds (one of each per
 * round), so that what slows one round down slows both of its figures.
 */
export const pairedRatio = (a: number[], b: number[]): number =>
  percentile(
    a.slice(0, Math.min(a.length, b.length)).map((value, index) => value / b[index]),
    50,
  );
