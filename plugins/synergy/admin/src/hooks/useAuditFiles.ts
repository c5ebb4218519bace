import * as React from 'react';
import { useAuth, useFetchClient } from '@strapi/strapi/admin';
import { useDispatch } from 'react-redux';
import { PLUGIN_ID } from '../pluginId';
import { synergyApi, toQueryParams } from '../services/api';
import type { AuditFilterParams } from '../services/audit';
import { fileNameOf, getFile, postFile, saveBlob } from '../services/download';

/**
 * The two CSV downloads of the audit page. Both throw a FetchError carrying the server's message,
 * for useAPIErrorHandler. They stay on the fetch client and fetch: RTK Query keeps answers in the
 * store, which is no place for a file.
 */
export const useAuditFiles = () => {
  const { get } = useFetchClient();
  const token = useAuth('useAuditFiles', (state) => state.token);
  const dispatch = useDispatch();

  /** GET /synergy/audit/export with the page's filters, saved as a file. */
  const exportCsv = React.useCallback(
    async (filters: AuditFilterParams) => {
      const { blob, headers } = await getFile(
        get,
        `/${PLUGIN_ID}/audit/export`,
        toQueryParams({ ...filters }),
      );
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
      // The archived entries have left the trail.
      dispatch(synergyApi.util.invalidateTags(['SynergyAudit']));
      return Number(headers.get('X-Archived-Entries') ?? 0);
    },
    [token, dispatch],
  );

  return { exportCsv, archive };
};
