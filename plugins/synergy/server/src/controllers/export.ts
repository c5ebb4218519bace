import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import type { ExportRequest } from '../services/export';
import { getService } from '../utils/get-service';
import { validateExportContentType, validateExportQuery } from '../validation';

const createExportController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /synergy/export/:contentType?format=csv|xlsx&filters…&sort…&locale… */
  async export(ctx: Context) {
    const { contentType } = (await validateExportContentType({ contentType: ctx.params.contentType })) as { contentType: UID.ContentType };
    const query = (await validateExportQuery(ctx.query)) as ExportRequest;
    const ability = ctx.state.userAbility as { can: (action: string, subject: string) => boolean };
    if (!ability.can('plugin::content-manager.explorer.read', contentType)) {
      throw new errors.ForbiddenError(`You may not read ${contentType}, so you may not export it`);
    }
    const file = await getService(strapi, 'export').exportRecords(contentType, query);
    ctx.set('Content-Type', file.contentType);
    ctx.set('Content-Disposition', `attachment; filename="${file.filename}"`);
    ctx.set('X-Exported-Rows', String(file.rows));
    ctx.body = file.body;
  },
});

export default createExportController;
