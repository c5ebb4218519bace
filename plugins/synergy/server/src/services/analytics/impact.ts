import type { Knex } from 'knex';
import type {
  BeforeAfter,
  GetImpact,
  StrategyImpact,
} from '../../../../shared/contracts/analytics';
import { difference, ratio, toCount } from '../../domain/analytics';
import {
  TABLES,
  filterCustomer,
  records,
  restrict,
  strategies,
  toIsoDay,
  type AnalyticsContext,
  type RecordTable,
  type Row,
  type Scope,
} from './sql';
import { toStrategyRef } from './strategies';

const MS_PER_HOUR = 3_600_000;

/**
 * Impact (SPEC §4): for each visible strategy with a startDate and visible target customers,
 * figures of its targets in [start − W, start) and [start, start + W].
 */
export const createImpact = ({ knex, dialect }: AnalyticsContext) => {
  /** Records of the strategies' targets inside either window, tagged `before`/`after`, grouped by strategy and window. */
  const windows = (
    scope: Scope,
    def: RecordTable,
    dateColumn: string,
    window: number,
    columns: Knex.Raw[],
  ) => {
    const start = dialect.shiftedDate('s.start_date');
    return records(knex, scope, def)
      .join({ tcl: 'strategies_target_customers_lnk' }, 'tcl.customer_id', 'c.id')
      .join(
        strategies(knex, scope).select('s.id', 's.start_date').whereNotNull('s.start_date').as('s'),
        's.id',
        'tcl.strategy_id',
      )
      .whereRaw(`${dateColumn} >= ${start}`, [-window])
      .whereRaw(`${dateColumn} <= ${start}`, [window])
      .select(
        's.id as strategy_id',
        knex.raw(
          `CASE WHEN ${dateColumn} < ${start} THEN 'before' ELSE 'after' END AS bucket`,
          [0],
        ),
        ...columns,
      )
      .groupBy('s.id')
      .groupByRaw('2');
  };

  return async (scope: Scope, window: number): Promise<GetImpact.Impact> => {
    const [strategyRows, targetRows] = await Promise.all([
      strategies(knex, scope)
        .whereNotNull('s.start_date')
        .select('s.id', 's.document_id', 's.title', 's.dimension', 's.status', 's.start_date')
        .orderBy(['s.start_date', 's.id']) as Promise<Row[]>,
      strategies(knex, scope)
        .whereNotNull('s.start_date')
        .join({ tcl: 'strategies_target_customers_lnk' }, 'tcl.strategy_id', 's.id')
        .join({ c: 'customers' }, 'c.id', 'tcl.customer_id')
        .modify((qb) => {
          restrict(qb, 'c.classification', scope);
          filterCustomer(qb, scope);
        })
        .select('s.id as strategy_id', knex.raw('COUNT(DISTINCT c.id) AS targets'))
        .groupBy('s.id') as Promise<Row[]>,
    ]);
    const targets = new Map(
      targetRows.map((row) => [Number(row.strategy_id), toCount(row.targets)]),
    );
    const withTargets = strategyRows.filter((row) => (targets.get(Number(row.id)) ?? 0) > 0);
    if (withTargets.length === 0) return { window, strategies: [] };

    const [surveys, tickets, feedback] = await Promise.all([
      windows(scope, TABLES.survey, 'r.responded_at', window, [
        knex.raw('SUM(r.overall) AS total'),
        knex.raw('COUNT(r.overall) AS n'),
      ]) as Promise<Row[]>,
      windows(scope, TABLES.ticket, 'r.opened_at', window, [
        knex.raw(
          `SUM(CASE WHEN r.resolved_at IS NOT NULL THEN ${dialect.elapsedMs('r.opened_at', 'r.resolved_at')} ELSE 0 END) AS total`,
        ),
        knex.raw('COUNT(r.resolved_at) AS n'),
      ]) as Promise<Row[]>,
      windows(scope, TABLES.feedback, 'r.received_at', window, [
        knex.raw('COUNT(*) AS n'),
      ]) as Promise<Row[]>,
    ]);
    const find = (rows: Row[], id: number, bucket: string) =>
      rows.find((row) => Number(row.strategy_id) === id && row.bucket === bucket);
    const meanOf = (rows: Row[], id: number, bucket: string, scale = 1) => {
      const row = find(rows, id, bucket);
      const value = ratio(toCount(row?.total), toCount(row?.n));
      return value == null ? null : value / scale;
    };
    const beforeAfter = (before: number | null, after: number | null): BeforeAfter => ({
      before,
      after,
      change: difference(after, before),
    });

    return {
      window,
      strategies: withTargets.map((row): StrategyImpact => {
        const id = Number(row.id);
        const before = toCount(find(feedback, id, 'before')?.n);
        const after = toCount(find(feedback, id, 'after')?.n);
        return {
          strategy: toStrategyRef(row),
          startDate: toIsoDay(row.start_date) ?? '',
          targetCustomers: targets.get(id) ?? 0,
          satisfaction: beforeAfter(meanOf(surveys, id, 'before'), meanOf(surveys, id, 'after')),
          mttrHours: beforeAfter(
            meanOf(tickets, id, 'before', MS_PER_HOUR),
            meanOf(tickets, id, 'after', MS_PER_HOUR),
          ),
          feedback: { before, after, change: after - before },
        };
      }),
    };
  };
};
