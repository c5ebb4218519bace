import { isClassification, type Classification } from '../domain/classification';

export interface SynergyConfig {
  /** Clearance granted to every API token (SPEC §1). */
  apiTokenClearance: Classification;
  /** Send review notifications through Strapi's e-mail plugin (needs a configured provider). */
  emailNotifications: boolean;
}

export default {
  default: (): SynergyConfig => ({ apiTokenClearance: 'internal', emailNotifications: false }),
  validator(config: Partial<SynergyConfig>) {
    if (config.apiTokenClearance !== undefined && !isClassification(config.apiTokenClearance)) {
      throw new Error(
        `synergy.apiTokenClearance must be one of public, internal, confidential, secret (got "${String(config.apiTokenClearance)}")`
      );
    }
  },
};
