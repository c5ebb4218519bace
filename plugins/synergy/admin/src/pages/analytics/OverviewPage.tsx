import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { FeedbackCategory, Priority, Severity } from '../../../../shared/contracts/analytics';
import { AnalyticsPage } from '../../components/analytics/AnalyticsPage';
import { BarsChart, TrendChart } from '../../components/analytics/Charts';
import { CardRow, CardCell, KpiRow } from '../../components/analytics/CardGrid';
import { ChartCard } from '../../components/analytics/ChartCard';
import { RecordsLink } from '../../components/analytics/RecordsLink';
import { levelColour, useChartTheme } from '../../components/analytics/chart-theme';
import { enumLabel, formatFigure, formatMonth } from '../../components/analytics/format';
import { recordsUrl, SCOPES, UID } from '../../components/analytics/links';
import { useAnalyticsView } from '../../hooks/useAnalyticsView';
import { getTranslation } from '../../utils/getTranslation';

const SEVERITIES: Severity[] = ['low', 'medium', 'high', 'critical'];
const PRIORITIES: Priority[] = ['p1', 'p2', 'p3', 'p4'];

/** The first and last instant of a 'YYYY-MM' month (UTC). */
const monthPeriod = (month: string) => {
  const [year, monthNumber] = month.split('-').map(Number);
  return {
    from: new Date(Date.UTC(year, monthNumber - 1, 1)).toISOString(),
    to: new Date(Date.UTC(year, monthNumber, 1) - 1).toISOString(),
  };
};

