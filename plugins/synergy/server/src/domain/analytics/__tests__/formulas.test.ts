import {
  compareAttributes,
  completeness,
  defensibilityScore,
  depthScore,
  dimensionForReason,
  duplicateCandidates,
  efficiencyScore,
  foldName,
  gapPriority,
  healthBand,
  healthScore,
  issuesComponent,
  kpiAttainment,
  median,
  monthsOf,
  netPromoterScore,
  overallScore,
  previousPeriod,
  recencyComponent,
  resolvePeriod,
  returnOnInvestment,
  satisfactionComponent,
  serviceComponent,
} from '..';

describe('KPI attainment and strategy scorecard', () => {
  it('clamps attainment between 0 and 1', () => {
    expect(kpiAttainment({ baseline: 10, target: 20, actual: 15 })).toBe(0.5);
    expect(kpiAttainment({ baseline: 10, target: 20, actual: 30 })).toBe(1);
    expect(kpiAttainment({ baseline: 10, target: 20, actual: 5 })).toBe(0);
    // A lower-is-better KPI: target below baseline.
    expect(kpiAttainment({ baseline: 10, target: 4, actual: 7 })).toBe(0.5);
  });
  it('counts a KPI whose target equals its baseline as met (1) or not (0)', () => {
    expect(kpiAttainment({ baseline: 5, target: 5, actual: 5 })).toBe(1);
    expect(kpiAttainment({ baseline: 5, target: 5, actual: 4 })).toBe(0);
  });
  it('has no attainment when a value is missing, and no depth without a computable KPI', () => {
    expect(kpiAttainment({ baseline: null, target: 5, actual: 4 })).toBeNull();
    expect(depthScore([])).toBeNull();
    expect(
      depthScore([
        { baseline: 0, target: 10, actual: 5 },
        { baseline: 5, target: 5, actual: 6 },
      ]),
    ).toBe(75);
  });
  it('computes defensibility, ROI, efficiency and the rounded overall', () => {
    expect(defensibilityScore(2)).toBe(75);
    expect(defensibilityScore(null)).toBeNull();
    expect(returnOnInvestment(100, 150)).toBe(0.5);
    expect(returnOnInvestment(0, 150)).toBeNull();
    expect(efficiencyScore(0.5)).toBe(75);
    expect(efficiencyScore(3)).toBe(100);
    expect(efficiencyScore(-2)).toBe(0);
    expect(efficiencyScore(null)).toBeNull();
    expect(overallScore([75, null, 100, 0])).toBe(58); // 175 / 3 = 58.33
    expect(overallScore([null, null])).toBeNull();
  });
});

describe('customer health', () => {
  it('computes each component', () => {
    expect(satisfactionComponent(null)).toBe(50);
    expect(satisfactionComponent(4)).toBe(75);
    expect(recencyComponent(null)).toBe(0);
    expect(recencyComponent(30)).toBe(100);
    expect(recencyComponent(105)).toBe(50);
    expect(recencyComponent(200)).toBe(0);
    expect(issuesComponent(2)).toBe(60);
    expect(issuesComponent(7)).toBe(0);
    expect(serviceComponent(null)).toBe(100);
    expect(serviceComponent(0.5)).toBe(50);
  });
  it('weights and bands the score', () => {
    // 0.35 × 75 + 0.25 × 100 + 0.2 × 60 + 0.2 × 50 = 26.25 + 25 + 12 + 10 = 73.25
    expect(healthScore({ s: 75, r: 100, i: 60, v: 50 })).toBe(73);
    expect(healthBand(70)).toBe('healthy');
    expect(healthBand(69)).toBe('watch');
    expect(healthBand(40)).toBe('watch');
    expect(healthBand(39)).toBe('at_risk');
  });
});

describe('statistics', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });
  it('computes NPS from the recommend counts', () => {
    expect(netPromoterScore({ promoters: 2, detractors: 1, answered: 4 })).toBe(25);
    expect(netPromoterScore({ promoters: 0, detractors: 0, answered: 0 })).toBeNull();
  });
});

describe('periods', () => {
  it('defaults to the last 365 days and reads a date alone as a whole day', () => {
    const now = new Date('2026-06-30T12:00:00Z');
    expect(resolvePeriod({}, now).from.toISOString()).toBe('2025-06-30T12:00:00.000Z');
    const period = resolvePeriod({ from: '2026-01-01', to: '2026-01-31' }, now);
    expect(period.to.toISOString()).toBe('2026-01-31T23:59:59.999Z');
    expect(previousPeriod(period)).toEqual({
      from: new Date('2025-12-01T00:00:00.000Z'),
      to: new Date('2025-12-31T23:59:59.999Z'),
    });
    expect(
      monthsOf({ from: new Date('2025-11-15T00:00:00Z'), to: new Date('2026-02-01T00:00:00Z') }),
    ).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('names, gaps and comparisons', () => {
  it('folds case, width, spaces and punctuation', () => {
    expect(foldName('ＡＢＣ 研究所。')).toBe('abc研究所');
    expect(foldName(' Radar-Works, Inc. ')).toBe('radarworksinc');
  });
  it('finds equal and containing names, ignoring short ones', () => {
    const pairs = duplicateCandidates([
      { id: 1, name: '北方雷达研究所' },
      { id: 2, name: '北方 雷达研究所' },
      { id: 3, name: '雷达研究' },
      { id: 4, name: '雷达' },
    ]);
    expect(pairs.map(({ a, b, reason }) => [a.id, b.id, reason])).toEqual([
      [1, 2, 'equal'],
      [1, 3, 'contains'],
      [2, 3, 'contains'],
    ]);
  });
  it('orders gaps by volume × (5 − mean), an absent mean counting 3', () => {
    expect(gapPriority(4, 2.5)).toBe(10);
    expect(gapPriority(4, null)).toBe(8);
    expect(dimensionForReason('delivery')).toBe('service');
    expect(dimensionForReason('other')).toBeNull();
  });
  it('compares same-named attributes, higherIsBetter deciding', () => {
    expect(
      compareAttributes(
        [
          { name: 'Range', value: 300, higherIsBetter: true },
          { name: 'Weight', value: 50, higherIsBetter: false },
          { name: 'MTBF', value: 1000, higherIsBetter: null },
          { name: 'Only ours', value: 1, higherIsBetter: true },
        ],
        [
          { name: 'range ', value: 250, higherIsBetter: true },
          { name: 'WEIGHT', value: 40, higherIsBetter: false },
          { name: 'mtbf', value: 1000, higherIsBetter: true },
        ],
      ),
    ).toEqual({ wins: 1, losses: 1, ties: 1 });
  });
  it('scores completeness out of ten checks', () => {
    const checks = {
      code: true,
      type: true,
      sector: false,
      region: true,
      tier: true,
      owner: false,
      contact: true,
      keyDecisionMaker: true,
      need: true,
      recentInteraction: true,
    };
    expect(completeness(checks)).toEqual({ completeness: 0.8, failing: ['sector', 'owner'] });
  });
});
