import * as React from 'react';
import { useAuth, useFetchClient } from '@strapi/strapi/admin';
import type { ExportFormat, PostExportTable } from '../../../shared/contracts/export';
import { PLUGIN_ID } from '../pluginId';
import { fileNameOf, getFile, postFile, saveBlob } from '../services/download';
import { listExportQuery } from '../utils/list-export-query';

/**
 * The export downloads; each throws a FetchError carrying the server's message, for useAPIErrorHandler.
 * On the fetch client and fetch, not the admin API: see services/download.ts.
 */
export const useExportFiles = () => {
  const { get } = useFetchClient();
  const token = useAuth('useExportFiles', (state) => state.token);

  /** GET /synergy/export/:contentType with the filters, sort and locale of a content-manager list URL. */
  const exportList = React.useCallback(
    async (contentType: string, listSearch: string, format: ExportFormat) => {
      const { blob, headers } = await getFile(
        get,
        `/${PLUGIN_ID}/export/${contentType}`,
        listExportQuery(listSearch, format),
      );
      saveBlob(blob, fileNameOf(headers, `${contentType.split('.').pop()}.${format}`));
    },
    [get],
  );

  /** POST /synergy/export/table: the file is named after the table. */
  const exportTable = React.useCallback(
    async (table: PostExportTable.Body) => {
      const { blob } = await postFile(`/${PLUGIN_ID}/export/table`, token, table);
      saveBlob(blob, `${table.title}.${table.format}`);
    },
    [token],
  );

  return { exportList, exportTable };
};
