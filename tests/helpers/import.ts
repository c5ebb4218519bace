import type { TestApp } from './strapi';
import { bearer, type AdminSession } from './auth';

export interface ImportOptions {
  filename?: string;
  mode?: string;
  onDuplicate?: string;
  mapping?: string;
  skipInvalid?: string;
  ndjson?: boolean;
}

/** POST /synergy/import/:type with a file (multipart) as `session`; the body is parsed JSON or the NDJSON events. */
export const postImport = (
  app: TestApp,
  session: AdminSession,
  type: string,
  file: Buffer | string | null,
  options: ImportOptions = {},
) => {
  let call = app.http().post(`/synergy/import/${type}`).set(bearer(session.token));
  if (options.ndjson) call = call.set('Accept', 'application/x-ndjson');
  for (const name of ['mode', 'onDuplicate', 'mapping', 'skipInvalid'] as const) {
    if (options[name] !== undefined) call = call.field(name, options[name] as string);
  }
  if (file !== null)
    call = call.attach(
      'file',
      Buffer.isBuffer(file) ? file : Buffer.from(file, 'utf8'),
      options.filename ?? 'data.csv',
    );
  // Still multipart without a file.
  else if (options.mode === undefined) call = call.field('mode', 'dry-run');
  return call.buffer(true).parse((res, callback) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        callback(
          null,
          options.ndjson && res.statusCode === 200
            ? text
                .trim()
                .split('\n')
                .map((line) => JSON.parse(line))
            : JSON.parse(text),
        );
      } catch {
        callback(null, text);
      }
    });
  });
};

/** A CSV text from rows of cells (quoted where needed). */
export const csvOf = (rows: Array<Array<string | number>>): string =>
  `${rows.map((row) => row.map((cell) => (/[",\n\r]/.test(String(cell)) ? `"${String(cell).replace(/"/g, '""')}"` : String(cell))).join(',')).join('\n')}\n`;
