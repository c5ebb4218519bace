/** Time in the seed: dates within the two-year history, on working hours, following the seasons. */
import type { Random } from '../random';
import type { CustomerPlan, SeedPlan } from './types';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const HISTORY_DAYS = 730;

export const iso = (time: number) => new Date(time).toISOString();
export const isoDate = (time: number) => iso(time).slice(0, 10);

/** A time on a working day hour (08:00–18:00 Beijing) `daysAgo` days before now. */
const workTime = (random: Random, now: number, daysAgo: number) => {
  const dayStart = now - Math.ceil(daysAgo) * DAY;
  return dayStart + random.int(30, 600) * 60_000;
};

/**
 * Relative activity by calendar month (January first): year-end acceptance and procurement peak in
 * November–December, the Spring Festival empties February, summer leave and National Day slow
 * August and October.
 */
export const MONTH_ACTIVITY = [0.9, 0.55, 1, 1, 1, 1.1, 0.85, 0.8, 1.05, 0.8, 1.2, 1.35] as const;
const PEAK_ACTIVITY = Math.max(...MONTH_ACTIVITY);

/** A time for a customer's record: within the last two years, not in its quiet period, seasonal. */
export const customerTime = (random: Random, plan: SeedPlan, customer: CustomerPlan) => {
  const earliest = Math.max(1, customer.quietDays);
  let time = workTime(random, plan.now, random.int(earliest, HISTORY_DAYS));
  // Rejection sampling by month; a few tries keep it cheap and every day still possible.
  for (
    let attempt = 0;
    attempt < 3 && !random.chance(MONTH_ACTIVITY[new Date(time).getUTCMonth()] / PEAK_ACTIVITY);
    attempt += 1
  ) {
    time = workTime(random, plan.now, random.int(earliest, HISTORY_DAYS));
  }
  return time;
};
