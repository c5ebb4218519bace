import { adminApi, type BaseQueryError } from '@strapi/strapi/admin';

/**
 * The plugin's part of Strapi's admin API (RTK Query, one store for the whole admin panel), as
 * review-workflows and content-releases do. Each query provides a tag and each mutation
 * invalidates the tags of what it changes, so the pages showing it refetch. `Document` is the
 * content manager's own tag: a review action may change the document it governs.
 *
 * Endpoint names are global to the admin API, and an injected name that exists already is
 * silently ignored (review-workflows has its own `getWorkflows`): every name carries `Synergy`.
 */
export const synergyApi = adminApi.enhanceEndpoints({
  addTagTypes: [
    'SynergyAnalytics',
    'SynergyAudit',
    'SynergyClearance',
    'SynergyCustomer',
    'SynergyDelegation',
    'SynergyDualControl',
    'SynergyImportType',
    'SynergyMasking',
    'SynergyNeedToKnow',
    'SynergyReview',
    'SynergyWorkflow',
    'Document',
  ],
});

/** What a failed query or mutation carries: the server's `error` (status, name, message, details). */
export type AdminApiError =
  BaseQueryError | { name?: string; message?: string; status?: number; details?: unknown };

/** What the plugin's query hooks answer: the last response, the last error, and a way to fetch again. */
export interface QueryState<T> {
  data: T | undefined;
  error: AdminApiError | undefined;
  /** A request is under way (the first one or a refetch). */
  isLoading: boolean;
  reload: () => void;
}

/** Every page shows the server's current data when it opens, the cached answer only meanwhile. */
export const FRESH_ON_MOUNT = { refetchOnMountOrArgChange: true } as const;

/** The state of an RTK Query hook in the plugin's shape; `refetch` throws when the query was skipped. */
export const queryState = <T>(result: {
  data?: T;
  error?: unknown;
  isFetching: boolean;
  isUninitialized: boolean;
  refetch: () => unknown;
}): QueryState<T> => ({
  data: result.data,
  error: result.error as AdminApiError | undefined,
  isLoading: result.isFetching,
  reload: () => {
    if (!result.isUninitialized) result.refetch();
  },
});

/** The HTTP status of a failed request, whichever shape its error has. */
export const statusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown } | null | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
};

/** Query values for the fetch client, which does not encode them itself (Strapi 5); empty ones are left out. */
export const toQueryParams = (params: Record<string, string | number | boolean | undefined>) =>
  Object.fromEntries(
    Object.entries(params)
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([key, value]) => [key, encodeURIComponent(String(value))]),
  );
