import type { GetCustomer360, SearchCustomers } from '../../../shared/contracts/customer-360';
import { PLUGIN_ID } from '../pluginId';
import { FRESH_ON_MOUNT, queryState, synergyApi } from './api';

const customer360Api = synergyApi.injectEndpoints({
  endpoints: (builder) => ({
    searchSynergyCustomers: builder.query<SearchCustomers.Response, string>({
      query: (text) => `/${PLUGIN_ID}/customers/search?q=${encodeURIComponent(text.trim())}`,
      providesTags: [{ type: 'SynergyCustomer', id: 'LIST' }],
    }),
    getSynergyCustomer360: builder.query<GetCustomer360.Response, string>({
      query: (documentId) => `/${PLUGIN_ID}/customers/${encodeURIComponent(documentId)}/360`,
      providesTags: (_result, _error, documentId) => [{ type: 'SynergyCustomer', id: documentId }],
    }),
  }),
  overrideExisting: false,
});

/**
 * GET /synergy/customers/search?q= — at most 20 customers whose name, short name or code match.
 * Answers are cached per text, and the one to a superseded text is never shown.
 */
export const useSearchCustomers = (query: string, enabled: boolean) => {
  const { data, error, isLoading } = queryState(
    customer360Api.useSearchSynergyCustomersQuery(query.trim(), { skip: !enabled }),
  );
  return { hits: data?.data ?? [], error, isLoading };
};

/** GET /synergy/customers/:documentId/360 — the customer and the latest records of each kind. */
export const useCustomer360 = (documentId: string | undefined) => {
  const { data, error, isLoading, reload } = queryState(
    customer360Api.useGetSynergyCustomer360Query(documentId ?? '', {
      ...FRESH_ON_MOUNT,
      skip: !documentId,
    }),
  );
  return { customer360: data?.data, error, isLoading, reload };
};
