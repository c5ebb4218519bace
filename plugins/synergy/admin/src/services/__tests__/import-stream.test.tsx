import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
import { renderHook } from '@testing-library/react';
import type { ImportProgress, PostImport } from '../import';
import { AdminStore } from '../../testing/admin-store';
import { importFormData, readImportStream, useImportRun } from '../import';

jest.mock('@strapi/strapi/admin', () => ({
  FetchError: class FetchError extends Error {
    status?: number;
    response?: unknown;
    constructor(message: string, response?: unknown) {
      super(message);
      this.response = response;
    }
  },
  adminApi: jest
    .requireActual('../../testing/admin-api-stand-in')
    .createAdminApiStandIn(() => undefined),
  useAuth: () => 'admin-token',
}));

// jsdom has no TextDecoder; the browser and Node do.
Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? NodeTextDecoder });
const encoder = new NodeTextEncoder();

/** A reader that hands out the given byte chunks one by one, as a network stream does. */
const readerOf = (chunks: Uint8Array[]) => {
  const queue = [...chunks];
  return {
    cancelled: false,
    async read() {
      const value = queue.shift();
      return value ? { done: false, value } : { done: true };
    },
    async cancel() {
      this.cancelled = true;
    },
  };
};

/** Cuts bytes at the given offsets (a cut may fall inside a line, or inside a Chinese character). */
const cut = (bytes: Uint8Array, offsets: number[]) =>
  [0, ...offsets, bytes.length]
    .slice(1)
    .map((end, index, ends) => bytes.slice(index === 0 ? 0 : ends[index - 1], end));

const REPORT = {
  type: 'customers',
  mode: 'commit',
  onDuplicate: 'skip',
  columns: ['单位名称'],
  mapping: { 单位名称: 'name' },
  proposals: {
    单位名称: { field: 'name', confidence: 1, method: 'label', needsConfirmation: false },
  },
  rows: { total: 2, valid: 2, invalid: 0 },
  errors: [],
  duplicates: [],
  interpreted: [],
  preview: [],
  created: 2,
  updated: 0,
  skipped: 0,
} satisfies PostImport.Report;

const ndjson = (...events: PostImport.StreamEvent[]) =>
  encoder.encode(events.map((event) => `${JSON.stringify(event)}\n`).join(''));

describe('the NDJSON import stream', () => {
  it('hands each progress event over and resolves with the report, whatever the chunk boundaries', async () => {
    const bytes = ndjson(
      { event: 'progress', phase: 'read', done: 2, total: null },
      { event: 'progress', phase: 'write', done: 1, total: 2 },
      { event: 'report', data: REPORT },
    );
    const chinese = bytes.indexOf(0xe5); // first byte of a three-byte character of 单位名称
    const progress: ImportProgress[] = [];
    const reader = readerOf(cut(bytes, [5, 60, chinese + 1]));

    await expect(readImportStream(reader, (event) => progress.push(event))).resolves.toEqual(
      REPORT,
    );
    expect(progress).toEqual([
      { event: 'progress', phase: 'read', done: 2, total: null },
      { event: 'progress', phase: 'write', done: 1, total: 2 },
    ]);
    expect(reader.cancelled).toBe(true);
  });

  it("rejects with the server's message when the stream ends with an error (the import was rolled back)", async () => {
    const reader = readerOf([
      ndjson(
        { event: 'progress', phase: 'write', done: 1, total: 2 },
        {
          event: 'error',
          error: {
            status: 409,
            name: 'ConflictError',
            message: 'code: CN-RI-00001 was created meanwhile',
          },
        },
      ),
    ]);
    await expect(readImportStream(reader, () => undefined)).rejects.toMatchObject({
      message: 'code: CN-RI-00001 was created meanwhile',
      status: 409,
      response: { data: { error: { status: 409, name: 'ConflictError' } } },
    });
  });

  it('rejects when the stream ends without a report', async () => {
    const reader = readerOf([
      encoder.encode('{"event":"progress","phase":"read","done":1,"total":null}'),
    ]);
    await expect(readImportStream(reader, () => undefined)).rejects.toThrow(
      'The import ended without a report.',
    );
  });
});

describe('the multipart body', () => {
  it('carries the file, the mapping as JSON with "" for an ignored column, the mode, the duplicate action and skipInvalid', () => {
    const file = new File(['a'], 'customers.csv');
    const form = importFormData({
      file,
      mapping: { 单位名称: 'name', 说明: null },
      mode: 'commit',
      onDuplicate: 'update',
      skipInvalid: true,
    });
    expect((form.get('file') as File).name).toBe('customers.csv');
    expect(JSON.parse(String(form.get('mapping')))).toEqual({ 单位名称: 'name', 说明: '' });
    expect([form.get('mode'), form.get('onDuplicate'), form.get('skipInvalid')]).toEqual([
      'commit',
      'update',
      'true',
    ]);
  });

  it('leaves the mapping out for the automatic one', () => {
    const form = importFormData({
      file: new File(['a'], 'a.csv'),
      mode: 'dry-run',
      onDuplicate: 'skip',
      skipInvalid: false,
    });
    expect(form.has('mapping')).toBe(false);
  });
});

describe('the import request', () => {
  const answer = (status: number, contentType: string, body: unknown) => ({
    ok: status < 400,
    status,
    headers: {
      get: (name: string) => (name.toLowerCase() === 'content-type' ? contentType : null),
    },
    json: async () => body,
    body: null,
  });

  afterEach(() => {
    delete (globalThis as { fetch?: unknown }).fetch;
  });

  it('asks for NDJSON with the admin token, and rejects with the message of an error answered as JSON', async () => {
    const fetchMock = jest.fn().mockResolvedValue(
      answer(400, 'application/json; charset=utf-8', {
        data: null,
        error: {
          status: 400,
          name: 'ValidationError',
          message: 'mapping: 客户等级 maps to no field "rank"',
          details: {},
        },
      }),
    );
    Object.assign(globalThis, { fetch: fetchMock });
    const { result } = renderHook(() => useImportRun(), { wrapper: AdminStore });
    const request = {
      type: 'customers',
      file: new File(['a'], 'c.csv'),
      mode: 'dry-run',
      onDuplicate: 'skip',
      skipInvalid: false,
    } as const;

    await expect(
      result.current(request, {
        signal: new AbortController().signal,
        onProgress: () => undefined,
      }),
    ).rejects.toMatchObject({
      message: 'mapping: 客户等级 maps to no field "rank"',
      status: 400,
    });
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/synergy/import/customers');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({
      Accept: 'application/x-ndjson',
      Authorization: 'Bearer admin-token',
    });
  });

  it('takes a report answered as plain JSON', async () => {
    Object.assign(globalThis, {
      fetch: jest.fn().mockResolvedValue(answer(200, 'application/json', { data: REPORT })),
    });
    const { result } = renderHook(() => useImportRun(), { wrapper: AdminStore });
    const request = {
      type: 'customers',
      file: new File(['a'], 'c.csv'),
      mode: 'commit',
      onDuplicate: 'skip',
      skipInvalid: true,
    } as const;
    await expect(
      result.current(request, {
        signal: new AbortController().signal,
        onProgress: () => undefined,
      }),
    ).resolves.toEqual(REPORT);
  });
});
