import type {
  GetCustomer360,
  SearchCustomers,
  SuggestCustomers,
} from '../../../shared/contracts/customer-360';
import { PLUGIN_ID } from '../pluginId';
import { FRESH_ON_MOUNT, queryState, synergyApi } from './api';

const customer360Api = synergyApi.injectEndpoints({
  endpoints: (builder) => ({
    searchSynergyCustomers: builder.query<SearchCustomers.Response, string>({
      query: (text) => `/${PLUGIN_ID}/customers/search?q=${encodeURIComponent(text.trim())}`,
      providesTags: [{ type: 'SynergyCustomer', id: 'LIST' }],
    }),
    getSynergyCustomerSuggestions: builder.query<SuggestCustomers.Response, void>({
      query: () => `/${PLUGIN_ID}/customers/suggestions`,
      providesTags: [{ type: 'SynergyCustomer', id: 'SUGGESTIONS' }],
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

/** GET /synergy/customers/suggestions — at-risk and recently active customers, asked again on each visit. */
export const useCustomerSuggestions = (enabled: boolean) => {
  const { data, error, isLoading, reload } = queryState(
    customer360Api.useGetSynergyCustomerSuggestionsQuery(undefined, {
      ...FRESH_ON_MOUNT,
      skip: !enabled,
    }),
  );
  return { suggestions: data?.data, error, isLoading, reload };
};

/** GET /synergy/customers/:documentId/360 — the customer and the latest records of each kind. */
export const useCustomer360 = (documentId: string | undefined) => {
  const { data, error, isLoading, reload } = queryState(
    customer360Api.useGetSynergyCustomer360Query(documentId ?? '', {
      ...FRESH_ON_MOUNT,
      skip: !documentId,
    }),
  );
  return { customer360: data?.data, marking: data?.meta?.marking, error, isLoading, reload };
};
