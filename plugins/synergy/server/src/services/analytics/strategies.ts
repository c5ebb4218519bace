import type { Knex } from 'knex';
import type {
  Dimension,
  GetPortfolio,
  KpiAttainment,
  Scorecard,
  StrategyRef,
  StrategyStatus,
} from '../../../../shared/contracts/analytics';
import {
  defensibilityScore,
  depthScore,
  dimensionCoverage,
  efficiencyScore,
  integrationScore,
  kpiAttainment,
  mean,
  overallScore,
  returnOnInvestment,
  toCount,
  toNumber,
} from '../../domain/analytics';
import { STRATEGY_DIMENSIONS, STRATEGY_STATUSES } from '../../../../shared/enumerations';
import {
  componentRows,
  filterCustomer,
  restrict,
  strategies,
  type AnalyticsContext,
  type Row,
  type Scope,
} from './sql';

const INTEGRATING_STATUSES = ['approved', 'active'];

export const toStrategyRef = (row: Row): StrategyRef => ({
  documentId: String(row.document_id),
  title: String(row.title ?? ''),
  dimension: (row.dimension ?? null) as Dimension | null,
  status: (row.status ?? null) as StrategyStatus | null,
});

/** Strategy scorecards (SPEC §4) and the portfolio view. */
export const createStrategies = ({ knex }: AnalyticsContext) => {
  /** Ids among `ids` related (either direction) to a visible approved/active strategy of another dimension. */
  const integratedIds = async (scope: Scope, ids: number[]): Promise<Set<number>> => {
    if (ids.length === 0) return new Set();
    const direction = (own: string, other: string) => {
      const qb = knex({ l: 'strategies_related_strategies_lnk' })
        .join({ o: 'strategies' }, 'o.id', `l.${other}`)
        .join({ me: 'strategies' }, 'me.id', `l.${own}`)
        .whereIn(`l.${own}`, ids)
        .whereIn('o.status', INTEGRATING_STATUSES)
        .whereRaw('o.dimension <> me.dimension')
        .distinct(`l.${own} as id`);
      return restrict(qb, 'o.classification', scope);
    };
    const rows: Row[] = await direction('strategy_id', 'inv_strategy_id').union(
      direction('inv_strategy_id', 'strategy_id'),
    );
    return new Set(rows.map((row) => Number(row.id)));
  };

  /** Scorecards of the strategies selected by `select` (already restricted to what the caller may see). */
  const scorecardsOf = async (scope: Scope, select: Knex.QueryBuilder): Promise<Scorecard[]> => {
    const rows: Row[] = await select.select(
      's.id',
      's.document_id',
      's.title',
      's.dimension',
      's.status',
      's.investment',
      's.realized_benefit',
      's.imitability',
    );
    const ids = rows.map((row) => Number(row.id));
    if (ids.length === 0) return [];
    const [kpiRows, integrated] = await Promise.all([
      componentRows(knex, {
        parentTable: 'strategies',
        componentTable: 'components_crm_kpis',
        componentType: 'crm.kpi',
        field: 'kpis',
      })
        .whereIn('cmp.entity_id', ids)
        .select('k.name', 'k.unit', 'k.baseline', 'k.target', 'k.actual')
        .orderBy(['cmp.entity_id', 'cmp.order', 'cmp.id']) as Promise<Row[]>,
      integratedIds(scope, ids),
    ]);
    return rows.map((row): Scorecard => {
      const kpis: KpiAttainment[] = kpiRows
        .filter((kpi) => Number(kpi.parent_id) === Number(row.id))
        .map((kpi) => {
          const values = {
            baseline: toNumber(kpi.baseline),
            target: toNumber(kpi.target),
            actual: toNumber(kpi.actual),
          };
          return {
            name: (kpi.name ?? null) as string | null,
            unit: (kpi.unit ?? null) as string | null,
            ...values,
            attainment: kpiAttainment(values),
          };
        });
      const depth = depthScore(kpis);
      const integration = integrationScore(integrated.has(Number(row.id)));
      const defensibility = defensibilityScore(toNumber(row.imitability));
      const roi = returnOnInvestment(toNumber(row.investment), toNumber(row.realized_benefit));
      const efficiency = efficiencyScore(roi);
      return {
        strategy: toStrategyRef(row),
        depth,
        integration,
        defensibility,
        efficiency,
        roi,
        imitability: toNumber(row.imitability),
        investment: toNumber(row.investment),
        realizedBenefit: toNumber(row.realized_benefit),
        overall: overallScore([depth, integration, defensibility, efficiency]),
        kpis,
      };
    });
  };

  const portfolio = async (scope: Scope): Promise<GetPortfolio.Portfolio> => {
    const [matrixRows, cards, coverageRows] = await Promise.all([
      strategies(knex, scope)
        .select('s.dimension', 's.status', knex.raw('COUNT(*) AS n'))
        .groupBy('s.dimension', 's.status') as Promise<Row[]>,
      scorecardsOf(scope, strategies(knex, scope)),
      strategies(knex, scope)
        .where('s.status', 'active')
        .join({ tcl: 'strategies_target_customers_lnk' }, 'tcl.strategy_id', 's.id')
        .join({ c: 'customers' }, 'c.id', 'tcl.customer_id')
        .modify((qb) => {
          restrict(qb, 'c.classification', scope);
          filterCustomer(qb, scope);
        })
        .whereNotNull('s.dimension')
        .distinct('c.document_id', 'c.name', 'c.code', 's.dimension')
        .orderBy(['c.name', 'c.document_id', 's.dimension']) as Promise<Row[]>,
    ]);
    const matrix = Object.fromEntries(
      STRATEGY_DIMENSIONS.map((dimension) => [
        dimension,
        Object.fromEntries(
          STRATEGY_STATUSES.map((status) => [
            status,
            toCount(
              matrixRows.find((row) => row.dimension === dimension && row.status === status)?.n,
            ),
          ]),
        ),
      ]),
    ) as GetPortfolio.Portfolio['matrix'];
    const customers = new Map<string, GetPortfolio.Portfolio['customers'][number]>();
    for (const row of coverageRows) {
      const documentId = String(row.document_id);
      const entry = customers.get(documentId) ?? {
        documentId,
        name: String(row.name ?? ''),
        code: (row.code ?? null) as string | null,
        dimensions: [],
        coverage: 0,
      };
      entry.dimensions.push(row.dimension as Dimension);
      entry.coverage = dimensionCoverage(entry.dimensions.length);
      customers.set(documentId, entry);
    }
    const governed = cards.filter(
      (card) => card.strategy.status != null && INTEGRATING_STATUSES.includes(card.strategy.status),
    );
    const integration =
      governed.length === 0
        ? null
        : governed.filter((card) => card.integration === 100).length / governed.length;
    const list = [...customers.values()];
    return {
      matrix,
      total: matrixRows.reduce((sum, row) => sum + toCount(row.n), 0),
      integration,
      dimensionCoverage: mean(list.map((entry) => entry.coverage)),
      customers: list,
      scorecards: [...cards].sort(
        (a, b) =>
          (b.overall ?? -1) - (a.overall ?? -1) || a.strategy.title.localeCompare(b.strategy.title),
      ),
    };
  };

  return {
    /** The scorecard of one strategy, or null when it does not exist or the caller may not see it. */
    async scorecard(scope: Scope, documentId: string): Promise<Scorecard | null> {
      const [card] = await scorecardsOf(
        scope,
        strategies(knex, scope).where('s.document_id', documentId),
      );
      return card ?? null;
    },
    portfolio,
  };
};