const OverviewPage = () => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const theme = useChartTheme();
  const { filters, data, meta, pageProps } = useAnalyticsView('overview');
  const period = meta?.period;
  const current = data?.current;
  const previous = data?.previous;
  const change = data?.change;
  const isEmpty = Boolean(
    current &&
    current.satisfaction.responses === 0 &&
    current.feedback.total === 0 &&
    current.service.tickets === 0,
  );

  const feedbackUrl = (extra: Parameters<typeof recordsUrl>[4] = []) =>
    recordsUrl(UID.feedback, SCOPES.feedback, filters, period, extra);
  const ticketUrl = (extra: Parameters<typeof recordsUrl>[4] = []) =>
    recordsUrl(UID.ticket, SCOPES.ticket, filters, period, extra);
  const surveyUrl = recordsUrl(UID.survey, SCOPES.survey, filters, period);

  const categories = current
    ? (Object.entries(current.feedback.byCategory) as Array<[FeedbackCategory, number]>)
        .map(([category, count]) => ({ category, label: enumLabel(intl, category), count }))
        .sort((a, b) => b.count - a.count)
    : [];
  const severities = current
    ? SEVERITIES.map((severity) => ({
        severity,
        label: enumLabel(intl, severity),
        count: current.feedback.bySeverity[severity],
      }))
    : [];
  const priorities = current
    ? PRIORITIES.map((priority) => ({
        priority,
        label: enumLabel(intl, priority),
        ...current.service.byPriority[priority],
      }))
    : [];
  const series = (data?.series ?? []).map((month) => ({
    ...month,
    label: formatMonth(intl, month.month),
  }));

  const t = (id: string, defaultMessage: string) =>
    formatMessage({ id: getTranslation(id), defaultMessage });

  return (
    <AnalyticsPage
      title={t('analytics.overview.title', 'Overview')}
      subtitle={t(
        'analytics.overview.subtitle',
        'Satisfaction, feedback and service against the previous period of equal length',
      )}
      {...pageProps}
      isEmpty={isEmpty}
    >
      {current && previous && change ? (
        <>
          <KpiRow
            cards={[
              {
                key: 'mean',
                title: t('analytics.kpi.satisfaction', 'Satisfaction (1–5)'),
                value: current.satisfaction.mean,
                previous: previous.satisfaction.mean,
                change: change.mean,
                kind: 'mean' as const,
                href: surveyUrl,
              },
              {
                key: 'nps',
                title: t('analytics.kpi.nps', 'NPS'),
                value: current.satisfaction.nps,
                previous: previous.satisfaction.nps,
                change: change.nps,
                kind: 'nps' as const,
                href: surveyUrl,
              },
              {
                key: 'feedback',
                title: t('analytics.kpi.feedback', 'Feedback received'),
                value: current.feedback.total,
                previous: previous.feedback.total,
                change: change.feedback,
                kind: 'count' as const,
                direction: 'neutral' as const,
                href: feedbackUrl(),
              },
              {
                key: 'closureRate',
                title: t('analytics.kpi.closureRate', 'Feedback closure rate'),
                value: current.feedback.closureRate,
                previous: previous.feedback.closureRate,
                change: change.closureRate,
                kind: 'rate' as const,
                href: feedbackUrl([
                  { path: ['status'], operator: '$in', value: ['resolved', 'closed'] },
                ]),
              },
              {
                key: 'firstResponse',
                title: t('analytics.kpi.firstResponse', 'Median first response'),
                value: current.feedback.medianFirstResponseHours,
                previous: previous.feedback.medianFirstResponseHours,
                change: change.medianFirstResponseHours,
                kind: 'hours' as const,
                direction: 'lowerIsBetter' as const,
                href: feedbackUrl([{ path: ['respondedAt'], operator: '$notNull', value: true }]),
              },
              {
                key: 'responseCompliance',
                title: t('analytics.kpi.responseCompliance', 'SLA response compliance'),
                value: current.service.responseCompliance,
                previous: previous.service.responseCompliance,
                change: change.responseCompliance,
                kind: 'rate' as const,
                href: ticketUrl([{ path: ['acknowledgedAt'], operator: '$notNull', value: true }]),
              },
              {
                key: 'resolveCompliance',
                title: t('analytics.kpi.resolveCompliance', 'SLA resolve compliance'),
                value: current.service.resolveCompliance,
                previous: previous.service.resolveCompliance,
                change: change.resolveCompliance,
                kind: 'rate' as const,
                href: ticketUrl([{ path: ['resolvedAt'], operator: '$notNull', value: true }]),
              },
              {
                key: 'mttr',
                title: t('analytics.kpi.mttr', 'MTTR'),
                value: current.service.mttrHours,
                previous: previous.service.mttrHours,
                change: change.mttrHours,
                kind: 'hours' as const,
                direction: 'lowerIsBetter' as const,
                href: ticketUrl([{ path: ['resolvedAt'], operator: '$notNull', value: true }]),
              },
            ]}
          />

          <ChartCard
            title={t('analytics.overview.trend', 'Satisfaction and NPS by month')}
            subtitle={t(
              'analytics.overview.trend.hint',
              'A month without survey responses leaves a gap. Click a month for its responses.',
            )}
            isEmpty={current.satisfaction.responses === 0}
          >
            <TrendChart
              label={t('analytics.overview.trend', 'Satisfaction and NPS by month')}
              data={series}
              categoryKey="label"
              leftDomain={[1, 5]}
              rightDomain={[-100, 100]}
              lines={[
                {
                  key: 'mean',
                  label: t('analytics.kpi.satisfaction', 'Satisfaction (1–5)'),
                  colour: theme.primary,
                  axis: 'left',
                  kind: 'mean',
                  type: 'line',
                },
                {
                  key: 'nps',
                  label: t('analytics.kpi.nps', 'NPS'),
                  colour: theme.secondary,
                  axis: 'right',
                  kind: 'nps',
                  type: 'line',
                },
              ]}
              hrefOf={(month) =>
                recordsUrl(UID.survey, SCOPES.survey, filters, monthPeriod(month.month))
              }
            />
          </ChartCard>

          <CardRow>
            <CardCell col={7}>
              <ChartCard
                title={t('analytics.overview.byCategory', 'Feedback by category')}
                isEmpty={current.feedback.total === 0}
              >
                <BarsChart
                  label={t('analytics.overview.byCategory', 'Feedback by category')}
                  data={categories}
                  categoryKey="label"
                  layout="vertical"
                  height={300}
                  series={[
                    {
                      key: 'count',
                      label: t('analytics.column.feedback', 'Feedback'),
                      colour: theme.primary,
                    },
                  ]}
                  hrefOf={(datum) =>
                    feedbackUrl([{ path: ['category'], operator: '$eq', value: datum.category }])
                  }
                />
              </ChartCard>
            </CardCell>
            <CardCell col={5}>
              <ChartCard
                title={t('analytics.overview.bySeverity', 'Feedback by severity')}
                isEmpty={current.feedback.total === 0}
              >
                <BarsChart
                  label={t('analytics.overview.bySeverity', 'Feedback by severity')}
                  data={severities}
                  categoryKey="label"
                  height={300}
                  series={[
                    {
                      key: 'count',
                      label: t('analytics.column.feedback', 'Feedback'),
                      colour: theme.primary,
                    },
                  ]}
                  colourOf={(datum) => levelColour(theme, datum.severity)}
                  hrefOf={(datum) =>
                    feedbackUrl([{ path: ['severity'], operator: '$eq', value: datum.severity }])
                  }
                />
              </ChartCard>
            </CardCell>
          </CardRow>

          <ChartCard
            title={t('analytics.overview.sla', 'SLA compliance and MTTR by priority')}
            subtitle={t(
              'analytics.overview.sla.hint',
              'Targets are set in Settings → Synergy. Click a bar for the tickets behind it.',
            )}
            isEmpty={current.service.tickets === 0}
          >
            <CardRow>
              <CardCell col={6}>
                <BarsChart
                  label={t('analytics.overview.compliance', 'Compliance by priority')}
                  data={priorities}
                  categoryKey="label"
                  valueKind="rate"
                  domain={[0, 1]}
                  series={[
                    {
                      key: 'responseCompliance',
                      label: t('analytics.kpi.responseCompliance', 'SLA response compliance'),
                      colour: theme.primary,
                    },
                    {
                      key: 'resolveCompliance',
                      label: t('analytics.kpi.resolveCompliance', 'SLA resolve compliance'),
                      colour: theme.secondary,
                    },
                  ]}
                  hrefOf={(datum) =>
                    ticketUrl([{ path: ['priority'], operator: '$eq', value: datum.priority }])
                  }
                />
              </CardCell>
              <CardCell col={6}>
                <BarsChart
                  label={t('analytics.kpi.mttr', 'MTTR')}
                  data={priorities}
                  categoryKey="label"
                  valueKind="hours"
                  series={[
                    {
                      key: 'mttrHours',
                      label: t('analytics.kpi.mttr', 'MTTR'),
                      colour: theme.alternative,
                    },
                  ]}
                  hrefOf={(datum) =>
                    ticketUrl([
                      { path: ['priority'], operator: '$eq', value: datum.priority },
                      { path: ['resolvedAt'], operator: '$notNull', value: true },
                    ])
                  }
                />
              </CardCell>
            </CardRow>
            <Table colCount={7} rowCount={priorities.length + 1}>
              <Thead>
                <Tr>
                  <Th>
                    <Typography variant="sigma">
                      {t('analytics.column.priority', 'Priority')}
                    </Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">
                      {t('analytics.column.targets', 'Targets (response / resolve)')}
                    </Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">
                      {t('analytics.column.tickets', 'Tickets')}
                    </Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">
                      {t('analytics.kpi.responseCompliance', 'SLA response compliance')}
                    </Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">
                      {t('analytics.kpi.resolveCompliance', 'SLA resolve compliance')}
                    </Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{t('analytics.kpi.mttr', 'MTTR')}</Typography>
                  </Th>
                </Tr>
              </Thead>
              <Tbody>
                {priorities.map((row) => (
                  <Tr key={row.priority}>
                    <Td>
                      <Typography>{row.label}</Typography>
                    </Td>
                    <Td>
                      <Typography>
                        {formatFigure(intl, row.target.responseHours, 'hours')} /{' '}
                        {formatFigure(intl, row.target.resolveHours, 'hours')}
                      </Typography>
                    </Td>
                    <Td>
                      <RecordsLink
                        to={ticketUrl([
                          { path: ['priority'], operator: '$eq', value: row.priority },
                        ])}
                      >
                        {formatFigure(intl, row.tickets, 'count')}
                      </RecordsLink>
                    </Td>
                    <Td>
                      <Typography>{formatFigure(intl, row.responseCompliance, 'rate')}</Typography>
                    </Td>
                    <Td>
                      <Typography>{formatFigure(intl, row.resolveCompliance, 'rate')}</Typography>
                    </Td>
                    <Td>
                      <Typography>{formatFigure(intl, row.mttrHours, 'hours')}</Typography>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </ChartCard>
        </>
      ) : null}
    </AnalyticsPage>
  );
};

export default OverviewPage;
