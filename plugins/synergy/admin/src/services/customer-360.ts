import * as React from 'react';
import { useFetchClient, type FetchError } from '@strapi/strapi/admin';
import type { GetCustomer360, SearchCustomers } from '../../../shared/contracts/customer-360';
import { PLUGIN_ID } from '../pluginId';

interface RequestState<T> {
  data: T | undefined;
  error: FetchError | undefined;
  isLoading: boolean;
}

const isAbort = (error: unknown) => error instanceof Error && error.name === 'AbortError';

/**
 * GETs `url` whenever it changes (nothing when it is null); the answer to a superseded request
 * is dropped, so typing fast in the search box never shows stale hits.
 */
const useAdminGet = <T>(url: string | null, reloadKey = 0): RequestState<T> => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<RequestState<T>>({ data: undefined, error: undefined, isLoading: false });

  React.useEffect(() => {
    if (!url) {
      setState({ data: undefined, error: undefined, isLoading: false });
      return undefined;
    }
    const controller = new AbortController();
    setState((previous) => ({ ...previous, error: undefined, isLoading: true }));
    get<T>(url, { signal: controller.signal })
      .then(({ data }) => {
        if (!controller.signal.aborted) setState({ data, error: undefined, isLoading: false });
      })
      .catch((error: FetchError) => {
        if (controller.signal.aborted || isAbort(error)) return;
        setState({ data: undefined, error, isLoading: false });
      });
    return () => controller.abort();
  }, [get, url, reloadKey]);

  return state;
};

/** GET /synergy/customers/search?q= — at most 20 customers whose name, short name or code match. */
export const useSearchCustomers = (query: string, enabled: boolean) => {
  const url = enabled ? `/${PLUGIN_ID}/customers/search?q=${encodeURIComponent(query.trim())}` : null;
  const { data, error, isLoading } = useAdminGet<SearchCustomers.Response>(url);
  return { hits: data?.data ?? [], error, isLoading };
};

/** GET /synergy/customers/:documentId/360 — the customer and the latest records of each kind. */
export const useCustomer360 = (documentId: string | undefined, reloadKey: number) => {
  const url = documentId ? `/${PLUGIN_ID}/customers/${encodeURIComponent(documentId)}/360` : null;
  const { data, error, isLoading } = useAdminGet<GetCustomer360.Response>(url, reloadKey);
  return { customer360: data?.data, error, isLoading };
};
