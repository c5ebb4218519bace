import { PLUGIN_ID } from '../pluginId';
import type { ActorType, AuditAction } from '../../../shared/contracts/audit';
import { FRESH_ON_MOUNT, queryState, synergyApi, toQueryParams } from './api';

export {
  ACTOR_TYPES,
  AUDIT_ACTIONS,
  type ActorType,
  type AuditAction,
} from '../../../shared/contracts/audit';

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

const auditApi = synergyApi.injectEndpoints({
  endpoints: (builder) => ({
    getSynergyAuditEntries: builder.query<
      FindAuditResponse,
      AuditFilterParams & { page: number; pageSize: number }
    >({
      query: (params) => ({
        url: `/${PLUGIN_ID}/audit`,
        method: 'GET',
        config: { params: toQueryParams({ ...params }) },
      }),
      providesTags: ['SynergyAudit'],
    }),
  }),
  overrideExisting: false,
});

/** GET /synergy/audit with the filters and page; an equal set of filters is answered from the cache. */
export const useAuditEntries = (params: AuditFilterParams & { page: number; pageSize: number }) =>
  queryState(auditApi.useGetSynergyAuditEntriesQuery(params, FRESH_ON_MOUNT));
