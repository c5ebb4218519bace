import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import type {
  AnalyticsMeta,
  AnalyticsQuery,
  CustomerHealth,
  GetCompetitors,
  GetCoverage,
  GetDataQuality,
  GetImpact,
  GetOverview,
  GetPortfolio,
  GetWinLoss,
  Scorecard,
} from '../../../../shared/contracts/analytics';
import type { Classification } from '../../domain/classification';
import { resolvePeriod, type Period } from '../../domain/analytics';
import type { SynergyConfig } from '../../config';
import { getService } from '../../utils/get-service';
import { createAnalyticsCache, type AnalyticsCache } from './cache';
import { createCompetitors } from './competitors';
import { createCoverage } from './coverage';
import { ANALYTICS_DEPENDENCIES, type AnalyticsEndpoint } from './dependencies';
import { createDataQuality } from './data-quality';
import { createHealth, customerRows } from './health';
import { createImpact } from './impact';
import { createOverview } from './overview';
import {
  clientOf,
  dialectFor,
  records,
  TABLES,
  toDate,
  type AnalyticsContext,
  type Row,
  type Scope,
} from './sql';
import { createStrategies } from './strategies';
import { createWinLoss } from './win-loss';

/** Interactions read per page while looking for distinct recently active customers. */
const RECENT_PAGE = 100;
const RECENT_PAGES = 5;

/** What every endpoint computes from: the caller's scope, the period, and the answer's meta. */
interface Request {
  scope: Scope;
  period: Period;
  meta: Omit<AnalyticsMeta, 'marking'>;
}

/**
 * The analytics of SPEC §4, computed in the database with the caller's clearance (every table
 * read is restricted to the levels the caller may see; system code is unrestricted).
 */
