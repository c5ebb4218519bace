import { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type {
  GetAuditRetention,
  UpdateAuditRetention,
  VerifyAudit,
} from '../../../shared/contracts/audit';
import type { AuditFilters } from '../services/audit';
import { getService } from '../utils/get-service';
import { heldForApproval } from '../utils/held-for-approval';
import {
  validateArchiveBody,
  validateAuditExportQuery,
  validateAuditQuery,
  validateAuditRetentionBody,
  validateAuditStreamQuery,
} from '../validation';

const csvAttachment = (ctx: Context, name: string, csv: string) => {
  ctx.set('Content-Type', 'text/csv; charset=utf-8');
  ctx.set('Content-Disposition', `attachment; filename="${name}"`);
  ctx.body = csv;
};

const createAuditController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /synergy/audit */
  async find(ctx: Context) {
    const { page, pageSize, ...filters } = (await validateAuditQuery(ctx.query)) as AuditFilters & {
      page: number;
      pageSize: number;
    };
    const { results, pagination } = await getService(strapi, 'audit').find(filters, {
      page,
      pageSize,
    });
    ctx.body = { data: results, meta: { pagination } };
  },

  /** GET /synergy/audit/export */
  async export(ctx: Context) {
    const filters = (await validateAuditExportQuery(ctx.query)) as AuditFilters;
    csvAttachment(ctx, 'audit-trail.csv', await getService(strapi, 'audit').exportCsv(filters));
  },

  /**
   * GET /synergy/audit/stream?after=&limit=: one JSON entry per line, oldest first, written as
   * they are read; a SIEM passes the last id it got as `after` next time.
   */
  async stream(ctx: Context) {
    const { after, limit } = (await validateAuditStreamQuery(ctx.query)) as {
      after: number;
      limit?: number;
    };
    const entries = getService(strapi, 'audit').stream({ after, limit });
    const lines = Readable.from(
      (async function* ndjson() {
        for await (const entry of entries) yield `${JSON.stringify(entry)}\n`;
      })(),
    );
    lines.on('error', (error: Error) => {
      strapi.log.error(`[synergy] audit stream interrupted: ${error.message}`);
    });
    ctx.set('Content-Type', 'application/x-ndjson; charset=utf-8');
    ctx.body = lines;
  },

  /** GET /synergy/audit/verify */
  async verify(ctx: Context) {
    const result = await getService(strapi, 'audit-chain').verify();
    ctx.body = {
      data: { ...result, verifiedAt: new Date().toISOString() },
    } satisfies VerifyAudit.Response;
  },

  /** POST /synergy/audit/archive: answers the removed entries as CSV. */
  async archive(ctx: Context) {
    const { before } = (await validateArchiveBody(ctx.request.body)) as { before: Date };
    const archived = await getService(strapi, 'audit').archive(before);
    if ('request' in archived) return heldForApproval(ctx, archived.request);
    const { csv, removed } = archived;
    ctx.set('X-Archived-Entries', String(removed));
    csvAttachment(ctx, `audit-archive-before-${before.toISOString().slice(0, 10)}.csv`, csv);
  },

  /** GET /synergy/audit/retention */
  async findRetention(ctx: Context) {
    ctx.body = {
      data: await getService(strapi, 'audit-retention').get(),
    } satisfies GetAuditRetention.Response;
  },

  /** PUT /synergy/audit/retention */
  async updateRetention(ctx: Context) {
    const body = (await validateAuditRetentionBody(
      ctx.request.body,
    )) as UpdateAuditRetention.Request;
    ctx.body = {
      data: await getService(strapi, 'audit-retention').update(body),
    } satisfies UpdateAuditRetention.Response;
  },
});

export default createAuditController;
