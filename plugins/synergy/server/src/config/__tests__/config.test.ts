import config from '..';

describe('synergy plugin config validator', () => {
  it('accepts the defaults and a cache turned off', () => {
    expect(() => config.validator(config.default())).not.toThrow();
    expect(() =>
      config.validator({ analyticsCache: { maxAgeSeconds: 0, maxMegabytes: 1 } }),
    ).not.toThrow();
  });

  it.each([
    { maxAgeSeconds: -1, maxMegabytes: 64 },
    { maxAgeSeconds: Number.NaN, maxMegabytes: 64 },
    { maxAgeSeconds: 60, maxMegabytes: 0 },
  ])('refuses analyticsCache %j, naming the setting', (analyticsCache) => {
    expect(() => config.validator({ analyticsCache })).toThrow(/synergy\.analyticsCache/);
  });

  it.each([0, 1.5, '90'])('refuses battlecardStaleAfterDays %j, naming the setting', (days) => {
    expect(() => config.validator({ battlecardStaleAfterDays: days as number })).toThrow(
      /synergy\.battlecardStaleAfterDays/,
    );
    expect(config.default().battlecardStaleAfterDays).toBe(90);
  });

  it('refuses an unknown API token clearance, naming the setting', () => {
    expect(() => config.validator({ apiTokenClearance: 'top-secret' as never })).toThrow(
      /synergy\.apiTokenClearance/,
    );
  });
});
