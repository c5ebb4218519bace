import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type {
  CoverageCategory,
  CoverageGap,
  LossReasonGap,
  StrategyRef,
} from '../../../../shared/contracts/analytics';
import { AnalyticsPage } from '../../components/analytics/AnalyticsPage';
import { BarsChart } from '../../components/analytics/Charts';
import { CardRow, CardCell, TableCard } from '../../components/analytics/CardGrid';
import { ChartCard } from '../../components/analytics/ChartCard';
import { DataTable } from '../../components/analytics/DataTable';
import { KpiCard } from '../../components/analytics/KpiCard';
import { RecordsLink } from '../../components/analytics/RecordsLink';
import { useChartTheme } from '../../components/analytics/chart-theme';
import { enumLabel, formatFigure } from '../../components/analytics/format';
import {
  editViewUrl,
  recordsUrl,
  SCOPES,
  UID,
  type Condition,
} from '../../components/analytics/links';
import { useAnalyticsView } from '../../hooks/useAnalyticsView';
import { getTranslation } from '../../utils/getTranslation';

const StrategyLinks = ({ strategies }: { strategies: StrategyRef[] }) => {
  const intl = useIntl();
  if (strategies.length === 0)
    return <Typography textColor="neutral500">{formatFigure(intl, null, 'count')}</Typography>;
  return (
    <Flex gap={2} wrap="wrap">
      {strategies.map((strategy) => (
        <RecordsLink key={strategy.documentId} to={editViewUrl(UID.strategy, strategy.documentId)}>
          {strategy.title}
        </RecordsLink>
      ))}
    </Flex>
  );
};

