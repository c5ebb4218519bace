import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { AuditFilters } from '../services/audit';
import { getService } from '../utils/get-service';
import { validateArchiveBody, validateAuditExportQuery, validateAuditQuery } from '../validation';

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

  /** POST /synergy/audit/archive: answers the removed entries as CSV. */
  async archive(ctx: Context) {
    const { before } = (await validateArchiveBody(ctx.request.body)) as { before: Date };
    const { csv, removed } = await getService(strapi, 'audit').archive(before);
    ctx.set('X-Archived-Entries', String(removed));
    csvAttachment(ctx, `audit-archive-before-${before.toISOString().slice(0, 10)}.csv`, csv);
  },
});

export default createAuditController;
