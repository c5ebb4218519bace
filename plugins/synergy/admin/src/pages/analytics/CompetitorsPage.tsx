import { Badge, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type {
  CompetitorFigures,
  HeadToHead,
  ThreatLevel,
} from '../../../../shared/contracts/analytics';
import { AnalyticsPage } from '../../components/analytics/AnalyticsPage';
import { BarsChart, ScatterMap } from '../../components/analytics/Charts';
import { CardRow, CardCell, TableCard } from '../../components/analytics/CardGrid';
import { ChartCard } from '../../components/analytics/ChartCard';
import { KpiCard } from '../../components/analytics/KpiCard';
import { recordColumn, RecordsLink } from '../../components/analytics/RecordsLink';
import { useChartTheme } from '../../components/analytics/chart-theme';
import { enumLabel, formatFigure } from '../../components/analytics/format';
import {
  contentManagerListUrl,
  documentIdsCondition,
  editViewUrl,
  UID,
} from '../../components/analytics/links';
import { useAnalyticsView } from '../../hooks/useAnalyticsView';
import { battlecardPath } from '../../utils/links';
import { getTranslation } from '../../utils/getTranslation';

const THREATS: ThreatLevel[] = ['low', 'medium', 'high', 'critical'];

const CompetitorsPage = () => {
  const intl = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, number>) =>
    intl.formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const theme = useChartTheme();
  const { data, pageProps } = useAnalyticsView('competitors');
  const competitors = data?.competitors ?? [];
  const uncountered = competitors.filter((competitor) => competitor.uncountered);
  const offeringsUrl = (competitor: CompetitorFigures) =>
    contentManagerListUrl(UID.offering, [
      { path: ['competitor', 'documentId'], operator: '$eq', value: competitor.documentId },
    ]);
  const activeStrategiesUrl = (competitor: CompetitorFigures) =>
    contentManagerListUrl(UID.strategy, [
      { path: ['targetCompetitors', 'documentId'], operator: '$eq', value: competitor.documentId },
      { path: ['status'], operator: '$eq', value: 'active' },
    ]);
  // Our head-to-head attribute win share against each competitor: low and far right is where it hurts.
  const winShare = (competitor: CompetitorFigures) => {
    const wins = competitor.headToHead.reduce((total, match) => total + match.wins, 0);
    const losses = competitor.headToHead.reduce((total, match) => total + match.losses, 0);
    return wins + losses > 0 ? wins / (wins + losses) : null;
  };
  const points = competitors.flatMap((competitor) => {
    const share = winShare(competitor);
    return share === null
      ? []
      : [
          {
            name: competitor.name,
            x: THREATS.indexOf(competitor.threatLevel ?? 'low') + 1,
            y: share,
            z: competitor.offerings.length,
            colour: competitor.uncountered
              ? theme.danger
              : competitor.activeStrategies.length > 0
                ? theme.success
                : theme.warning,
            href: editViewUrl(UID.competitor, competitor.documentId),
          },
        ];
  });
  const headToHead = competitors.flatMap((competitor) =>
    competitor.headToHead.map((match) => ({
      ...match,
      competitor: competitor.name,
      label: match.offering.name,
    })),
  );

  return (
    <AnalyticsPage
      title={t('analytics.competitors.title', 'Competitors')}
      subtitle={t(
        'analytics.competitors.subtitle',
        'Threats, how our products compare head to head, and threats no strategy counters',
      )}
      {...pageProps}
      isEmpty={competitors.length === 0}
      emptyMessage={t('analytics.competitors.empty', 'No competitor matches these filters.')}
    >
      {data ? (
        <>
          <CardRow>
            <CardCell col={3}>
              <KpiCard
                title={t('analytics.kpi.competitors', 'Competitors')}
                value={competitors.length}
                kind="count"
                href={contentManagerListUrl(UID.competitor, [
                  documentIdsCondition(competitors.map((item) => item.documentId)),
                ])}
              />
            </CardCell>
            <CardCell col={3}>
              <KpiCard
                title={t('analytics.kpi.uncountered', 'Uncountered threats')}
                value={uncountered.length}
                kind="count"
                href={
                  uncountered.length > 0
                    ? contentManagerListUrl(UID.competitor, [
                        documentIdsCondition(uncountered.map((item) => item.documentId)),
                      ])
                    : undefined
                }
                hint={t(
                  'analytics.competitors.uncountered.hint',
                  'Threat high or critical, and no active strategy targets it',
                )}
              />
            </CardCell>
            <CardCell col={3}>
              <KpiCard
                title={t('analytics.kpi.headToHead', 'Head-to-head comparisons')}
                value={headToHead.length}
                kind="count"
              />
            </CardCell>
            <CardCell col={3}>
              <KpiCard
                title={t('analytics.kpi.unconfirmedFacts', 'Unconfirmed facts')}
                value={data.confidence.unconfirmed}
                kind="count"
                hint={t(
                  'analytics.competitors.unconfirmed.hint',
                  'Of {facts} facts: source reliability E/F, information credibility 5/6, or not graded',
                  { facts: data.confidence.confirmed + data.confidence.unconfirmed },
                )}
              />
            </CardCell>
          </CardRow>

          <CardRow>
            <CardCell col={6}>
              <ChartCard
                title={t('analytics.competitors.map', 'Threat map')}
                isEmpty={points.length === 0}
                emptyMessage={t(
                  'analytics.competitors.map.none',
                  'No competitor has offerings compared with our products.',
                )}
                subtitle={t(
                  'analytics.competitors.map.hint',
                  'Threat level against the share of compared attributes we win; green = countered by an active strategy, orange = not countered, red = uncountered high threat; the bubble grows with the offerings.',
                )}
              >
                <ScatterMap
                  label={t('analytics.competitors.map', 'Threat map')}
                  points={points}
                  xLabel={t('analytics.column.threatLevel', 'Threat level')}
                  yLabel={t('analytics.column.winShare', 'Attributes we win')}
                  zLabel={t('analytics.column.offerings', 'Offerings')}
                  xDomain={[0.5, 4.5]}
                  xTicks={[1, 2, 3, 4]}
                  yDomain={[0, 1]}
                  yKind="rate"
                  xTickFormatter={(value) => enumLabel(intl, THREATS[Math.round(value) - 1] ?? '')}
                />
              </ChartCard>
            </CardCell>
            <CardCell col={6}>
              <ChartCard
                title={t(
                  'analytics.competitors.headToHead',
                  'Head to head: attributes won and lost',
                )}
                isEmpty={headToHead.length === 0}
                emptyMessage={t(
                  'analytics.competitors.headToHead.none',
                  'No offering has a comparable product with attributes to compare.',
                )}
              >
                <BarsChart
                  label={t(
                    'analytics.competitors.headToHead',
                    'Head to head: attributes won and lost',
                  )}
                  data={headToHead}
                  categoryKey="label"
                  layout="vertical"
                  height={Math.max(220, headToHead.length * 28)}
                  categoryWidth={170}
                  series={[
                    {
                      key: 'wins',
                      label: t('analytics.column.wins', 'Wins'),
                      colour: theme.success,
                      stackId: 'h2h',
                    },
                    {
                      key: 'ties',
                      label: t('analytics.column.ties', 'Ties'),
                      colour: theme.neutral,
                      stackId: 'h2h',
                    },
                    {
                      key: 'losses',
                      label: t('analytics.column.losses', 'Losses'),
                      colour: theme.danger,
                      stackId: 'h2h',
                    },
                  ]}
                  hrefOf={(row) => editViewUrl(UID.offering, row.offering.documentId)}
                />
              </ChartCard>
            </CardCell>
          </CardRow>

          <ChartCard
            title={t('analytics.competitors.uncountered', 'Uncountered threats')}
            isEmpty={uncountered.length === 0}
            emptyMessage={t(
              'analytics.competitors.uncountered.none',
              'Every high or critical threat is countered by an active strategy.',
            )}
          >
            <Flex gap={2} wrap="wrap">
              {uncountered.map((competitor) => (
                <Badge
                  key={competitor.documentId}
                  backgroundColor="danger100"
                  textColor="danger700"
                >
                  <RecordsLink to={editViewUrl(UID.competitor, competitor.documentId)}>
                    {competitor.name} · {enumLabel(intl, competitor.threatLevel)}
                  </RecordsLink>
                </Badge>
              ))}
            </Flex>
          </ChartCard>

          <TableCard<CompetitorFigures>
            title={t('analytics.competitors.table', 'Every competitor')}
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
                key: 'threat',
                header: t('analytics.column.threatLevel', 'Threat level'),
                render: (row) => enumLabel(intl, row.threatLevel),
              },
              {
                key: 'offerings',
                header: t('analytics.column.offerings', 'Offerings'),
                render: (row) => (
                  <RecordsLink to={offeringsUrl(row)}>
                    {formatFigure(intl, row.offerings.length, 'count')}
                  </RecordsLink>
                ),
              },
              {
                key: 'strategies',
                header: t('analytics.column.activeStrategies', 'Active strategies'),
                render: (row) => (
                  <RecordsLink to={activeStrategiesUrl(row)}>
                    {formatFigure(intl, row.activeStrategies.length, 'count')}
                  </RecordsLink>
                ),
              },
              {
                key: 'h2h',
                header: t('analytics.column.headToHead', 'Attributes won / lost / tied'),
                render: (row) => {
                  const sum = (key: keyof Pick<HeadToHead, 'wins' | 'losses' | 'ties'>) =>
                    row.headToHead.reduce((total, match) => total + match[key], 0);
                  return row.headToHead.length === 0
                    ? formatFigure(intl, null, 'count')
                    : `${sum('wins')} / ${sum('losses')} / ${sum('ties')}`;
                },
              },
              {
                key: 'confidence',
                header: t('analytics.column.factConfidence', 'Facts confirmed / unconfirmed'),
                render: (row) =>
                  `${formatFigure(intl, row.confidence.confirmed, 'count')} / ${formatFigure(intl, row.confidence.unconfirmed, 'count')}`,
              },
              {
                key: 'battlecard',
                header: t('analytics.column.battlecard', 'Battlecard'),
                render: (row) => (
                  <RecordsLink to={battlecardPath(row.documentId)}>
                    {t('analytics.value.openBattlecard', 'Open battlecard')}
                  </RecordsLink>
                ),
              },
              {
                key: 'uncountered',
                header: t('analytics.column.countered', 'Counter-strategy'),
                render: (row) => {
                  if (row.uncountered)
                    return (
                      <Typography textColor="danger600">
                        {t('analytics.value.uncountered', 'Uncountered')}
                      </Typography>
                    );
                  return row.activeStrategies.length > 0
                    ? t('analytics.value.countered', 'Countered')
                    : t('analytics.value.noStrategy', 'No active strategy');
                },
              },
            ]}
          />
        </>
      ) : null}
    </AnalyticsPage>
  );
};

export default CompetitorsPage;
