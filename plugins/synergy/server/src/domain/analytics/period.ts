/** Analysis periods of SPEC §4: from/to inclusive, default the last 365 days. */

export interface Period {
  from: Date;
  to: Date;
}

const DAY_MS = 86_400_000;
export const DEFAULT_PERIOD_DAYS = 365;

const isDateOnly = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** An ISO date or date-time; a date alone is the start of that day (UTC), or its end when `endOfDay`. */
export const parseIsoDate = (value: string, { endOfDay = false } = {}): Date => {
  if (isDateOnly(value)) return new Date(`${value}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}Z`);
  return new Date(value);
};

/** The period asked for, with its defaults: `to` = now, `from` = `to` − 365 days. */
export const resolvePeriod = ({ from, to }: { from?: string; to?: string }, now: Date): Period => {
  const end = to ? parseIsoDate(to, { endOfDay: true }) : now;
  const start = from ? parseIsoDate(from) : new Date(end.getTime() - DEFAULT_PERIOD_DAYS * DAY_MS);
  return { from: start, to: end };
};

/** The period of equal length ending just before `period` starts. */
export const previousPeriod = (period: Period): Period => {
  const length = period.to.getTime() - period.from.getTime();
  const to = new Date(period.from.getTime() - 1);
  return { from: new Date(to.getTime() - length), to };
};

/** 'YYYY-MM' of every calendar month (UTC) the period touches, oldest first. */
export const monthsOf = (period: Period): string[] => {
  const months: string[] = [];
  let year = period.from.getUTCFullYear();
  let month = period.from.getUTCMonth();
  const lastYear = period.to.getUTCFullYear();
  const lastMonth = period.to.getUTCMonth();
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month + 1).padStart(2, '0')}`);
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
  return months;
};

export const daysBefore = (date: Date, days: number): Date =>
  new Date(date.getTime() - days * DAY_MS);

/** Whole and fractional days between two instants. */
export const daysBetween = (earlier: Date, later: Date): number =>
  (later.getTime() - earlier.getTime()) / DAY_MS;

/** 'YYYY-MM-DD' (UTC) of an instant, for date columns. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
