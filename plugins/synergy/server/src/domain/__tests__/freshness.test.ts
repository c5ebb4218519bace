import { ageInDays, DEFAULT_STALE_AFTER_DAYS, freshnessOf } from '../freshness';

const now = new Date('2026-06-30T15:00:00Z');

describe('freshness of a fact', () => {
  it('counts whole days from the as-of date to today', () => {
    expect(ageInDays('2026-06-30', now)).toBe(0);
    expect(ageInDays('2026-06-29', now)).toBe(1);
    expect(ageInDays('2026-04-01', now)).toBe(90);
    expect(ageInDays('2026-06-29T23:59:00Z', now)).toBe(1);
  });

  it('counts a future date as today and no date as unknown', () => {
    expect(ageInDays('2026-07-05', now)).toBe(0);
    expect(ageInDays(null, now)).toBeNull();
    expect(ageInDays('not a date', now)).toBeNull();
  });

  it('is stale past the limit (90 days by default), not on it', () => {
    expect(DEFAULT_STALE_AFTER_DAYS).toBe(90);
    expect(freshnessOf('2026-04-01', now, 90)).toEqual({
      asOf: '2026-04-01',
      ageDays: 90,
      stale: false,
    });
    expect(freshnessOf('2026-03-31', now, 90).stale).toBe(true);
    expect(freshnessOf('2026-06-01', now, 14).stale).toBe(true);
  });

  it('treats an undated fact as stale', () => {
    expect(freshnessOf(null, now, 90)).toEqual({ asOf: null, ageDays: null, stale: true });
  });
});