const CoveragePage = () => {
  const intl = useIntl();
  const t = (id: string, defaultMessage: string) =>
    intl.formatMessage({ id: getTranslation(id), defaultMessage });
  const theme = useChartTheme();
  const { filters, data, meta, pageProps } = useAnalyticsView('coverage');
  const period = meta?.period;
  const feedbackUrl = (extra: Condition[] = []) =>
    recordsUrl(UID.feedback, SCOPES.feedback, filters, period, extra);
  const byCategory = (category: string): Condition[] => [
    { path: ['category'], operator: '$eq', value: category },
  ];
  const lostUrl = (category: string) =>
    recordsUrl(UID.opportunity, SCOPES.opportunity, filters, period, [
      { path: ['stage'], operator: '$eq', value: 'lost' },
      { path: ['reasons', 'category'], operator: '$eq', value: category },
    ]);
  const categories = (data?.categories ?? []).map((row) => ({
    ...row,
    label: enumLabel(intl, row.category),
    unlinked: row.volume - row.linked,
  }));

  return (
    <AnalyticsPage
      title={t('analytics.coverage.title', 'Coverage')}
      subtitle={t(
        'analytics.coverage.subtitle',
        'Which customer needs, voiced as feedback, the differentiation strategies answer',
      )}
      {...pageProps}
      isEmpty={Boolean(data && data.categories.length === 0 && data.lossReasonGaps.length === 0)}
    >
      {data ? (
        <>
          <CardRow>
            <CardCell col={4}>
              <KpiCard
                title={t('analytics.kpi.feedbackLinkedShare', 'Feedback answered by a strategy')}
                value={data.feedbackLinkedShare}
                kind="rate"
                href={feedbackUrl([
                  {
                    path: ['strategies', 'status'],
                    operator: '$in',
                    value: ['approved', 'active', 'completed'],
                  },
                ])}
                hint={t(
                  'analytics.coverage.linkedShare.hint',
                  'Linked to at least one approved, active or completed strategy',
                )}
              />
            </CardCell>
            <CardCell col={4}>
              <KpiCard
                title={t('analytics.kpi.gaps', 'Categories without a strategy')}
                value={data.gaps.length}
                kind="count"
              />
            </CardCell>
            <CardCell col={4}>
              <KpiCard
                title={t('analytics.kpi.lossReasonGaps', 'Loss reasons without a strategy')}
                value={data.lossReasonGaps.length}
                kind="count"
              />
            </CardCell>
          </CardRow>

          <ChartCard
            title={t(
              'analytics.coverage.categories',
              'Feedback categories: linked and not linked to a strategy',
            )}
            isEmpty={categories.length === 0}
          >
            <BarsChart
              label={t(
                'analytics.coverage.categories',
                'Feedback categories: linked and not linked to a strategy',
              )}
              data={categories}
              categoryKey="label"
              layout="vertical"
              height={Math.max(200, categories.length * 40)}
              series={[
                {
                  key: 'linked',
                  label: t('analytics.column.linked', 'Linked'),
                  colour: theme.success,
                  stackId: 'volume',
                },
                {
                  key: 'unlinked',
                  label: t('analytics.column.unlinked', 'Not linked'),
                  colour: theme.warning,
                  stackId: 'volume',
                },
              ]}
              hrefOf={(row) => feedbackUrl(byCategory(row.category))}
            />
            <DataTable<CoverageCategory & { label: string }>
              label={t(
                'analytics.coverage.categories',
                'Feedback categories: linked and not linked to a strategy',
              )}
              rows={categories}
              rowKey={(row) => row.category}
              columns={[
                {
                  key: 'category',
                  header: t('analytics.column.category', 'Category'),
                  render: (row) => row.label,
                },
                {
                  key: 'volume',
                  header: t('analytics.column.volume', 'Volume'),
                  render: (row) => (
                    <RecordsLink to={feedbackUrl(byCategory(row.category))}>
                      {formatFigure(intl, row.volume, 'count')}
                    </RecordsLink>
                  ),
                },
                {
                  key: 'mean',
                  header: t('analytics.column.satisfaction', 'Mean satisfaction (1–5)'),
                  render: (row) => formatFigure(intl, row.mean, 'mean'),
                },
                {
                  key: 'linked',
                  header: t('analytics.column.linked', 'Linked'),
                  render: (row) => formatFigure(intl, row.linked, 'count'),
                },
                {
                  key: 'strategies',
                  header: t('analytics.column.strategies', 'Strategies'),
                  render: (row) => <StrategyLinks strategies={row.strategies} />,
                },
              ]}
            />
          </ChartCard>

          <CardRow>
            <CardCell col={7}>
              <TableCard<CoverageGap>
                title={t('analytics.coverage.gaps', 'Gaps, most urgent first')}
                subtitle={t(
                  'analytics.coverage.gaps.hint',
                  'Categories with feedback and no strategy; urgency = volume × (5 − mean satisfaction)',
                )}
                isEmpty={data.gaps.length === 0}
                emptyMessage={t(
                  'analytics.coverage.gaps.none',
                  'Every category with feedback is answered by a strategy.',
                )}
                rows={data.gaps}
                rowKey={(row) => row.category}
                columns={[
                  {
                    key: 'category',
                    header: t('analytics.column.category', 'Category'),
                    render: (row) => enumLabel(intl, row.category),
                  },
                  {
                    key: 'volume',
                    header: t('analytics.column.volume', 'Volume'),
                    render: (row) => (
                      <RecordsLink to={feedbackUrl(byCategory(row.category))}>
                        {formatFigure(intl, row.volume, 'count')}
                      </RecordsLink>
                    ),
                  },
                  {
                    key: 'mean',
                    header: t('analytics.column.satisfaction', 'Mean satisfaction (1–5)'),
                    render: (row) => formatFigure(intl, row.mean, 'mean'),
                  },
                  {
                    key: 'priority',
                    header: t('analytics.column.urgency', 'Urgency'),
                    render: (row) => formatFigure(intl, row.priority, 'mean'),
                  },
                ]}
              />
            </CardCell>
            <CardCell col={5}>
              <TableCard<LossReasonGap>
                title={t('analytics.coverage.lossReasons', 'Loss reasons no strategy answers')}
                isEmpty={data.lossReasonGaps.length === 0}
                emptyMessage={t(
                  'analytics.coverage.lossReasons.none',
                  'Every loss reason of the period is answered by a strategy of its dimension.',
                )}
                rows={data.lossReasonGaps}
                rowKey={(row) => row.category}
                columns={[
                  {
                    key: 'category',
                    header: t('analytics.column.reason', 'Reason'),
                    render: (row) => enumLabel(intl, row.category),
                  },
                  {
                    key: 'dimension',
                    header: t('analytics.column.dimension', 'Dimension'),
                    render: (row) => enumLabel(intl, row.dimension),
                  },
                  {
                    key: 'losses',
                    header: t('analytics.column.losses', 'Losses'),
                    render: (row) => (
                      <RecordsLink to={lostUrl(row.category)}>
                        {formatFigure(intl, row.losses, 'count')}
                      </RecordsLink>
                    ),
                  },
                ]}
              />
            </CardCell>
          </CardRow>
        </>
      ) : null}
    </AnalyticsPage>
  );
};

export default CoveragePage;
