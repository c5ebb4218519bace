import * as React from 'react';
import { useFetchClient, type FetchError } from '@strapi/strapi/admin';
import type {
  AnalyticsQuery,
  GetCompetitors,
  GetCoverage,
  GetCustomerHealth,
  GetDataQuality,
  GetImpact,
  GetOverview,
  GetPortfolio,
  GetScorecard,
  GetWinLoss,
} from '../../../shared/contracts/analytics';
import { PLUGIN_ID } from '../pluginId';

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
export const scorecardPath = (documentId: string) =>
  `/${PLUGIN_ID}/analytics/strategies/${encodeURIComponent(documentId)}/scorecard`;
export const customerHealthPath = (documentId: string) =>
  `/${PLUGIN_ID}/analytics/customers/${encodeURIComponent(documentId)}/health`;

/** Query values for the fetch client, which does not encode them itself (Strapi 5); empty ones are left out. */
const toQueryParams = (params: Record<string, string | number | undefined>) =>
  Object.fromEntries(
    Object.entries(params)
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([key, value]) => [key, encodeURIComponent(String(value))]),
  );

export interface AnalyticsRequestState<T> {
  data: T | undefined;
  error: FetchError | undefined;
  isLoading: boolean;
}

const isAbort = (error: unknown) => error instanceof Error && error.name === 'AbortError';

/**
 * GETs `url` with `params` whenever either (or `reloadKey`) changes; nothing when `url` is null.
 * The answer to a superseded request is dropped, so a fast change of filters never shows stale figures.
 */
export const useAnalyticsRequest = <T>(
  url: string | null,
  params: Record<string, string | number | undefined>,
  reloadKey = 0,
): AnalyticsRequestState<T> => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<AnalyticsRequestState<T>>({
    data: undefined,
    error: undefined,
    isLoading: url !== null,
  });
  // A stable key, so an equal set of filters does not refetch.
  const key = JSON.stringify(params);

  React.useEffect(() => {
    if (!url) {
      setState({ data: undefined, error: undefined, isLoading: false });
      return undefined;
    }
    const controller = new AbortController();
    setState((previous) => ({ ...previous, error: undefined, isLoading: true }));
    get<T>(url, { params: toQueryParams(JSON.parse(key)), signal: controller.signal })
      .then(({ data }) => {
        if (!controller.signal.aborted) setState({ data, error: undefined, isLoading: false });
      })
      .catch((error: FetchError) => {
        if (controller.signal.aborted || isAbort(error)) return;
        setState({ data: undefined, error, isLoading: false });
      });
    return () => controller.abort();
  }, [get, url, key, reloadKey]);

  return state;
};

/** GET /synergy/analytics/<view> with the filters. */
export const useAnalyticsEndpoint = <V extends AnalyticsView>(view: V, params: AnalyticsParams, reloadKey = 0) =>
  useAnalyticsRequest<AnalyticsResponses[V]>(analyticsPath(view), { ...params }, reloadKey);

/** GET /synergy/analytics/strategies/:documentId/scorecard (nothing when documentId is undefined). */
export const useStrategyScorecard = (documentId: string | undefined, reloadKey = 0) =>
  useAnalyticsRequest<GetScorecard.Response>(documentId ? scorecardPath(documentId) : null, {}, reloadKey);

/** GET /synergy/analytics/customers/:documentId/health (nothing when documentId is undefined). */
export const useCustomerHealth = (documentId: string | undefined, reloadKey = 0) =>
  useAnalyticsRequest<GetCustomerHealth.Response>(documentId ? customerHealthPath(documentId) : null, {}, reloadKey);
