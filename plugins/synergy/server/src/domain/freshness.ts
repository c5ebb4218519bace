/** How old a fact is, and whether it is too old to rely on (the battlecard's freshness). */

/** A fact older than this many days is stale unless configured otherwise (`battlecardStaleAfterDays`). */
export const DEFAULT_STALE_AFTER_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight UTC of a date (`2026-03-01`) or timestamp; null when there is none or it is invalid. */
const utcDay = (value: string | Date | null | undefined): number | null => {
  if (value == null || value === '') return null;
  const time = value instanceof Date ? value.getTime() : Date.parse(String(value));
  if (Number.isNaN(time)) return null;
  return Math.floor(time / DAY_MS) * DAY_MS;
};

/** Whole days from `asOf` to `now` (0 for today or a future date); null without a date. */
export const ageInDays = (asOf: string | Date | null | undefined, now: Date): number | null => {
  const from = utcDay(asOf);
  const to = utcDay(now);
  if (from == null || to == null) return null;
  return Math.max(0, Math.round((to - from) / DAY_MS));
};

export interface Freshness {
  asOf: string | null;
  ageDays: number | null;
  /** Older than the limit, or undated: a fact nobody dated cannot be shown to be current. */
  stale: boolean;
}

export const freshnessOf = (
  asOf: string | Date | null | undefined,
  now: Date,
  staleAfterDays: number,
): Freshness => {
  const ageDays = ageInDays(asOf, now);
  return {
    asOf: asOf == null || asOf === '' ? null : asOf instanceof Date ? asOf.toISOString() : asOf,
    ageDays,
    stale: ageDays == null || ageDays > staleAfterDays,
  };
};
