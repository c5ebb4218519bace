import type { Knex } from 'knex';
import type {
  CoverageCategory,
  CoverageGap,
  FeedbackCategory,
  GetCoverage,
  LossReasonGap,
  StrategyRef,
} from '../../../../shared/contracts/analytics';
import {
  REASON_DIMENSION,
  gapPriority,
  isoDay,
  ratio,
  toCount,
  type Period,
} from '../../domain/analytics';
import {
  TABLES,
  between,
  componentRows,
  records,
  restrict,
  strategies,
  type AnalyticsContext,
  type Row,
  type Scope,
} from './sql';

const ANSWERING_STATUSES = ['approved', 'active', 'completed'];
const GAP_STATUSES = ['approved', 'active'];

/** Coverage of feedback categories by strategies, its gaps, and loss-reason gaps (SPEC §4). */
export const createCoverage = ({ knex, dialect }: AnalyticsContext) => {
  const feedbackIn = (scope: Scope, period: Period) =>
    between(
      records(knex, scope, TABLES.feedback),
      'r.received_at',
      dialect,
      period.from,
      period.to,
    );

  /** Ids of feedback linked to a visible approved/active/completed strategy: a sub-query. */
  const answeredFeedback = (scope: Scope): Knex.QueryBuilder => {
    const qb = knex({ sf: 'strategies_feedbacks_lnk' })
      .join({ s: 'strategies' }, 's.id', 'sf.strategy_id')
      .whereIn('s.status', ANSWERING_STATUSES)
      .select('sf.feedback_id');
    return restrict(qb, 's.classification', scope);
  };

  const categories = async (scope: Scope, period: Period) => {
    const [rows, strategyRows] = await Promise.all([
      feedbackIn(scope, period)
        .whereNotNull('r.category')
        .select(
          'r.category as category',
          knex.raw('COUNT(*) AS volume'),
          knex.raw('SUM(r.satisfaction) AS satisfaction_sum'),
          knex.raw('COUNT(r.satisfaction) AS satisfaction_count'),
          knex.raw('SUM(CASE WHEN r.id IN ? THEN 1 ELSE 0 END) AS linked', [
            answeredFeedback(scope),
          ]),
        )
        .groupBy('r.category') as Promise<Row[]>,
      feedbackIn(scope, period)
        .join({ sf: 'strategies_feedbacks_lnk' }, 'sf.feedback_id', 'r.id')
        .join({ s: 'strategies' }, 's.id', 'sf.strategy_id')
        .whereIn('s.status', ANSWERING_STATUSES)
        .modify((qb) => restrict(qb, 's.classification', scope))
        .distinct('r.category as category', 's.document_id', 's.title', 's.dimension', 's.status')
        .orderBy(['r.category', 's.title', 's.document_id']) as Promise<Row[]>,
    ]);
    return rows.map((row): CoverageCategory => ({
      category: row.category as FeedbackCategory,
      volume: toCount(row.volume),
      mean: ratio(toCount(row.satisfaction_sum), toCount(row.satisfaction_count)),
      linked: toCount(row.linked),
      strategies: strategyRows
        .filter((s) => s.category === row.category)
        .map((s): StrategyRef => ({
          documentId: String(s.document_id),
          title: String(s.title ?? ''),
          dimension: (s.dimension ?? null) as StrategyRef['dimension'],
          status: (s.status ?? null) as StrategyRef['status'],
        })),
    }));
  };

  const linkedShare = async (scope: Scope, period: Period) => {
    const row: Row | undefined = await feedbackIn(scope, period).first(
      knex.raw('COUNT(*) AS total'),
      knex.raw('SUM(CASE WHEN r.id IN ? THEN 1 ELSE 0 END) AS linked', [answeredFeedback(scope)]),
    );
    return ratio(toCount(row?.linked), toCount(row?.total));
  };

  const lossReasonGaps = async (scope: Scope, period: Period): Promise<LossReasonGap[]> => {
    const reasons = componentRows(knex, {
      parentTable: 'opportunities',
      componentTable: 'components_crm_reasons',
      componentType: 'crm.reason',
      field: 'reasons',
    }).select('k.category as category');
    const [lossRows, dimensionRows] = await Promise.all([
      records(knex, scope, TABLES.opportunity)
        .where('r.stage', 'lost')
        .where('r.closed_at', '>=', isoDay(period.from))
        .where('r.closed_at', '<=', isoDay(period.to))
        .join(reasons.as('reason'), 'reason.parent_id', 'r.id')
        .whereNotNull('reason.category')
        .select('reason.category as category', knex.raw('COUNT(*) AS losses'))
        .groupBy('reason.category') as Promise<Row[]>,
      strategies(knex, scope)
        .whereIn('s.status', GAP_STATUSES)
        .distinct('s.dimension as dimension') as Promise<Row[]>,
    ]);
    const answered = new Set(dimensionRows.map((row) => row.dimension));
    return lossRows
      .map((row) => ({ category: String(row.category), losses: toCount(row.losses) }))
      .filter(
        ({ category }) => REASON_DIMENSION[category] && !answered.has(REASON_DIMENSION[category]),
      )
      .map(({ category, losses }) => ({
        category: category as LossReasonGap['category'],
        dimension: REASON_DIMENSION[category],
        losses,
      }))
      .sort((a, b) => b.losses - a.losses || a.category.localeCompare(b.category));
  };

  return async (scope: Scope, period: Period): Promise<GetCoverage.Coverage> => {
    const [rows, share, lossGaps] = await Promise.all([
      categories(scope, period),
      linkedShare(scope, period),
      lossReasonGaps(scope, period),
    ]);
    const sorted = [...rows].sort(
      (a, b) => b.volume - a.volume || a.category.localeCompare(b.category),
    );
    const gaps = sorted
      .filter((row) => row.strategies.length === 0)
      .map((row): CoverageGap => ({
        category: row.category,
        volume: row.volume,
        mean: row.mean,
        priority: gapPriority(row.volume, row.mean),
      }))
      .sort((a, b) => b.priority - a.priority || a.category.localeCompare(b.category));
    return { categories: sorted, feedbackLinkedShare: share, gaps, lossReasonGaps: lossGaps };
  };
};
