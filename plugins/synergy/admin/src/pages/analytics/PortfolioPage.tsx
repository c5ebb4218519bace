import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { Scorecard, StrategyStatus } from '../../../../shared/contracts/analytics';
import { AnalyticsPage } from '../../components/analytics/AnalyticsPage';
import { BarsChart, ScatterMap } from '../../components/analytics/Charts';
import { CardRow, CardCell, TableCard } from '../../components/analytics/CardGrid';
import { ChartCard } from '../../components/analytics/ChartCard';
import { KpiCard } from '../../components/analytics/KpiCard';
import { recordColumn } from '../../components/analytics/RecordsLink';
import { useChartTheme } from '../../components/analytics/chart-theme';
import { enumLabel, formatFigure } from '../../components/analytics/format';
import {
  contentManagerListUrl,
  editViewUrl,
  scopeConditions,
  SCOPES,
  UID,
} from '../../components/analytics/links';
import { useAnalyticsView } from '../../hooks/useAnalyticsView';
import { getTranslation } from '../../utils/getTranslation';
import { STRATEGY_DIMENSIONS, STRATEGY_STATUSES } from '../../../../shared/enumerations';

const PortfolioPage = () => {
  const intl = useIntl();
  const t = (id: string, defaultMessage: string) =>
    intl.formatMessage({ id: getTranslation(id), defaultMessage });
  const theme = useChartTheme();
  const { filters, data, pageProps } = useAnalyticsView('portfolio');
  const strategyUrl = (dimension?: string, status?: string) =>
    contentManagerListUrl(UID.strategy, [
      ...scopeConditions(SCOPES.strategy, filters),
      ...(dimension ? [{ path: ['dimension'], operator: '$eq' as const, value: dimension }] : []),
      ...(status ? [{ path: ['status'], operator: '$eq' as const, value: status }] : []),
    ]);
  const statusColour: Record<StrategyStatus, string> = {
    draft: theme.neutral,
    in_review: theme.warning,
    approved: theme.secondary,
    active: theme.primary,
    completed: theme.success,
    retired: theme.grid,
  };
  const matrix = data
    ? STRATEGY_DIMENSIONS.map((dimension) => ({
        dimension,
        label: enumLabel(intl, dimension),
        ...data.matrix[dimension],
      }))
    : [];
  // Imitability against investment: what is costly and easy to copy stands out top right.
  const points = (data?.scorecards ?? []).flatMap((card) =>
    card.imitability === null || card.investment === null
      ? []
      : [
          {
            name: card.strategy.title,
            x: card.imitability,
            y: card.investment,
            z: card.overall ?? 0,
            colour:
              theme.series[STRATEGY_DIMENSIONS.indexOf(card.strategy.dimension ?? 'product')] ??
              theme.primary,
            href: editViewUrl(UID.strategy, card.strategy.documentId),
          },
        ],
  );

  return (
    <AnalyticsPage
      title={t('analytics.portfolio.title', 'Portfolio')}
      subtitle={t(
        'analytics.portfolio.subtitle',
        'Strategies by dimension and status, their scorecards, and how easily they are copied',
      )}
      {...pageProps}
      isEmpty={data?.total === 0}
      emptyMessage={t('analytics.portfolio.empty', 'No strategy matches these filters.')}
    >
      {data ? (
        <>
          <CardRow>
            <CardCell col={4}>
              <KpiCard
                title={t('analytics.kpi.strategies', 'Strategies')}
                value={data.total}
                kind="count"
                href={strategyUrl()}
              />
            </CardCell>
            <CardCell col={4}>
              <KpiCard
                title={t('analytics.kpi.integration', 'Integrated strategies')}
                value={data.integration}
                kind="rate"
                hint={t(
                  'analytics.portfolio.integration.hint',
                  'Approved or active strategies linked to an approved or active strategy of another dimension',
                )}
                href={contentManagerListUrl(UID.strategy, [
                  ...scopeConditions(SCOPES.strategy, filters),
                  { path: ['status'], operator: '$in', value: ['approved', 'active'] },
                ])}
              />
            </CardCell>
            <CardCell col={4}>
              <KpiCard
                title={t('analytics.kpi.dimensionCoverage', 'Dimension coverage')}
                value={data.dimensionCoverage}
                kind="rate"
                hint={t(
                  'analytics.portfolio.coverage.hint',
                  'Mean share of the four dimensions among the active strategies targeting a customer',
                )}
              />
            </CardCell>
          </CardRow>

          <CardRow>
            <CardCell col={6}>
              <ChartCard title={t('analytics.portfolio.matrix', 'Dimension × status')}>
                <BarsChart
                  label={t('analytics.portfolio.matrix', 'Dimension × status')}
                  data={matrix}
                  categoryKey="label"
                  height={300}
                  series={STRATEGY_STATUSES.map((status) => ({
                    key: status,
                    label: enumLabel(intl, status),
                    colour: statusColour[status],
                    stackId: 'status',
                  }))}
                  hrefOf={(row, status) => strategyUrl(row.dimension, status)}
                />
              </ChartCard>
            </CardCell>
            <CardCell col={6}>
              <ChartCard
                title={t('analytics.portfolio.imitability', 'Imitability against investment')}
                subtitle={t(
                  'analytics.portfolio.imitability.hint',
                  '5 = easily copied; the bubble grows with the overall score. Top right: a large investment that is easy to copy. Click a point to open the strategy.',
                )}
                isEmpty={points.length === 0}
              >
                <ScatterMap
                  label={t('analytics.portfolio.imitability', 'Imitability against investment')}
                  points={points}
                  xLabel={t('analytics.column.imitability', 'Imitability (1–5)')}
                  yLabel={t('analytics.column.investment', 'Investment (10k CNY)')}
                  zLabel={t('analytics.column.overall', 'Overall')}
                  xDomain={[1, 5]}
                  // An amount in 10k CNY: plain numbers on the axis, "× 10k CNY" in the tooltip.
                  yKind="money"
                />
              </ChartCard>
            </CardCell>
          </CardRow>

          <TableCard<Scorecard>
            title={t('analytics.portfolio.scorecards', 'Scorecards')}
            subtitle={t(
              'analytics.portfolio.scorecards.hint',
              'Depth = KPI attainment; integration across dimensions; defensibility = hard to copy; efficiency from ROI. Each 0–100.',
            )}
            isEmpty={data.scorecards.length === 0}
            rows={data.scorecards}
            rowKey={(row) => row.strategy.documentId}
            columns={[
              recordColumn(
                'strategy',
                t('analytics.column.strategy', 'Strategy'),
                UID.strategy,
                (row) => ({ documentId: row.strategy.documentId, name: row.strategy.title }),
              ),
              {
                key: 'dimension',
                header: t('analytics.column.dimension', 'Dimension'),
                render: (row) => enumLabel(intl, row.strategy.dimension),
              },
              {
                key: 'status',
                header: t('analytics.column.status', 'Status'),
                render: (row) => enumLabel(intl, row.strategy.status),
              },
              {
                key: 'depth',
                header: t('analytics.column.depth', 'Depth'),
                render: (row) => formatFigure(intl, row.depth, 'score'),
              },
              {
                key: 'integration',
                header: t('analytics.column.integration', 'Integration'),
                render: (row) => formatFigure(intl, row.integration, 'score'),
              },
              {
                key: 'defensibility',
                header: t('analytics.column.defensibility', 'Defensibility'),
                render: (row) => formatFigure(intl, row.defensibility, 'score'),
              },
              {
                key: 'efficiency',
                header: t('analytics.column.efficiency', 'Efficiency'),
                render: (row) => formatFigure(intl, row.efficiency, 'score'),
              },
              {
                key: 'roi',
                header: t('analytics.column.roi', 'ROI'),
                render: (row) => formatFigure(intl, row.roi, 'ratio'),
              },
              {
                key: 'overall',
                header: t('analytics.column.overall', 'Overall'),
                render: (row) => (
                  <Typography fontWeight="bold">
                    {formatFigure(intl, row.overall, 'score')}
                  </Typography>
                ),
              },
            ]}
          />
        </>
      ) : null}
    </AnalyticsPage>
  );
};

export default PortfolioPage;
