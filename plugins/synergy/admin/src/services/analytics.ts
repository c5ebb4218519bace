import type {
  AnalyticsQuery,
  GetCompetitors,
  GetCoverage,
  GetCustomerHealth,
  GetDataQuality,
  GetImpact,
  GetOverview,
  GetPortfolio,
  GetWinLoss,
} from '../../../shared/contracts/analytics';
import { PLUGIN_ID } from '../pluginId';
import { FRESH_ON_MOUNT, queryState, synergyApi, toQueryParams, type QueryState } from './api';

/** The admin analytics endpoints (GET /synergy/analytics/<view>) and the answer of each. */
export interface AnalyticsResponses {
  overview: GetOverview.Response;
  coverage: GetCoverage.Response;
  impact: GetImpact.Response;
  portfolio: GetPortfolio.Response;
  competitors: GetCompetitors.Response;
  'win-loss': GetWinLoss.Response;
  'data-quality': GetDataQuality.Response;
}

export type AnalyticsView = keyof AnalyticsResponses;

/** The query every view takes; `window` only counts for impact. */
export type AnalyticsParams = AnalyticsQuery & { window?: number };

export const analyticsPath = (view: AnalyticsView) => `/${PLUGIN_ID}/analytics/${view}`;
export const customerHealthPath = (documentId: string) =>
  `/${PLUGIN_ID}/analytics/customers/${encodeURIComponent(documentId)}/health`;

/** Every figure depends on the CRM data: any write through the plugin invalidates them all. */
const ANALYTICS_TAG = 'SynergyAnalytics' as const;

const analyticsApi = synergyApi.injectEndpoints({
  endpoints: (builder) => ({
    getSynergyAnalyticsView: builder.query<
      AnalyticsResponses[AnalyticsView],
      { view: AnalyticsView; params: AnalyticsParams }
    >({
      query: ({ view, params }) => ({
        url: analyticsPath(view),
        method: 'GET',
        config: { params: toQueryParams({ ...params }) },
      }),
      providesTags: [ANALYTICS_TAG],
    }),
    getSynergyCustomerHealth: builder.query<GetCustomerHealth.Response, string>({
      query: (documentId) => customerHealthPath(documentId),
      providesTags: [ANALYTICS_TAG],
    }),
  }),
  overrideExisting: false,
});

/**
 * GET /synergy/analytics/<view> with the filters. RTK Query keys the cache by the arguments, so an
 * equal set of filters does not refetch and the answer to a superseded request is never shown.
 */
export const useAnalyticsEndpoint = <V extends AnalyticsView>(view: V, params: AnalyticsParams) =>
  // The endpoint is shared by the views; the view decides the answer's shape.
  queryState(
    analyticsApi.useGetSynergyAnalyticsViewQuery({ view, params }, FRESH_ON_MOUNT),
  ) as QueryState<AnalyticsResponses[V]>;

/** GET /synergy/analytics/customers/:documentId/health (nothing when documentId is undefined). */
export const useCustomerHealth = (documentId: string | undefined) =>
  queryState(
    analyticsApi.useGetSynergyCustomerHealthQuery(documentId ?? '', {
      ...FRESH_ON_MOUNT,
      skip: !documentId,
    }),
  );