const createAnalyticsService = ({ strapi }: { strapi: Core.Strapi }) => {
  let context: AnalyticsContext | null = null;
  const ctx = (): AnalyticsContext => {
    context ??= {
      strapi,
      knex: strapi.db.connection as unknown as Knex,
      dialect: dialectFor(clientOf(strapi)),
    };
    return context;
  };
  const targets = () => getService(strapi, 'settings').getSlaTargets();
  let answers: AnalyticsCache | null = null;
  const cache = (): AnalyticsCache => {
    answers ??= createAnalyticsCache(
      strapi,
      (strapi.config.get('plugin::synergy') as SynergyConfig).analyticsCache,
    );
    return answers;
  };
  /** The answer of `endpoint` for these parameters and this caller, from the cache when still current. */
  const cached = <T extends object>(
    endpoint: AnalyticsEndpoint,
    params: object,
    scope: Scope,
    compute: () => Promise<T>,
  ) =>
    cache().get(
      {
        endpoint,
        params: { ...params },
        levels: scope.levels,
        withheld: scope.visibility
          ? [...scope.visibility.withheldCompartments, '|', ...scope.visibility.withheldCaveats]
          : [],
      },
      ANALYTICS_DEPENDENCIES[endpoint],
      compute,
    );
  /** The marking of an answer of `endpoint`: from the records of every type it reads. */
  const markingOf = (endpoint: AnalyticsEndpoint, scope: Scope) =>
    getService(strapi, 'marking').ofAggregate(ANALYTICS_DEPENDENCIES[endpoint], scope);
  /** `cached` for an answer `{ data, meta }`: the meta gets the answer's marking. */
  const answer = <T, M extends Omit<AnalyticsMeta, 'marking'>>(
    endpoint: AnalyticsEndpoint,
    params: object,
    scope: Scope,
    meta: M,
    compute: () => Promise<T>,
  ) =>
    cached(endpoint, params, scope, async () => {
      const [data, marking] = await Promise.all([compute(), markingOf(endpoint, scope)]);
      return { data, meta: { ...meta, marking } };
    });

  const request = async (query: AnalyticsQuery = {}, now = new Date()): Promise<Request> => {
    const visibility = await getService(strapi, 'clearance').currentVisibility();
    const clearance: Classification | null = visibility
      ? visibility.levels[visibility.levels.length - 1]
      : null;
    const period = resolvePeriod(query, now);
    const filters = {
      tier: query.tier ?? null,
      type: query.type ?? null,
      domain: query.domain ?? null,
    };
    return {
      scope: { levels: visibility ? visibility.levels : null, visibility, ...filters },
      period,
      meta: {
        period: { from: period.from.toISOString(), to: period.to.toISOString() },
        filters,
        clearance,
      },
    };
  };

  return {
    /** The marking of an answer of `endpoint` for the caller (for answers without a `meta`). */
    async marking(endpoint: AnalyticsEndpoint) {
      const { scope } = await request();
      // Cached like the answers: it scans the same tables and changes with the same data.
      return cached(endpoint, { marking: true }, scope, () => markingOf(endpoint, scope));
    },

    /** The marking of every record of `uids` the caller may see. */
    async markingOfEverything(uids: readonly string[]) {
      const { scope } = await request();
      return getService(strapi, 'marking').ofAggregate(uids, scope);
    },

    /** Satisfaction, feedback and service figures, against the previous period, with monthly satisfaction. */
    async overview(
      query: AnalyticsQuery,
    ): Promise<{ data: GetOverview.Overview; meta: AnalyticsMeta }> {
      const { scope, period, meta } = await request(query);
      return answer('overview', query, scope, meta, async () =>
        createOverview(ctx())(scope, period, await targets()),
      );
    },

    /** Feedback categories covered by strategies, their gaps, and loss-reason gaps. */
    async coverage(
      query: AnalyticsQuery,
    ): Promise<{ data: GetCoverage.Coverage; meta: AnalyticsMeta }> {
      const { scope, period, meta } = await request(query);
      return answer('coverage', query, scope, meta, () => createCoverage(ctx())(scope, period));
    },

    /** Before/after figures of each strategy's target customers, with a window of `window` days. */
    async impact(
      query: GetImpact.Query,
    ): Promise<{ data: GetImpact.Impact; meta: GetImpact.Response['meta'] }> {
      const window = query.window ?? 180;
      const { scope, meta } = await request(query);
      return answer('impact', query, scope, { ...meta, window }, () =>
        createImpact(ctx())(scope, window),
      );
    },

    /**
     * The scorecard of one strategy.
     * @throws NotFoundError when the strategy does not exist or the caller may not see it.
     */
    async scorecard(documentId: string): Promise<Scorecard> {
      const { scope } = await request();
      return cached('scorecard', { documentId }, scope, async () => {
        const card = await createStrategies(ctx()).scorecard(scope, documentId);
        if (!card) throw new errors.NotFoundError('Strategy not found');
        return card;
      });
    },

    /** Strategies by dimension and status, integration, dimension coverage and every scorecard. */
    async portfolio(
      query: AnalyticsQuery,
    ): Promise<{ data: GetPortfolio.Portfolio; meta: AnalyticsMeta }> {
      const { scope, meta } = await request(query);
      return answer('portfolio', query, scope, meta, () =>
        createStrategies(ctx()).portfolio(scope),
      );
    },

    /** Competitors with threat, offerings, targeting strategies and head-to-head comparisons. */
    async competitors(
      query: AnalyticsQuery,
    ): Promise<{ data: GetCompetitors.Competitors; meta: AnalyticsMeta }> {
      const { scope, meta } = await request(query);
      return answer('competitors', query, scope, meta, () => createCompetitors(ctx())(scope));
    },

    /** Win rate, per-competitor record, reasons, monthly win rate and the open pipeline. */
    async winLoss(
      query: AnalyticsQuery,
    ): Promise<{ data: GetWinLoss.WinLoss; meta: AnalyticsMeta }> {
      const { scope, period, meta } = await request(query);
      return answer('winLoss', query, scope, meta, () => createWinLoss(ctx())(scope, period));
    },

    /** Completeness, stale records, duplicate candidates and health bands of the customers. */
    async dataQuality(
      query: AnalyticsQuery,
    ): Promise<{ data: GetDataQuality.DataQuality; meta: AnalyticsMeta }> {
      const { scope, meta } = await request(query);
      return answer('dataQuality', query, scope, meta, async () =>
        createDataQuality(ctx())(scope, await targets(), new Date()),
      );
    },

    /**
     * The health of one customer.
     * @throws NotFoundError when the customer does not exist or the caller may not see it.
     */
    async customerHealth(documentId: string): Promise<CustomerHealth> {
      const { scope } = await request();
      return cached('customerHealth', { documentId }, scope, async () => {
        const [row]: Row[] = await customerRows(ctx().knex, scope, documentId);
        if (!row) throw new errors.NotFoundError('Customer not found');
        const figures = await createHealth(ctx())(
          scope,
          [Number(row.id)],
          await targets(),
          new Date(),
        );
        const health = figures.get(Number(row.id));
        if (!health) throw new errors.NotFoundError('Customer not found');
        return {
          customer: {
            documentId: String(row.document_id),
            name: String(row.name ?? ''),
            code: (row.code ?? null) as string | null,
          },
          ...health,
        };
      });
    },

    /**
     * The customers of the latest interactions up to now, newest first, both visible to the
     * caller: newest interactions page by page until `limit` distinct customers are found. In SQL,
     * so that the interactions looked through are not audited as reads (only what is shown is).
     */
    async recentlyActiveCustomers(
      limit: number,
    ): Promise<Array<{ documentId: string; lastInteractionAt: string }>> {
      const { scope } = await request();
      const { knex, dialect } = ctx();
      const now = dialect.instant(new Date());
      const found = new Map<string, string>();
      for (let page = 0; page < RECENT_PAGES && found.size < limit; page += 1) {
        const rows: Row[] = await records(knex, scope, TABLES.interaction)
          .where('r.occurred_at', '<=', now)
          .select('c.document_id', 'r.occurred_at')
          .orderBy([
            { column: 'r.occurred_at', order: 'desc' },
            { column: 'r.id', order: 'desc' },
          ])
          .offset(page * RECENT_PAGE)
          .limit(RECENT_PAGE);
        for (const row of rows) {
          const documentId = String(row.document_id);
          const at = toDate(row.occurred_at);
          if (at && !found.has(documentId) && found.size < limit)
            found.set(documentId, at.toISOString());
        }
        if (rows.length < RECENT_PAGE) break;
      }
      return [...found].map(([documentId, lastInteractionAt]) => ({
        documentId,
        lastInteractionAt,
      }));
    },
  };
};

export type AnalyticsService = ReturnType<typeof createAnalyticsService>;

export default createAnalyticsService;
