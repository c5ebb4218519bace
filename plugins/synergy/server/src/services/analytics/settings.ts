import type { Core } from '@strapi/strapi';
import { DEFAULT_SLA_TARGETS, PRIORITIES, type SlaTargets } from '../../domain/analytics';
import { getService } from '../../utils/get-service';
import { SETTINGS_KIND } from '../data-versions';

export interface SynergySettings {
  slaTargets: SlaTargets;
}

const STORE_KEY = 'sla-targets';

const isTargets = (value: unknown): value is SlaTargets =>
  typeof value === 'object' &&
  value != null &&
  PRIORITIES.every((priority) => {
    const target = (
      value as Record<string, { responseHours?: unknown; resolveHours?: unknown } | undefined>
    )[priority];
    return typeof target?.responseHours === 'number' && typeof target.resolveHours === 'number';
  });

/** Settings of the plugin editable in the admin (SLA targets), kept in the plugin store. */
const createSettingsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'synergy', key: STORE_KEY });

  return {
    /** The SLA targets by priority: the stored ones, or the defaults of SPEC §4. */
    async getSlaTargets(): Promise<SlaTargets> {
      const stored: unknown = await store().get({});
      return isTargets(stored) ? stored : DEFAULT_SLA_TARGETS;
    },

    async getSettings(): Promise<SynergySettings> {
      return { slaTargets: await this.getSlaTargets() };
    },

    /** Stores validated settings and answers them. */
    async updateSettings(settings: SynergySettings): Promise<SynergySettings> {
      const slaTargets = Object.fromEntries(
        PRIORITIES.map((priority) => [
          priority,
          {
            responseHours: settings.slaTargets[priority].responseHours,
            resolveHours: settings.slaTargets[priority].resolveHours,
          },
        ]),
      ) as SlaTargets;
      await store().set({ value: slaTargets });
      await getService(strapi, 'data-versions').bump([SETTINGS_KIND]);
      return { slaTargets };
    },
  };
};

export type SettingsService = ReturnType<typeof createSettingsService>;

export default createSettingsService;
