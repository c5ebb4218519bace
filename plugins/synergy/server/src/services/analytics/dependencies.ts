import {
  ANALYTICS_ENDPOINTS,
  CRM_TYPES,
  type AnalyticsEndpoint,
} from '../../../../shared/crm-types';
import { SETTINGS_KIND, type DataKind } from '../data-versions';

export type { AnalyticsEndpoint };

/** The answers that read the plugin's settings (the SLA targets) besides the records. */
const READS_SETTINGS: readonly AnalyticsEndpoint[] = ['overview', 'dataQuality', 'customerHealth'];

const dependenciesOf = (endpoint: AnalyticsEndpoint): DataKind[] => [
  ...CRM_TYPES.filter((type) => type.analytics.includes(endpoint)).map((type) => type.uid),
  ...(READS_SETTINGS.includes(endpoint) ? [SETTINGS_KIND] : []),
];

/**
 * The data each analytics answer is computed from: a cached answer is reused only while none of
 * these changed. Each CRM type's descriptor lists the answers it feeds (`analytics`); every table an
 * endpoint reads must be covered (the content type that owns it, and for a link table both of its
 * sides), which `tests/api/analytics-cache.test.ts` checks against the SQL each endpoint runs.
 */
export const ANALYTICS_DEPENDENCIES = Object.fromEntries(
  ANALYTICS_ENDPOINTS.map((endpoint) => [endpoint, dependenciesOf(endpoint)]),
) as Record<AnalyticsEndpoint, DataKind[]>;
