/** Small numeric helpers shared by the analytics formulas. */

export const clamp = (value: number, low: number, high: number): number =>
  Math.min(high, Math.max(low, value));

/** numerator ÷ denominator, or null when there is nothing to divide by. */
export const ratio = (numerator: number, denominator: number): number | null =>
  denominator > 0 ? numerator / denominator : null;

/** The mean of the values, or null for none. */
export const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

/** The median of the values, or null for none (mean of the two middle values for an even count). */
export const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** a − b, null when either is null. */
export const difference = (a: number | null, b: number | null): number | null =>
  a == null || b == null ? null : a - b;

/**
 * A number out of a database row: drivers answer counts and averages as numbers (SQLite), strings
 * (PostgreSQL bigint/numeric, MariaDB decimal) or null.
 */
export const toNumber = (value: unknown): number | null => {
  if (value == null || value === '') return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
};

/** A count out of a database row (null → 0). */
export const toCount = (value: unknown): number => toNumber(value) ?? 0;
