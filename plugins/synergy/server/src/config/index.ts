import { isClassification, type Classification } from '../domain/classification';
import { DEFAULT_STALE_AFTER_DAYS } from '../domain/freshness';

export interface SynergyConfig {
  /** Clearance granted to every API token (SPEC §1). */
  apiTokenClearance: Classification;
  /** Compartments every API token holds, and whether API tokens are external callers (SPEC §1.1). */
  apiTokenCompartments: string[];
  apiTokenExternal: boolean;
  /** Send review notifications through Strapi's e-mail plugin (needs a configured provider). */
  emailNotifications: boolean;
  /** Run the review reminder job (every ten minutes) on this instance. */
  reviewReminders: boolean;
  /** Cached analytics answers (services/analytics/cache.ts); `maxAgeSeconds` 0 turns the cache off. */
  analyticsCache: AnalyticsCacheConfig;
  /** A battlecard fact older than this many days is stale (a whole number ≥ 1; default 90). */
  battlecardStaleAfterDays: number;
}

export interface AnalyticsCacheConfig {
  /** How long an answer may be reused while the data it was computed from is unchanged. */
  maxAgeSeconds: number;
  /** Memory the cached answers of one instance may take, measured as their JSON size. */
  maxMegabytes: number;
}

const isNonNegativeNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

export default {
  default: (): SynergyConfig => ({
    apiTokenClearance: 'internal',
    apiTokenCompartments: [],
    apiTokenExternal: false,
    emailNotifications: false,
    reviewReminders: true,
    analyticsCache: { maxAgeSeconds: 60, maxMegabytes: 64 },
    battlecardStaleAfterDays: DEFAULT_STALE_AFTER_DAYS,
  }),
  validator(config: Partial<SynergyConfig>) {
    if (config.apiTokenClearance !== undefined && !isClassification(config.apiTokenClearance)) {
      throw new Error(
        `synergy.apiTokenClearance must be one of public, internal, confidential, secret (got "${String(config.apiTokenClearance)}")`,
      );
    }
    const compartments = config.apiTokenCompartments;
    if (
      compartments !== undefined &&
      (!Array.isArray(compartments) || compartments.some((code) => typeof code !== 'string'))
    ) {
      throw new Error(
        `synergy.apiTokenCompartments must be a list of compartment codes (got ${JSON.stringify(compartments)})`,
      );
    }
    const staleAfter = config.battlecardStaleAfterDays;
    if (staleAfter !== undefined && !(Number.isInteger(staleAfter) && staleAfter >= 1)) {
      throw new Error(
        `synergy.battlecardStaleAfterDays must be a whole number of days >= 1 (got ${JSON.stringify(staleAfter)})`,
      );
    }
    const cache = config.analyticsCache;
    if (
      cache !== undefined &&
      (!isNonNegativeNumber(cache.maxAgeSeconds) ||
        !isNonNegativeNumber(cache.maxMegabytes) ||
        cache.maxMegabytes === 0)
    ) {
      throw new Error(
        `synergy.analyticsCache must be { maxAgeSeconds: a number >= 0, maxMegabytes: a number > 0 } (got ${JSON.stringify(cache)})`,
      );
    }
  },
};
