import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { AnalyticsQuery, GetImpact } from '../../../shared/contracts/analytics';
import { getService } from '../utils/get-service';
import type { Classification } from '../domain/classification';

/** A read served outside the document service is recorded like one through it (SPEC §7). */
const recordCustomerRead = async (strapi: Core.Strapi, documentId: string) => {
  const row = (await strapi.db
    .query('api::customer.customer')
    .findOne({ where: { documentId }, select: ['classification'] })) as {
    classification?: Classification;
  } | null;
  if (row)
    getService(strapi, 'audit').recordReads([
      { uid: 'api::customer.customer', documentId, classification: row.classification },
    ]);
};
import { validateAnalyticsQuery, validateImpactQuery, validateNoQuery } from '../validation';

type PeriodEndpoint =
  'overview' | 'coverage' | 'portfolio' | 'competitors' | 'winLoss' | 'dataQuality';

/**
 * Synergy analytics (SPEC §4), the same actions for the content API (/api/synergy/…) and the
 * admin API (/synergy/analytics/…): the caller's clearance is read by the service.
 */
const createAnalyticsController = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'analytics');
  const withQuery = (endpoint: PeriodEndpoint) => async (ctx: Context) => {
    const query = (await validateAnalyticsQuery(ctx.query)) as AnalyticsQuery;
    ctx.body = await service()[endpoint](query);
  };

  return {
    overview: withQuery('overview'),
    coverage: withQuery('coverage'),
    portfolio: withQuery('portfolio'),
    competitors: withQuery('competitors'),
    winLoss: withQuery('winLoss'),
    dataQuality: withQuery('dataQuality'),
    async impact(ctx: Context) {
      const query = (await validateImpactQuery(ctx.query)) as GetImpact.Query;
      ctx.body = await service().impact(query);
    },
    async scorecard(ctx: Context) {
      await validateNoQuery(ctx.query);
      const data = await service().scorecard(ctx.params.documentId);
      ctx.body = { data, meta: { marking: await service().marking('scorecard') } };
    },
    async customerHealth(ctx: Context) {
      await validateNoQuery(ctx.query);
      const health = await service().customerHealth(ctx.params.documentId);
      await recordCustomerRead(strapi, health.customer.documentId);
      ctx.body = { data: health, meta: { marking: await service().marking('customerHealth') } };
    },
  };
};

export default createAnalyticsController;
