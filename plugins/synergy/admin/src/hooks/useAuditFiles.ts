import * as React from 'react';
import { useAuth, useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../pluginId';
import { toQueryParams, type AuditFilterParams } from '../services/audit';
import { fileNameOf, getFile, postFile, saveBlob } from '../services/download';

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
      const { blob, headers } = await getFile(get, `/${PLUGIN_ID}/audit/export`, toQueryParams({ ...filters }));
      saveBlob(blob, fileNameOf(headers, 'audit-trail.csv'));
    },
    [get],
  );

  /**
   * POST /synergy/audit/archive: the server removes the entries before `before` and answers them
   * as CSV. Resolves with the number of entries removed.
   */
  const archive = React.useCallback(
    async (before: string) => {
      const { blob, headers } = await postFile(`/${PLUGIN_ID}/audit/archive`, token, { before });
      saveBlob(blob, fileNameOf(headers, 'audit-archive.csv'));
      return Number(headers.get('X-Archived-Entries') ?? 0);
    },
    [token],
  );

  return { exportCsv, archive };
};
