import { Flex, LinkButton, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import type { CustomerHealth, HealthBand } from '../../../../shared/contracts/analytics';
import { AnalyticsPage } from '../../components/analytics/AnalyticsPage';
import { BarsChart } from '../../components/analytics/Charts';
import { CardCell, CardRow, TableCard } from '../../components/analytics/CardGrid';
import { ChartCard } from '../../components/analytics/ChartCard';
import { KpiCard } from '../../components/analytics/KpiCard';
import { RecordsLink } from '../../components/analytics/RecordsLink';
import { levelColour, useChartTheme } from '../../components/analytics/chart-theme';
import { formatDay, formatFigure } from '../../components/analytics/format';
import {
  contentManagerListUrl,
  documentIdsCondition,
  editViewUrl,
  UID,
} from '../../components/analytics/links';
import { useAnalyticsView } from '../../hooks/useAnalyticsView';
import { customer360Path } from '../../utils/links';
import { getTranslation } from '../../utils/getTranslation';

const BANDS: HealthBand[] = ['healthy', 'watch', 'at_risk'];

const CustomersPage = () => {
  const intl = useIntl();
  const t = (id: string, defaultMessage: string) =>
    intl.formatMessage({ id: getTranslation(id), defaultMessage });
  const theme = useChartTheme();
  const { data, pageProps } = useAnalyticsView('data-quality');
  const health = data?.health;
  const bandLabel = (band: HealthBand) =>
    ({
      healthy: t('analytics.band.healthy', 'Healthy (≥ 70)'),
      watch: t('analytics.band.watch', 'Watch (40–69)'),
      at_risk: t('analytics.band.at_risk', 'At risk (< 40)'),
    })[band];
  const bands = health
    ? BANDS.map((band) => ({ band, label: bandLabel(band), count: health.bands[band] }))
    : [];
  const total = bands.reduce((sum, band) => sum + band.count, 0);
  const atRiskUrl =
    health && health.atRisk.length > 0
      ? contentManagerListUrl(UID.customer, [
          documentIdsCondition(health.atRisk.map((row) => row.customer.documentId)),
        ])
      : undefined;

  return (
    <AnalyticsPage
      title={t('analytics.customers.title', 'Customer health')}
      subtitle={t(
        'analytics.customers.subtitle',
        'Satisfaction, recency of contact, open issues and service, in one score per customer',
      )}
      {...pageProps}
      isEmpty={total === 0}
      emptyMessage={t('analytics.customers.empty', 'No customer matches these filters.')}
    >
      {health ? (
        <>
          <CardRow>
            {bands.map((band) => (
              <CardCell key={band.band} col={4}>
                <KpiCard
                  title={band.label}
                  value={band.count}
                  kind="count"
                  href={band.band === 'at_risk' ? atRiskUrl : undefined}
                />
              </CardCell>
            ))}
          </CardRow>
          <ChartCard
            title={t('analytics.customers.bands', 'Customers by health band')}
            subtitle={t(
              'analytics.customers.bands.hint',
              'Health = 0.35 satisfaction + 0.25 recency + 0.2 open issues + 0.2 service compliance',
            )}
          >
            <BarsChart
              label={t('analytics.customers.bands', 'Customers by health band')}
              data={bands}
              categoryKey="label"
              height={220}
              series={[
                {
                  key: 'count',
                  label: t('analytics.column.customers', 'Customers'),
                  colour: theme.primary,
                },
              ]}
              colourOf={(row) => levelColour(theme, row.band)}
              hrefOf={(row) => (row.band === 'at_risk' ? atRiskUrl : undefined)}
            />
          </ChartCard>
          <TableCard<CustomerHealth>
            title={t('analytics.customers.atRisk', 'At-risk customers, lowest health first')}
            isEmpty={health.atRisk.length === 0}
            emptyMessage={t('analytics.customers.atRisk.none', 'No customer is at risk.')}
            rows={health.atRisk}
            rowKey={(row) => row.customer.documentId}
            columns={[
              {
                key: 'customer',
                header: t('analytics.column.customer', 'Customer'),
                render: (row) => (
                  <Flex direction="column" alignItems="flex-start">
                    <RecordsLink to={editViewUrl(UID.customer, row.customer.documentId)}>
                      {row.customer.name}
                    </RecordsLink>
                    <Typography variant="pi" textColor="neutral600">
                      {row.customer.code ?? ''}
                    </Typography>
                    <LinkButton
                      tag={NavLink}
                      to={customer360Path(row.customer.documentId)}
                      variant="tertiary"
                      size="S"
                    >
                      {t('analytics.customers.open360', 'Customer 360')}
                    </LinkButton>
                  </Flex>
                ),
              },
              {
                key: 'health',
                header: t('analytics.column.health', 'Health'),
                render: (row) => (
                  <Typography fontWeight="bold" textColor="danger600">
                    {formatFigure(intl, row.health, 'score')}
                  </Typography>
                ),
              },
              {
                key: 's',
                header: t('analytics.column.s', 'Satisfaction'),
                render: (row) => formatFigure(intl, row.s, 'score'),
              },
              {
                key: 'r',
                header: t('analytics.column.r', 'Recency'),
                render: (row) => formatFigure(intl, row.r, 'score'),
              },
              {
                key: 'i',
                header: t('analytics.column.i', 'Issues'),
                render: (row) => formatFigure(intl, row.i, 'score'),
              },
              {
                key: 'v',
                header: t('analytics.column.v', 'Service'),
                render: (row) => formatFigure(intl, row.v, 'score'),
              },
              {
                key: 'last',
                header: t('analytics.column.lastInteraction', 'Last interaction'),
                render: (row) => formatDay(intl, row.inputs.lastInteractionAt),
              },
              {
                key: 'open',
                header: t('analytics.column.openIssues', 'Open issues'),
                render: (row) => formatFigure(intl, row.inputs.openIssues, 'count'),
              },
            ]}
          />
        </>
      ) : null}
    </AnalyticsPage>
  );
};

export default CustomersPage;
