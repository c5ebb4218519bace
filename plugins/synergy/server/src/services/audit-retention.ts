import type { Core } from '@strapi/strapi';
import { DEFAULT_MINIMUM_AGE_DAYS, MAX_MINIMUM_AGE_DAYS } from '../domain/audit-retention';
import { getService } from '../utils/get-service';

export interface AuditRetention {
  /** Days an entry is kept before an archive may remove it. */
  minimumAgeDays: number;
}

const STORE_KEY = 'audit-retention';

const isRetention = (value: unknown): value is AuditRetention => {
  const days = (value as { minimumAgeDays?: unknown } | null)?.minimumAgeDays;
  return (
    typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= MAX_MINIMUM_AGE_DAYS
  );
};

/** The audit retention policy, kept in the plugin store like the other settings. */
const createAuditRetentionService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'synergy', key: STORE_KEY });
  return {
    async get(): Promise<AuditRetention> {
      const stored: unknown = await store().get({});
      return isRetention(stored) ? stored : { minimumAgeDays: DEFAULT_MINIMUM_AGE_DAYS };
    },

    /** Stores a validated policy and answers it; the change is itself in the audit trail. */
    async update({ minimumAgeDays }: AuditRetention): Promise<AuditRetention> {
      const previous = await this.get();
      const value = { minimumAgeDays };
      await store().set({ value });
      const audit = getService(strapi, 'audit');
      audit.record({
        ...audit.currentActor(),
        occurredAt: new Date(),
        action: 'update',
        contentType: 'plugin::synergy.audit-retention',
        recordId: null,
        classification: null,
        changedFields: ['minimumAgeDays'],
        details: { from: previous.minimumAgeDays, to: minimumAgeDays },
      });
      return value;
    },
  };
};

export type AuditRetentionService = ReturnType<typeof createAuditRetentionService>;

export default createAuditRetentionService;
