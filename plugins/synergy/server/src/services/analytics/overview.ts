import type {
  FeedbackCategory,
  FeedbackFigures,
  OverviewFigures,
  PrioritySlaFigures,
  SatisfactionFigures,
  SatisfactionMonth,
  ServiceFigures,
  Severity,
  SlaFigures,
  GetOverview,
} from '../../../../shared/contracts/analytics';
import {
  PRIORITIES,
  difference,
  monthsOf,
  netPromoterScore,
  previousPeriod,
  ratio,
  toCount,
  toNumber,
  type Period,
  type SlaTargets,
} from '../../domain/analytics';
import {
  TABLES,
  between,
  records,
  targetMsCase,
  type AnalyticsContext,
  type Row,
  type Scope,
} from './sql';

const SEVERITIES: Severity[] = ['low', 'medium', 'high', 'critical'];
const CATEGORIES: FeedbackCategory[] = [
  'performance',
  'quality',
  'reliability',
  'delivery',
  'service',
  'training',
  'price',
  'technology',
  'other',
];
const MS_PER_HOUR = 3_600_000;

const iso = (period: Period) => ({ from: period.from.toISOString(), to: period.to.toISOString() });

/** The satisfaction, feedback and service figures of SPEC §4 for one period. */
const createOverviewFigures = ({ knex, dialect }: AnalyticsContext) => {
  const satisfactionColumns = [
    knex.raw('COUNT(*) AS responses'),
    knex.raw('SUM(r.overall) AS overall_sum'),
    knex.raw('COUNT(r.overall) AS overall_count'),
    knex.raw('SUM(CASE WHEN r.recommend >= 9 THEN 1 ELSE 0 END) AS promoters'),
    knex.raw('SUM(CASE WHEN r.recommend <= 6 THEN 1 ELSE 0 END) AS detractors'),
    knex.raw('COUNT(r.recommend) AS answered'),
  ];

  const toSatisfaction = (row: Row | undefined): SatisfactionFigures => ({
    responses: toCount(row?.responses),
    mean: ratio(toCount(row?.overall_sum), toCount(row?.overall_count)),
    nps: netPromoterScore({
      promoters: toCount(row?.promoters),
      detractors: toCount(row?.detractors),
      answered: toCount(row?.answered),
    }),
  });

  const surveysIn = (scope: Scope, period: Period) =>
    between(records(knex, scope, TABLES.survey), 'r.responded_at', dialect, period.from, period.to);

  const satisfaction = async (scope: Scope, period: Period): Promise<SatisfactionFigures> =>
    toSatisfaction(await surveysIn(scope, period).first(satisfactionColumns));

  const satisfactionByMonth = async (
    scope: Scope,
    period: Period,
  ): Promise<SatisfactionMonth[]> => {
    const month = dialect.month('r.responded_at', 'datetime');
    const rows: Row[] = await surveysIn(scope, period)
      .select(knex.raw(`${month} AS month`), ...satisfactionColumns)
      .groupByRaw(month);
    const byMonth = new Map(rows.map((row) => [String(row.month), row]));
    return monthsOf(period).map((name) => {
      const { responses, mean, nps } = toSatisfaction(byMonth.get(name));
      return { month: name, responses, mean, nps };
    });
  };

  const feedback = async (scope: Scope, period: Period): Promise<FeedbackFigures> => {
    const received = () =>
      between(
        records(knex, scope, TABLES.feedback),
        'r.received_at',
        dialect,
        period.from,
        period.to,
      );
    const [totals, bySeverity, byCategory, median] = await Promise.all([
      received().first(
        knex.raw('COUNT(*) AS total'),
        knex.raw("SUM(CASE WHEN r.status IN ('resolved', 'closed') THEN 1 ELSE 0 END) AS closed"),
      ) as Promise<Row | undefined>,
      received()
        .whereNotNull('r.severity')
        .select('r.severity as key', knex.raw('COUNT(*) AS n'))
        .groupBy('r.severity') as Promise<Row[]>,
      received()
        .whereNotNull('r.category')
        .select('r.category as key', knex.raw('COUNT(*) AS n'))
        .groupBy('r.category') as Promise<Row[]>,
      dialect
        .median(
          knex,
          received()
            .whereNotNull('r.responded_at')
            .select(knex.raw(`${dialect.elapsedMs('r.received_at', 'r.responded_at')} AS x`)),
        )
        .first() as Promise<Row | undefined>,
    ]);
    const counts = <K extends string>(keys: K[], rows: Row[]) =>
      Object.fromEntries(
        keys.map((key) => [key, toCount(rows.find((row) => row.key === key)?.n)]),
      ) as Record<K, number>;
    const medianMs = toNumber(median?.median);
    const total = toCount(totals?.total);
    return {
      total,
      bySeverity: counts(SEVERITIES, bySeverity),
      byCategory: counts(CATEGORIES, byCategory),
      closureRate: ratio(toCount(totals?.closed), total),
      medianFirstResponseHours: medianMs == null ? null : medianMs / MS_PER_HOUR,
    };
  };

  const toSla = (row: Row | undefined): SlaFigures => {
    const acknowledged = toCount(row?.acknowledged_with_target);
    const resolvedWithTarget = toCount(row?.resolved_with_target);
    const resolved = toCount(row?.resolved);
    const mttrMs = ratio(toCount(row?.resolve_ms), resolved);
    return {
      tickets: toCount(row?.tickets),
      acknowledged: toCount(row?.acknowledged),
      resolved,
      responseCompliance: ratio(toCount(row?.acknowledged_in_time), acknowledged),
      resolveCompliance: ratio(toCount(row?.resolved_in_time), resolvedWithTarget),
      mttrHours: mttrMs == null ? null : mttrMs / MS_PER_HOUR,
    };
  };

  const service = async (
    scope: Scope,
    period: Period,
    targets: SlaTargets,
  ): Promise<ServiceFigures> => {
    const response = targetMsCase(targets, 'responseHours');
    const resolve = targetMsCase(targets, 'resolveHours');
    const ackMs = dialect.elapsedMs('r.opened_at', 'r.acknowledged_at');
    const resolveMs = dialect.elapsedMs('r.opened_at', 'r.resolved_at');
    const columns = [
      knex.raw('COUNT(*) AS tickets'),
      knex.raw('COUNT(r.acknowledged_at) AS acknowledged'),
      knex.raw('COUNT(r.resolved_at) AS resolved'),
      knex.raw(
        'SUM(CASE WHEN r.acknowledged_at IS NOT NULL AND r.priority IS NOT NULL THEN 1 ELSE 0 END) AS acknowledged_with_target',
      ),
      knex.raw(
        'SUM(CASE WHEN r.resolved_at IS NOT NULL AND r.priority IS NOT NULL THEN 1 ELSE 0 END) AS resolved_with_target',
      ),
      knex.raw(
        `SUM(CASE WHEN r.acknowledged_at IS NOT NULL AND ${ackMs} <= ${response} THEN 1 ELSE 0 END) AS acknowledged_in_time`,
      ),
      knex.raw(
        `SUM(CASE WHEN r.resolved_at IS NOT NULL AND ${resolveMs} <= ${resolve} THEN 1 ELSE 0 END) AS resolved_in_time`,
      ),
      knex.raw(
        `SUM(CASE WHEN r.resolved_at IS NOT NULL THEN ${resolveMs} ELSE 0 END) AS resolve_ms`,
      ),
    ];
    const opened = () =>
      between(records(knex, scope, TABLES.ticket), 'r.opened_at', dialect, period.from, period.to);
    const [overall, rows] = await Promise.all([
      opened().first(columns) as Promise<Row | undefined>,
      opened()
        .select('r.priority as priority', ...columns)
        .groupBy('r.priority') as Promise<Row[]>,
    ]);
    const byPriority = Object.fromEntries(
      PRIORITIES.map((priority): [string, PrioritySlaFigures] => [
        priority,
        { ...toSla(rows.find((row) => row.priority === priority)), target: targets[priority] },
      ]),
    ) as ServiceFigures['byPriority'];
    return { ...toSla(overall), byPriority };
  };

  return {
    async figures(scope: Scope, period: Period, targets: SlaTargets): Promise<OverviewFigures> {
      const [sat, fb, svc] = await Promise.all([
        satisfaction(scope, period),
        feedback(scope, period),
        service(scope, period, targets),
      ]);
      return { period: iso(period), satisfaction: sat, feedback: fb, service: svc };
    },
    satisfactionByMonth,
  };
};

