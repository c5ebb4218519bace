import * as React from 'react';
import { useAuth, useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../pluginId';
import { toQueryParams, type AuditFilterParams } from '../services/audit';
import { errorOfResponse, fileNameOf, saveBlob } from '../services/download';

const backendURL = () => (window as unknown as { strapi?: { backendURL?: string } }).strapi?.backendURL ?? '';

/**
 * The two CSV downloads of the audit page. Both throw a FetchError carrying the server's message,
 * for useAPIErrorHandler.
 */
export const useAuditFiles = () => {
  const { get } = useFetchClient();
  const token = useAuth('useAuditFiles', (state) => state.token);

  /** GET /synergy/audit/export with the page's filters, saved as a file. */
  const exportCsv = React.useCallback(
    async (filters: AuditFilterParams) => {
      const response = await get(`/${PLUGIN_ID}/audit/export`, {
        params: toQueryParams({ ...filters }),
        responseType: 'blob',
        validateStatus: () => true,
      });
      const status = response.status ?? 200;
      if (status >= 400) throw await errorOfResponse(status, response.data);
      saveBlob(response.data, fileNameOf(response.headers, 'audit-trail.csv'));
    },
    [get],
  );

  /**
   * POST /synergy/audit/archive: the server removes the entries before `before` and answers them
   * as CSV. The fetch client reads every POST answer as JSON, so this one is a plain fetch with
   * the admin token. Resolves with the number of entries removed.
   */
  const archive = React.useCallback(
    async (before: string) => {
      const response = await fetch(`${backendURL()}/${PLUGIN_ID}/audit/archive`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
        body: JSON.stringify({ before }),
      });
      const blob = await response.blob();
      if (!response.ok) throw await errorOfResponse(response.status, blob);
      saveBlob(blob, fileNameOf(response.headers, 'audit-archive.csv'));
      return Number(response.headers.get('X-Archived-Entries') ?? 0);
    },
    [token],
  );

  return { exportCsv, archive };
};
