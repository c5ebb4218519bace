import { CLASSIFICATION_LEVELS } from '../../../shared/enumerations';

export { CLASSIFICATION_LEVELS };

export type Classification = (typeof CLASSIFICATION_LEVELS)[number];

export const isClassification = (value: unknown): value is Classification =>
  typeof value === 'string' && (CLASSIFICATION_LEVELS as readonly string[]).includes(value);

export const levelRank = (level: Classification): number => CLASSIFICATION_LEVELS.indexOf(level);

/** The levels a holder of `clearance` may see, for `$in` filters. */
export const visibleLevels = (clearance: Classification): Classification[] =>
  CLASSIFICATION_LEVELS.slice(0, levelRank(clearance) + 1);

/**
 * Whether a holder of `clearance` sees every record whatever its level, so that no clearance
 * condition needs to be added to what they read (the rule that a compartment would extend).
 */
export const seesEveryLevel = (clearance: Classification): boolean =>
  visibleLevels(clearance).length === CLASSIFICATION_LEVELS.length;
