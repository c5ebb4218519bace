import fs from 'node:fs';
import { PassThrough } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import type {
  DuplicateAction,
  GetImportTypes,
  ImportableType,
  ImportMode,
  PostImport,
} from '../../../shared/contracts/import';
import type { ImportRequest } from '../services/import';
import { getService } from '../utils/get-service';
import { parseImportMapping, validateImportBody, validateImportType } from '../validation';

interface Ability {
  can: (action: string, subject: string) => boolean;
}

interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
  size: number;
}

const NDJSON = 'application/x-ndjson';

/** The status and body Strapi's error middleware would give, for an error met after the stream started. */
const streamedError = (
  error: unknown,
): Extract<PostImport.StreamEvent, { event: 'error' }>['error'] => {
  const statuses: Array<[new (...args: never[]) => Error, number]> = [
    [errors.UnauthorizedError, 401],
    [errors.ForbiddenError, 403],
    [errors.NotFoundError, 404],
    [errors.PayloadTooLargeError, 413],
  ];
  if (error instanceof errors.ApplicationError) {
    const status = statuses.find(([type]) => error instanceof type)?.[1] ?? 400;
    return { status, name: error.name, message: error.message, details: error.details };
  }
  return { status: 500, name: 'InternalServerError', message: 'Internal Server Error' };
};

const createImportController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /synergy/import/types: the types the caller may create, with their fields. */
  async types(ctx: Context) {
    const ability = ctx.state.userAbility as Ability;
    const data = await getService(strapi, 'import').types((uid) =>
      ability.can('plugin::content-manager.explorer.create', uid),
    );
    ctx.body = { data } satisfies GetImportTypes.Response;
  },

  /** POST /synergy/import/:type (multipart): a report as JSON, or NDJSON progress then the report. */
  async import(ctx: Context) {
    const files = (
      ctx.request as unknown as { files?: Record<string, UploadedFile | UploadedFile[]> }
    ).files;
    const upload = files?.file;
    try {
      const { type } = (await validateImportType({ type: ctx.params.type })) as {
        type: ImportableType;
      };
      const body = (await validateImportBody(ctx.request.body ?? {})) as {
        mapping?: string;
        mode: ImportMode;
        onDuplicate: DuplicateAction;
        skipInvalid: string;
      };
      const mapping = parseImportMapping(body.mapping);
      if (!upload || Array.isArray(upload))
        throw new errors.ValidationError(
          'file is required: one CSV or XLSX file in the multipart field "file"',
        );

      const service = getService(strapi, 'import');
      const uid = service.uidOf(type);
      const ability = ctx.state.userAbility as Ability;
      if (!ability.can('plugin::content-manager.explorer.create', uid)) {
        throw new errors.PolicyError(
          `You may not create ${type} (${uid}), so you may not import them`,
        );
      }
      if (
        body.mode === 'commit' &&
        body.onDuplicate === 'update' &&
        !ability.can('plugin::content-manager.explorer.update', uid)
      ) {
        throw new errors.PolicyError(
          `You may not update ${type} (${uid}): choose onDuplicate skip or create`,
        );
      }

      // A client that goes away cancels the import; a commit under way is rolled back.
      const cancel = new AbortController();
      ctx.res.on('close', () => {
        if (!ctx.res.writableFinished) cancel.abort();
      });
      const request: ImportRequest = {
        type,
        file: { path: upload.filepath, name: upload.originalFilename ?? null },
        mapping,
        mode: body.mode,
        onDuplicate: body.onDuplicate,
        skipInvalid: body.skipInvalid === 'true',
        signal: cancel.signal,
      };
      const removeUpload = () => fs.promises.rm(upload.filepath, { force: true });

      if (!(ctx.get('Accept') ?? '').includes(NDJSON)) {
        try {
          ctx.body = { data: await service.run(request) } satisfies PostImport.Response;
        } finally {
          await removeUpload();
        }
        return;
      }

      const stream = new PassThrough();
      const send = (event: PostImport.StreamEvent) => {
        if (!stream.writableEnded) stream.write(`${JSON.stringify(event)}\n`);
      };
      ctx.status = 200;
      ctx.type = NDJSON;
      ctx.set('Cache-Control', 'no-cache');
      ctx.body = stream;
      // Runs after the answer has started (still inside the request's context: same caller, same clearance).
      void service
        .run({ ...request, onProgress: send })
        .then((data) => send({ event: 'report', data }))
        .catch((error: unknown) => {
          if (!(error instanceof errors.ApplicationError))
            strapi.log.error(`[synergy] import failed: ${(error as Error).stack ?? String(error)}`);
          send({ event: 'error', error: streamedError(error) });
        })
        .finally(() => {
          stream.end();
          void removeUpload();
        });
    } catch (error) {
      // Refused before the import started: the uploaded file is not needed any more.
      if (upload && !Array.isArray(upload)) await fs.promises.rm(upload.filepath, { force: true });
      throw error;
    }
  },
});

export default createImportController;