/** The overview: current and previous period, their change, and satisfaction by month. */
export const createOverview = (context: AnalyticsContext) => {
  const figures = createOverviewFigures(context);
  return async (
    scope: Scope,
    period: Period,
    targets: SlaTargets,
  ): Promise<GetOverview.Overview> => {
    const [current, previous, series] = await Promise.all([
      figures.figures(scope, period, targets),
      figures.figures(scope, previousPeriod(period), targets),
      figures.satisfactionByMonth(scope, period),
    ]);
    return {
      current,
      previous,
      change: {
        mean: difference(current.satisfaction.mean, previous.satisfaction.mean),
        nps: difference(current.satisfaction.nps, previous.satisfaction.nps),
        closureRate: difference(current.feedback.closureRate, previous.feedback.closureRate),
        medianFirstResponseHours: difference(
          current.feedback.medianFirstResponseHours,
          previous.feedback.medianFirstResponseHours,
        ),
        responseCompliance: difference(
          current.service.responseCompliance,
          previous.service.responseCompliance,
        ),
        resolveCompliance: difference(
          current.service.resolveCompliance,
          previous.service.resolveCompliance,
        ),
        mttrHours: difference(current.service.mttrHours, previous.service.mttrHours),
        feedback: current.feedback.total - previous.feedback.total,
        tickets: current.service.tickets - previous.service.tickets,
      },
      series,
    };
  };
};
