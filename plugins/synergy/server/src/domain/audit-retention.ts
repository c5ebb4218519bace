/** The audit trail's retention policy (SPEC §7): entries stay at least this long before archive. */
export const DEFAULT_MINIMUM_AGE_DAYS = 365;
export const MAX_MINIMUM_AGE_DAYS = 36_500;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The latest `before` an archive may use at `now`: only entries older than the minimum age go. */
export const latestArchiveBefore = (now: Date, minimumAgeDays: number): Date =>
  new Date(now.getTime() - minimumAgeDays * DAY_MS);

/** Whether archiving the entries older than `before` keeps every entry younger than the minimum. */
export const archiveAllowed = (before: Date, now: Date, minimumAgeDays: number): boolean =>
  before.getTime() <= latestArchiveBefore(now, minimumAgeDays).getTime();
