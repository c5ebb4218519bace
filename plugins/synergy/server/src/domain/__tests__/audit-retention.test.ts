import { archiveAllowed, latestArchiveBefore } from '../audit-retention';

describe('audit retention', () => {
  const now = new Date('2026-12-04T12:00:00Z');

  it('allows archiving up to exactly the minimum age, not a millisecond later', () => {
    const latest = latestArchiveBefore(now, 365);
    expect(latest.toISOString()).toBe('2025-12-04T12:00:00.000Z');
    expect(archiveAllowed(latest, now, 365)).toBe(true);
    expect(archiveAllowed(new Date(latest.getTime() + 1), now, 365)).toBe(false);
    expect(archiveAllowed(new Date('2021-01-01'), now, 365)).toBe(true);
  });

  it('a shorter minimum allows more recent entries', () => {
    expect(archiveAllowed(new Date('2026-11-30T00:00:00Z'), now, 1)).toBe(true);
    expect(archiveAllowed(new Date('2026-11-30T00:00:00Z'), now, 30)).toBe(false);
  });
});
