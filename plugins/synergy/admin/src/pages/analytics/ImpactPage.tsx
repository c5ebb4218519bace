import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { BeforeAfter, StrategyImpact } from '../../../../shared/contracts/analytics';
import { AnalyticsPage } from '../../components/analytics/AnalyticsPage';
import { BarsChart } from '../../components/analytics/Charts';
import { TableCard } from '../../components/analytics/CardGrid';
import { ChartCard } from '../../components/analytics/ChartCard';
import { recordColumn } from '../../components/analytics/RecordsLink';
import { useChartTheme } from '../../components/analytics/chart-theme';
import {
  enumLabel,
  formatChange,
  formatDay,
  formatFigure,
  toneOf,
  type Direction,
  type FigureKind,
} from '../../components/analytics/format';
import { editViewUrl, UID } from '../../components/analytics/links';
import { useAnalyticsView } from '../../hooks/useAnalyticsView';
import { getTranslation } from '../../utils/getTranslation';

const TONE_COLOUR = { good: 'success600', bad: 'danger600', neutral: 'neutral600' } as const;

/** "before → after (change)", the change coloured by whether it is good news. */
const BeforeAfterCell = ({
  figures,
  kind,
  direction,
}: {
  figures: BeforeAfter;
  kind: FigureKind;
  direction: Direction;
}) => {
  const intl = useIntl();
  return (
    <Flex direction="column" alignItems="flex-start">
      <Typography>
        {formatFigure(intl, figures.before, kind)} → {formatFigure(intl, figures.after, kind)}
      </Typography>
      <Typography variant="pi" textColor={TONE_COLOUR[toneOf(figures.change, direction)]}>
        {formatChange(intl, figures.change, kind)}
      </Typography>
    </Flex>
  );
};

const ImpactPage = () => {
  const intl = useIntl();
  const t = (id: string, defaultMessage: string) =>
    intl.formatMessage({ id: getTranslation(id), defaultMessage });
  const theme = useChartTheme();
  const { data, pageProps } = useAnalyticsView('impact', { withWindow: true });
  const rows = data?.strategies ?? [];
  const chartRows = rows.map((row) => ({
    documentId: row.strategy.documentId,
    label: row.strategy.title,
    before: row.satisfaction.before,
    after: row.satisfaction.after,
  }));

  return (
    <AnalyticsPage
      title={t('analytics.impact.title', 'Impact')}
      subtitle={t(
        'analytics.impact.subtitle',
        'How the target customers of each strategy fared before and after it started',
      )}
      {...pageProps}
      withWindow
      isEmpty={rows.length === 0}
      emptyMessage={t(
        'analytics.impact.empty',
        'No strategy with target customers started in this period.',
      )}
    >
      {data ? (
        <>
          <Typography variant="pi" textColor="neutral600" tag="p">
            {intl.formatMessage(
              {
                id: getTranslation('analytics.impact.window'),
                defaultMessage:
                  'Each strategy compares the {window} days before its start with the {window} days from it.',
              },
              { window: data.window },
            )}
          </Typography>
          <ChartCard
            title={t(
              'analytics.impact.chart',
              'Satisfaction of the target customers, before and after',
            )}
          >
            <BarsChart
              label={t(
                'analytics.impact.chart',
                'Satisfaction of the target customers, before and after',
              )}
              data={chartRows}
              categoryKey="label"
              layout="vertical"
              valueKind="mean"
              domain={[0, 5]}
              height={Math.max(200, chartRows.length * 48)}
              categoryWidth={220}
              series={[
                {
                  key: 'before',
                  label: t('analytics.column.before', 'Before'),
                  colour: theme.neutral,
                },
                {
                  key: 'after',
                  label: t('analytics.column.after', 'After'),
                  colour: theme.primary,
                },
              ]}
              hrefOf={(row) => editViewUrl(UID.strategy, row.documentId)}
            />
          </ChartCard>
          <TableCard<StrategyImpact>
            title={t('analytics.impact.table', 'Before and after, strategy by strategy')}
            rows={rows}
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
                key: 'start',
                header: t('analytics.column.startDate', 'Start'),
                render: (row) => formatDay(intl, row.startDate),
              },
              {
                key: 'targets',
                header: t('analytics.column.targets.customers', 'Target customers'),
                render: (row) => formatFigure(intl, row.targetCustomers, 'count'),
              },
              {
                key: 'satisfaction',
                header: t('analytics.kpi.satisfaction', 'Satisfaction (1–5)'),
                render: (row) => (
                  <BeforeAfterCell
                    figures={row.satisfaction}
                    kind="mean"
                    direction="higherIsBetter"
                  />
                ),
              },
              {
                key: 'mttr',
                header: t('analytics.kpi.mttr', 'MTTR'),
                render: (row) => (
                  <BeforeAfterCell figures={row.mttrHours} kind="hours" direction="lowerIsBetter" />
                ),
              },
              {
                key: 'feedback',
                header: t('analytics.column.feedback', 'Feedback'),
                render: (row) => (
                  <BeforeAfterCell figures={row.feedback} kind="count" direction="lowerIsBetter" />
                ),
              },
            ]}
          />
        </>
      ) : null}
    </AnalyticsPage>
  );
};

export default ImpactPage;
