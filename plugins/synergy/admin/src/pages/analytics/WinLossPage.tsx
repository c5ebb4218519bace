import { useIntl } from 'react-intl';
import type { CompetitorRecord, ReasonCategory } from '../../../../shared/contracts/analytics';
import { AnalyticsPage } from '../../components/analytics/AnalyticsPage';
import { BarsChart, TrendChart } from '../../components/analytics/Charts';
import { CardRow, CardCell, KpiRow } from '../../components/analytics/CardGrid';
import { ChartCard } from '../../components/analytics/ChartCard';
import { DataTable } from '../../components/analytics/DataTable';
import { StatedReasons } from '../../components/analytics/StatedReasons';
import { recordColumn, RecordsLink } from '../../components/analytics/RecordsLink';
import { useChartTheme } from '../../components/analytics/chart-theme';
import { enumLabel, formatFigure, formatMonth } from '../../components/analytics/format';
import {
  contentManagerListUrl,
  recordsUrl,
  scopeConditions,
  SCOPES,
  UID,
  type Condition,
} from '../../components/analytics/links';
import { useAnalyticsView } from '../../hooks/useAnalyticsView';
import { getTranslation } from '../../utils/getTranslation';
import { OPEN_OPPORTUNITY_STAGES } from '../../../../shared/enumerations';

const stageIs = (stage: string | string[]): Condition =>
  Array.isArray(stage)
    ? { path: ['stage'], operator: '$in', value: stage }
    : { path: ['stage'], operator: '$eq', value: stage };

const monthPeriod = (month: string) => {
  const [year, monthNumber] = month.split('-').map(Number);
  return {
    from: new Date(Date.UTC(year, monthNumber - 1, 1)).toISOString(),
    to: new Date(Date.UTC(year, monthNumber, 1) - 1).toISOString(),
  };
};

