import * as React from 'react';
import { FetchError, useAuth } from '@strapi/strapi/admin';
import { useDispatch } from 'react-redux';
import { PLUGIN_ID } from '../pluginId';
import type {
  DuplicateAction,
  GetImportTypes,
  ImportMode,
  ImportableType,
  PostImport,
} from '../../../shared/contracts/import';
import { FRESH_ON_MOUNT, queryState, synergyApi } from './api';

export type {
  DuplicateAction,
  GetImportTypes,
  ImportMode,
  ImportableType,
  PostImport,
} from '../../../shared/contracts/import';
export { DUPLICATE_ACTIONS } from '../../../shared/contracts/import';

export type ImportProgress = Extract<PostImport.StreamEvent, { event: 'progress' }>;

/** One run of POST /synergy/import/:type. */
export interface ImportRequest {
  type: ImportableType;
  file: File;
  /** Column header → field name, or null to ignore the column; undefined: the server's automatic matching. */
  mapping?: Record<string, string | null>;
  mode: ImportMode;
  onDuplicate: DuplicateAction;
  skipInvalid: boolean;
}

const NDJSON = 'application/x-ndjson';

const backendURL = () =>
  (window as unknown as { strapi?: { backendURL?: string } }).strapi?.backendURL ?? '';

/** A server error (the stream's `error` event or a JSON error answer) as the FetchError useAPIErrorHandler reads. */
export const fetchErrorOf = (error: {
  status?: number;
  name?: string;
  message: string;
  details?: unknown;
}): FetchError => {
  const fetchError = new FetchError(error.message, {
    data: {
      data: null,
      error: {
        status: error.status ?? 500,
        name: error.name ?? 'ApplicationError',
        message: error.message,
        details: error.details ?? {},
      },
    },
  } as NonNullable<ConstructorParameters<typeof FetchError>[1]>);
  fetchError.status = error.status;
  return fetchError;
};

/** The multipart body of the contract (PostImport.Body): the mapping as JSON, "" for an ignored column. */
export const importFormData = ({
  file,
  mapping,
  mode,
  onDuplicate,
  skipInvalid,
}: Omit<ImportRequest, 'type'>) => {
  const form = new FormData();
  form.append('file', file, file.name);
  if (mapping)
    form.append(
      'mapping',
      JSON.stringify(
        Object.fromEntries(Object.entries(mapping).map(([column, field]) => [column, field ?? ''])),
      ),
    );
  form.append('mode', mode);
  form.append('onDuplicate', onDuplicate);
  form.append('skipInvalid', String(skipInvalid));
  return form;
};

interface ByteReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel?(): Promise<void>;
}

/**
 * Reads an NDJSON answer line by line: progress events go to `onProgress`, the report resolves,
 * an error event rejects with a FetchError. A stream that ends without a report rejects too.
 */
export const readImportStream = async (
  reader: ByteReader,
  onProgress: (progress: ImportProgress) => void,
): Promise<PostImport.Report> => {
  const decoder = new TextDecoder();
  let buffered = '';
  const handle = (line: string): PostImport.Report | undefined => {
    if (!line.trim()) return undefined;
    const event = JSON.parse(line) as PostImport.StreamEvent;
    if (event.event === 'progress') onProgress(event);
    if (event.event === 'error') throw fetchErrorOf(event.error);
    return event.event === 'report' ? event.data : undefined;
  };
  for (;;) {
    const { done, value } = await reader.read();
    buffered += done ? decoder.decode() : decoder.decode(value, { stream: true });
    const lines = buffered.split('\n');
    buffered = done ? '' : (lines.pop() ?? '');
    for (const line of lines) {
      const report = handle(line);
      if (report) {
        // Nothing useful follows the report; release the connection.
        await reader.cancel?.().catch(() => undefined);
        return report;
      }
    }
    if (done) throw fetchErrorOf({ message: 'The import ended without a report.' });
  }
};

const importApi = synergyApi.injectEndpoints({
  endpoints: (builder) => ({
    getSynergyImportTypes: builder.query<GetImportTypes.ImportType[], void>({
      query: () => `/${PLUGIN_ID}/import/types`,
      transformResponse: (response: GetImportTypes.Response) => response.data,
      providesTags: ['SynergyImportType'],
    }),
  }),
  overrideExisting: false,
});

/** GET /synergy/import/types: the importable types, their fields and saved mappings. */
export const useImportTypes = () =>
  queryState(importApi.useGetSynergyImportTypesQuery(undefined, FRESH_ON_MOUNT));

/** What a committed import changes: records of every kind (so every figure and 360), the audit, the saved mapping. */
const COMMITTED_IMPORT_TAGS = [
  'SynergyAnalytics',
  'SynergyAudit',
  'SynergyCustomer',
  'SynergyImportType',
] as const;

/**
 * POST /synergy/import/:type as an NDJSON stream, with the admin token (the fetch client reads
 * every answer whole, so it cannot show progress). Aborting `signal` cancels the request; the
 * server then rolls the import back. Rejects with a FetchError for useAPIErrorHandler. It stays
 * on fetch: RTK Query resolves once with the whole answer, so it cannot show progress either; a
 * committed import invalidates the admin API's tags of what it wrote instead.
 */
export const useImportRun = () => {
  const token = useAuth('useImportRun', (state) => state.token);
  const dispatch = useDispatch();

  const committed = React.useCallback(
    (report: PostImport.Report) => {
      if (report.mode === 'commit')
        dispatch(synergyApi.util.invalidateTags([...COMMITTED_IMPORT_TAGS]));
      return report;
    },
    [dispatch],
  );

  return React.useCallback(
    async (
      { type, ...request }: ImportRequest,
      {
        signal,
        onProgress,
      }: { signal: AbortSignal; onProgress: (progress: ImportProgress) => void },
    ) => {
      const response = await fetch(`${backendURL()}/${PLUGIN_ID}/import/${type}`, {
        method: 'POST',
        credentials: 'include',
        headers: { Accept: NDJSON, Authorization: `Bearer ${token ?? ''}` },
        body: importFormData(request),
        signal,
      });
      // Errors found before the stream starts (bad type, bad mapping, no file) come back as plain JSON.
      if (!response.headers.get('Content-Type')?.includes(NDJSON) || !response.body) {
        const body = (await response.json().catch(() => null)) as
          | (PostImport.Response & { error?: undefined })
          | {
              data: null;
              error: { status: number; name: string; message: string; details?: unknown };
            }
          | null;
        if (!response.ok || !body || body.error)
          throw fetchErrorOf(
            body?.error ?? {
              status: response.status,
              message: `Request failed with status ${response.status}`,
            },
          );
        return committed(body.data);
      }
      return committed(await readImportStream(response.body.getReader(), onProgress));
    },
    [token, committed],
  );
};
