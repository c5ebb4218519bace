import { isClassification, type Classification } from '../domain/classification';

export interface SynergyConfig {
  /** Clearance granted to every API token (SPEC §1). */
  apiTokenClearance: Classification;
}

export default {
  default: (): SynergyConfig => ({ apiTokenClearance: 'internal' }),
  validator(config: Partial<SynergyConfig>) {
    if (config.apiTokenClearance !== undefined && !isClassification(config.apiTokenClearance)) {
      throw new Error(
        `synergy.apiTokenClearance must be one of public, internal, confidential, secret (got "${String(config.apiTokenClearance)}")`
      );
    }
  },
};
