import { FetchError } from '@strapi/strapi/admin';

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
    const data = JSON.parse(text) as { error?: { status?: number; message?: string } };
    if (data?.error?.message) {
      return new FetchError(data.error.message, { data } as NonNullable<ConstructorParameters<typeof FetchError>[1]>);
    }
  } catch {
    // Not JSON: fall through to a generic error with the status.
  }
  const error = new FetchError(`Request failed with status ${status}`);
  error.status = status;
  return error;
};