const WinLossPage = () => {
  const intl = useIntl();
  const t = (id: string, defaultMessage: string) =>
    intl.formatMessage({ id: getTranslation(id), defaultMessage });
  const theme = useChartTheme();
  const { filters, data, meta, pageProps } = useAnalyticsView('win-loss');
  const period = meta?.period;
  const closedUrl = (extra: Condition[]) =>
    recordsUrl(UID.opportunity, SCOPES.opportunity, filters, period, extra);
  const openUrl = (extra: Condition[]) =>
    recordsUrl(UID.opportunity, SCOPES.openOpportunity, filters, undefined, extra);
  // Interviews belong to the period through their opportunity (its closedAt, customer, products).
  const interviewsUrl = () =>
    contentManagerListUrl(
      UID.winLossInterview,
      [...scopeConditions(SCOPES.opportunity, filters, period), stageIs(['won', 'lost'])].map(
        (condition) => ({ ...condition, path: ['opportunity', ...condition.path] }),
      ),
    );
  const againstUrl = (competitor: CompetitorRecord, extra: Condition[]) =>
    closedUrl([
      { path: ['competitors', 'documentId'], operator: '$eq', value: competitor.documentId },
      ...extra,
    ]);

  const series = (data?.series ?? []).map((month) => ({
    ...month,
    label: formatMonth(intl, month.month),
  }));
  const reasonKeys = data
    ? (Array.from(
        new Set([...Object.keys(data.reasons.wins), ...Object.keys(data.reasons.losses)]),
      ) as ReasonCategory[])
    : [];
  const reasons = reasonKeys
    .map((category) => ({
      category,
      label: enumLabel(intl, category),
      wins: data?.reasons.wins[category] ?? 0,
      losses: data?.reasons.losses[category] ?? 0,
    }))
    .sort((a, b) => b.wins + b.losses - (a.wins + a.losses));
  const pipeline = (data?.pipeline.stages ?? []).map((stage) => ({
    ...stage,
    label: enumLabel(intl, stage.stage),
  }));
  const competitors = (data?.competitors ?? []).map((competitor) => ({
    ...competitor,
    winRate:
      competitor.wins + competitor.losses > 0
        ? competitor.wins / (competitor.wins + competitor.losses)
        : null,
  }));
  const closed = data ? data.won + data.lost + data.abandoned : 0;

  return (
    <AnalyticsPage
      title={t('analytics.winLoss.title', 'Win/loss')}
      subtitle={t(
        'analytics.winLoss.subtitle',
        'Bids closed in the period, against whom, why we won or lost, and the open pipeline',
      )}
      {...pageProps}
      isEmpty={Boolean(data && closed === 0 && data.pipeline.count === 0)}
    >
      {data ? (
        <>
          <KpiRow
            col={4}
            cards={[
              {
                key: 'winRate',
                title: t('analytics.kpi.winRate', 'Win rate'),
                value: data.winRate,
                kind: 'rate' as const,
                href: closedUrl([stageIs(['won', 'lost'])]),
              },
              {
                key: 'won',
                title: t('analytics.kpi.won', 'Won'),
                value: data.won,
                kind: 'count' as const,
                href: closedUrl([stageIs('won')]),
              },
              {
                key: 'lost',
                title: t('analytics.kpi.lost', 'Lost'),
                value: data.lost,
                kind: 'count' as const,
                href: closedUrl([stageIs('lost')]),
              },
              {
                key: 'pipeline',
                title: t('analytics.kpi.pipelineWeighted', 'Weighted pipeline'),
                value: data.pipeline.weightedValue,
                kind: 'money' as const,
                href: openUrl([stageIs([...OPEN_OPPORTUNITY_STAGES])]),
              },
              {
                key: 'interviewCoverage',
                title: t('analytics.kpi.interviewCoverage', 'Interview coverage'),
                value: data.interviews.coverage,
                kind: 'rate' as const,
                hint: t(
                  'analytics.kpi.interviewCoverage.hint',
                  'Won and lost bids with a win/loss interview',
                ),
                href: interviewsUrl(),
              },
              {
                key: 'agreementRate',
                title: t('analytics.kpi.agreementRate', 'Buyer–owner agreement'),
                value: data.interviews.agreementRate,
                kind: 'rate' as const,
                hint: t(
                  'analytics.kpi.agreementRate.hint',
                  'Interviews where the buyer’s main reason is the owner’s',
                ),
              },
            ]}
          />

          <ChartCard
            title={t('analytics.winLoss.trend', 'Win rate by month')}
            isEmpty={data.won + data.lost === 0}
          >
            <TrendChart
              label={t('analytics.winLoss.trend', 'Win rate by month')}
              data={series}
              categoryKey="label"
              leftDomain={[0, 1]}
              lines={[
                {
                  key: 'won',
                  label: t('analytics.kpi.won', 'Won'),
                  colour: theme.success,
                  axis: 'right',
                  kind: 'count',
                  type: 'bar',
                },
                {
                  key: 'lost',
                  label: t('analytics.kpi.lost', 'Lost'),
                  colour: theme.danger,
                  axis: 'right',
                  kind: 'count',
                  type: 'bar',
                },
                {
                  key: 'winRate',
                  label: t('analytics.kpi.winRate', 'Win rate'),
                  colour: theme.primary,
                  axis: 'left',
                  kind: 'rate',
                  type: 'line',
                },
              ]}
              hrefOf={(month) =>
                recordsUrl(UID.opportunity, SCOPES.opportunity, filters, monthPeriod(month.month), [
                  stageIs(['won', 'lost']),
                ])
              }
            />
          </ChartCard>

          <CardRow>
            <CardCell col={6}>
              <ChartCard
                title={t('analytics.winLoss.reasons', 'Reasons for wins and losses')}
                isEmpty={reasons.length === 0}
              >
                <BarsChart
                  label={t('analytics.winLoss.reasons', 'Reasons for wins and losses')}
                  data={reasons}
                  categoryKey="label"
                  layout="vertical"
                  height={Math.max(220, reasons.length * 40)}
                  series={[
                    {
                      key: 'wins',
                      label: t('analytics.column.wins', 'Wins'),
                      colour: theme.success,
                    },
                    {
                      key: 'losses',
                      label: t('analytics.column.losses', 'Losses'),
                      colour: theme.danger,
                    },
                  ]}
                  hrefOf={(row, key) =>
                    closedUrl([
                      stageIs(key === 'wins' ? 'won' : 'lost'),
                      { path: ['reasons', 'category'], operator: '$eq', value: row.category },
                    ])
                  }
                />
              </ChartCard>
            </CardCell>
            <CardCell col={6}>
              <ChartCard
                title={t('analytics.winLoss.pipeline', 'Open pipeline by stage')}
                subtitle={t(
                  'analytics.winLoss.pipeline.hint',
                  'Value in 10k CNY; weighted by each bid’s probability',
                )}
                isEmpty={data.pipeline.count === 0}
              >
                <BarsChart
                  label={t('analytics.winLoss.pipeline', 'Open pipeline by stage')}
                  data={pipeline}
                  categoryKey="label"
                  valueKind="money"
                  height={Math.max(220, pipeline.length * 40)}
                  series={[
                    {
                      key: 'value',
                      label: t('analytics.column.value', 'Value'),
                      colour: theme.primaryLight,
                    },
                    {
                      key: 'weightedValue',
                      label: t('analytics.column.weightedValue', 'Weighted value'),
                      colour: theme.primary,
                    },
                  ]}
                  hrefOf={(row) => openUrl([stageIs(row.stage)])}
                />
              </ChartCard>
            </CardCell>
          </CardRow>

          <StatedReasons statedReasons={data.statedReasons} interviews={data.interviews} />

          <ChartCard
            title={t('analytics.winLoss.competitors', 'Against each competitor')}
            isEmpty={competitors.length === 0}
          >
            <BarsChart
              label={t('analytics.winLoss.competitors', 'Against each competitor')}
              data={competitors}
              categoryKey="name"
              layout="vertical"
              height={Math.max(220, competitors.length * 40)}
              categoryWidth={170}
              series={[
                {
                  key: 'wins',
                  label: t('analytics.column.wins', 'Wins'),
                  colour: theme.success,
                  stackId: 'result',
                },
                {
                  key: 'losses',
                  label: t('analytics.column.losses', 'Losses'),
                  colour: theme.danger,
                  stackId: 'result',
                },
              ]}
              hrefOf={(row, key) => againstUrl(row, [stageIs(key === 'wins' ? 'won' : 'lost')])}
            />
            <DataTable<(typeof competitors)[number]>
              label={t('analytics.winLoss.competitors', 'Against each competitor')}
              rows={competitors}
              rowKey={(row) => row.documentId}
              columns={[
                recordColumn(
                  'name',
                  t('analytics.column.competitor', 'Competitor'),
                  UID.competitor,
                  (row) => row,
                ),
                {
                  key: 'bids',
                  header: t('analytics.column.bids', 'Bids'),
                  render: (row) => (
                    <RecordsLink to={againstUrl(row, [])}>
                      {formatFigure(intl, row.bids, 'count')}
                    </RecordsLink>
                  ),
                },
                {
                  key: 'wins',
                  header: t('analytics.column.wins', 'Wins'),
                  render: (row) => (
                    <RecordsLink to={againstUrl(row, [stageIs('won')])}>
                      {formatFigure(intl, row.wins, 'count')}
                    </RecordsLink>
                  ),
                },
                {
                  key: 'losses',
                  header: t('analytics.column.losses', 'Losses'),
                  render: (row) => (
                    <RecordsLink to={againstUrl(row, [stageIs('lost')])}>
                      {formatFigure(intl, row.losses, 'count')}
                    </RecordsLink>
                  ),
                },
                {
                  key: 'winRate',
                  header: t('analytics.kpi.winRate', 'Win rate'),
                  render: (row) => formatFigure(intl, row.winRate, 'rate'),
                },
                {
                  key: 'timesWinner',
                  header: t('analytics.column.timesWinner', 'Times it won'),
                  render: (row) => (
                    <RecordsLink
                      to={closedUrl([
                        stageIs('lost'),
                        { path: ['winner', 'documentId'], operator: '$eq', value: row.documentId },
                      ])}
                    >
                      {formatFigure(intl, row.timesWinner, 'count')}
                    </RecordsLink>
                  ),
                },
              ]}
            />
          </ChartCard>
        </>
      ) : null}
    </AnalyticsPage>
  );
};

export default WinLossPage;
