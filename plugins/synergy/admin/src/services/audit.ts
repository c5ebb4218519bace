import * as React from 'react';
import { useFetchClient, type FetchError } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../pluginId';
import type { ActorType, AuditAction } from '../../../shared/contracts/audit';

export { ACTOR_TYPES, AUDIT_ACTIONS, type ActorType, type AuditAction } from '../../../shared/contracts/audit';

/** One row of GET /synergy/audit. */
export interface AuditEntry {
  id: number;
  occurredAt: string;
  actorType: ActorType;
  actorId: number | null;
  actorName: string | null;
  action: AuditAction;
  contentType: string | null;
  recordId: string | null;
  classification: string | null;
  changedFields: string[] | null;
  ip: string | null;
}

export interface AuditPagination {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

/** GET /synergy/audit */
export interface FindAuditResponse {
  data: AuditEntry[];
  meta: { pagination: AuditPagination };
}

/** The filters the server takes (validation/audit.ts); `from` and `to` are ISO instants. */
export interface AuditFilterParams {
  actorType?: string;
  actorId?: string;
  action?: string;
  contentType?: string;
  recordId?: string;
  from?: string;
  to?: string;
}

/** Query values for the fetch client, which does not encode them itself (Strapi 5); empty ones are left out. */
export const toQueryParams = (params: Record<string, string | number | undefined>) =>
  Object.fromEntries(
    Object.entries(params)
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([key, value]) => [key, encodeURIComponent(String(value))]),
  );

interface AuditState {
  data: FindAuditResponse | undefined;
  error: FetchError | undefined;
  isLoading: boolean;
}

/** GET /synergy/audit with the filters and page; refetches when they or `reloadKey` change. */
export const useAuditEntries = (params: AuditFilterParams & { page: number; pageSize: number }, reloadKey: number) => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<AuditState>({ data: undefined, error: undefined, isLoading: true });
  // A stable key, so an equal set of filters does not refetch.
  const key = JSON.stringify(params);

  React.useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, error: undefined, isLoading: true }));
    get<FindAuditResponse>(`/${PLUGIN_ID}/audit`, { params: toQueryParams(JSON.parse(key)), signal: controller.signal })
      .then(({ data }) => {
        if (!controller.signal.aborted) setState({ data, error: undefined, isLoading: false });
      })
      .catch((error: FetchError) => {
        if (controller.signal.aborted || (error instanceof Error && error.name === 'AbortError')) return;
        setState({ data: undefined, error, isLoading: false });
      });
    return () => controller.abort();
  }, [get, key, reloadKey]);

  return state;
};
