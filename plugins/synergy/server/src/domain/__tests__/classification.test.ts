import { CLASSIFICATION_LEVELS, seesEveryLevel, visibleLevels } from '../classification';

describe('seesEveryLevel', () => {
  it('is true for secret alone, the clearance whose visible levels are all of them', () => {
    expect(CLASSIFICATION_LEVELS.filter(seesEveryLevel)).toEqual(['secret']);
    for (const level of CLASSIFICATION_LEVELS)
      expect(seesEveryLevel(level)).toBe(
        visibleLevels(level).length === CLASSIFICATION_LEVELS.length,
      );
  });
});
