import { FetchError, type useFetchClient } from '@strapi/strapi/admin';

// Files stay out of the admin API (RTK Query): its answers are kept in the Redux store, which
// holds serializable data, not blobs, and a download is an action, not data to cache.

type GetClient = ReturnType<typeof useFetchClient>['get'];

const backendURL = () =>
  (window as unknown as { strapi?: { backendURL?: string } }).strapi?.backendURL ?? '';

/** The file name of a `Content-Disposition: attachment; filename="…"` header. */
export const fileNameOf = (headers: Headers | undefined, fallback: string) =>
  headers?.get('Content-Disposition')?.match(/filename="([^"]+)"/)?.[1] ?? fallback;

/** Saves a blob through a temporary link, as Strapi's own audit-log export does. */
export const saveBlob = (blob: Blob, fileName: string) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: revoking at once can abort the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

/**
 * A failed file response as the FetchError Strapi's fetch client throws for JSON, so that
 * useAPIErrorHandler shows the server's message (the blob client only says "Server Error").
 */
export const errorOfResponse = async (status: number, body: Blob | string): Promise<FetchError> => {
  const text = typeof body === 'string' ? body : await body.text();
  try {
    const data = JSON.parse(text) as {
      error?: { status?: number; message?: string };
      meta?: { rule?: string; message?: string };
    };
    // 202: the two-person rule holds the action as a request; say so instead of saving a file.
    if (status === 202 && data?.meta?.rule === 'two-person' && data.meta.message) {
      const held = new FetchError(data.meta.message);
      held.status = 202;
      return held;
    }
    if (data?.error?.message) {
      return new FetchError(data.error.message, { data } as NonNullable<
        ConstructorParameters<typeof FetchError>[1]
      >);
    }
  } catch {
    // Not JSON: fall through to a generic error with the status.
  }
  const error = new FetchError(`Request failed with status ${status}`);
  error.status = status;
  return error;
};

/** A file answered to a GET through Strapi's fetch client; a failure throws the server's message. */
export const getFile = async (
  get: GetClient,
  path: string,
  params: Record<string, string> | string,
) => {
  const response = await get<Blob>(path, {
    params,
    responseType: 'blob',
    validateStatus: () => true,
  } as Parameters<GetClient>[1]);
  const status = response.status ?? 200;
  if (status >= 400 || status === 202) throw await errorOfResponse(status, response.data);
  return { blob: response.data, headers: response.headers };
};

/**
 * A file answered to a JSON POST. The fetch client reads every POST answer as JSON, so this is a
 * plain fetch with the admin token; a failure throws the server's message.
 */
export const postFile = async (path: string, token: string | null | undefined, body: unknown) => {
  const response = await fetch(`${backendURL()}${path}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
    body: JSON.stringify(body),
  });
  const blob = await response.blob();
  if (!response.ok || response.status === 202) throw await errorOfResponse(response.status, blob);
  return { blob, headers: response.headers };
};
