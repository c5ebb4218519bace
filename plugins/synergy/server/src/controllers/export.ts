import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import type { PostExportTable } from '../../../shared/contracts/export';
import type { ExportRequest } from '../services/export';
import { getService } from '../utils/get-service';
import { heldForApproval } from '../utils/held-for-approval';
import {
  validateExportContentType,
  validateExportQuery,
  validateExportTableBody,
} from '../validation';

const sendFile = (
  ctx: Context,
  file: { filename: string; contentType: string; body: string | Buffer },
) => {
  ctx.set('Content-Type', file.contentType);
  ctx.set('Content-Disposition', `attachment; filename="${file.filename}"`);
  ctx.body = file.body;
};

const createExportController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /synergy/export/:contentType?format=csv|xlsx&filters…&sort…&locale… */
  async export(ctx: Context) {
    const { contentType } = (await validateExportContentType({
      contentType: ctx.params.contentType,
    })) as { contentType: UID.ContentType };
    const query = (await validateExportQuery(ctx.query)) as ExportRequest;
    const ability = ctx.state.userAbility as { can: (action: string, subject: string) => boolean };
    if (!ability.can('plugin::content-manager.explorer.read', contentType)) {
      throw new errors.ForbiddenError(`You may not read ${contentType}, so you may not export it`);
    }
    const file = await getService(strapi, 'export').exportRecords(contentType, query);
    if ('request' in file) return heldForApproval(ctx, file.request);
    ctx.set('X-Exported-Rows', String(file.rows));
    sendFile(ctx, file);
  },

  /** POST /synergy/export/table { format, title, columns, rows }: an analytics table as displayed. */
  async exportTable(ctx: Context) {
    const table = (await validateExportTableBody(ctx.request.body)) as PostExportTable.Body;
    sendFile(ctx, await getService(strapi, 'export').exportTable(table));
  },
});

export default createExportController;
