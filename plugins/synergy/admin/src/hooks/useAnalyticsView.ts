import * as React from 'react';
import { useNotification } from '@strapi/strapi/admin';
import {
  useAnalyticsEndpoint,
  type AnalyticsResponses,
  type AnalyticsView,
} from '../services/analytics';
import { useAnalyticsFilters } from './useAnalyticsFilters';
import { useErrorMessage } from './useErrorMessage';
import { endpointOfView } from '../components/analytics/analytics-source';

/**
 * One analytics view: the URL's filters, the answer of GET /synergy/analytics/<view> for them,
 * a notification when it fails, and `reload` for the retry button.
 */
export const useAnalyticsView = <V extends AnalyticsView>(
  view: V,
  options: { withWindow?: boolean } = {},
) => {
  const { filters, setFilters } = useAnalyticsFilters();
  const { toggleNotification } = useNotification();
  const errorMessage = useErrorMessage();
  const { window, ...query } = filters;
  const params = options.withWindow ? { ...query, window } : query;
  const { data, error, isLoading, reload } = useAnalyticsEndpoint(view, params);

  React.useEffect(() => {
    if (error) toggleNotification({ type: 'danger', message: errorMessage(error) });
  }, [error, errorMessage, toggleNotification]);

  const meta = data?.meta as AnalyticsResponses[V]['meta'] | undefined;

  return {
    filters,
    setFilters,
    data: data?.data as AnalyticsResponses[V]['data'] | undefined,
    meta,
    error,
    isLoading,
    reload,
    /** What every page passes to <AnalyticsPage>: filters, period and the loading/error states. */
    pageProps: {
      source: endpointOfView(view),
      filters,
      setFilters,
      meta,
      hasData: Boolean(data),
      isLoading,
      hasError: Boolean(error),
      onRetry: reload,
    },
  };
};
