import { pairedRatio } from '../stats';

describe('pairedRatio', () => {
  it('is the median of the per-round ratios, not the ratio of the medians', () => {
    // A slow round slows both figures: per round the first is always 1.2 × the second.
    expect(pairedRatio([12, 120, 24], [10, 100, 20])).toBeCloseTo(1.2);
    expect(pairedRatio([10, 30, 11], [10, 10, 10])).toBeCloseTo(1.1);
  });

  it('pairs rounds up to the shorter sample', () => {
    expect(pairedRatio([2, 4, 100], [1, 2])).toBeCloseTo(2);
  });
});
