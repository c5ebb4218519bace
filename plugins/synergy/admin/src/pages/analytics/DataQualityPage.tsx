import { Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type {
  CustomerCompleteness,
  GetDataQuality,
  QualityCheck,
} from '../../../../shared/contracts/analytics';
import { AnalyticsPage } from '../../components/analytics/AnalyticsPage';
import { MergeCustomersDialog } from '../../components/MergeCustomersDialog';
import { BarsChart } from '../../components/analytics/Charts';
import { CardRow, CardCell, KpiRow, TableCard } from '../../components/analytics/CardGrid';
import { ChartCard } from '../../components/analytics/ChartCard';
import { recordColumn, RecordsLink } from '../../components/analytics/RecordsLink';
import { useChartTheme } from '../../components/analytics/chart-theme';
import { formatDay, formatFigure } from '../../components/analytics/format';
import {
  contentManagerListUrl,
  documentIdsCondition,
  editViewUrl,
  UID,
} from '../../components/analytics/links';
import { useAnalyticsView } from '../../hooks/useAnalyticsView';
import { getTranslation } from '../../utils/getTranslation';

type DataQuality = GetDataQuality.DataQuality;
const LIST_LIMIT = 10;

const DataQualityPage = () => {
  const intl = useIntl();
  const t = (id: string, defaultMessage: string) =>
    intl.formatMessage({ id: getTranslation(id), defaultMessage });
  const theme = useChartTheme();
  const { data, pageProps } = useAnalyticsView('data-quality');
  const checkLabel = (check: QualityCheck) =>
    ({
      code: t('analytics.check.code', 'Code'),
      type: t('analytics.check.type', 'Type'),
      sector: t('analytics.check.sector', 'Sector'),
      region: t('analytics.check.region', 'Region'),
      tier: t('analytics.check.tier', 'Tier'),
      owner: t('analytics.check.owner', 'Owner'),
      contact: t('analytics.check.contact', 'A contact'),
      keyDecisionMaker: t('analytics.check.keyDecisionMaker', 'A key decision maker'),
      need: t('analytics.check.need', 'A need'),
      recentInteraction: t('analytics.check.recentInteraction', 'An interaction in 90 days'),
    })[check];
  const customers = data?.customers ?? [];
  // Completeness is a share of ten checks: ten bars, one per number of checks passed.
  const distribution = Array.from({ length: 11 }, (_, passed) => {
    const rows = customers.filter((row) => Math.round(row.completeness * 10) === passed);
    return { passed, label: `${passed * 10}%`, count: rows.length };
  });
  const idsUrl = (uid: string, ids: string[]) =>
    ids.length > 0 ? contentManagerListUrl(uid, [documentIdsCondition(ids)]) : undefined;
  const staleCustomers = data?.staleCustomers ?? [];
  const staleCompetitors = data?.staleCompetitors ?? [];
  const duplicates = data?.duplicates ?? [];

  return (
    <AnalyticsPage
      title={t('analytics.dataQuality.title', 'Data quality')}
      subtitle={t(
        'analytics.dataQuality.subtitle',
        'How complete and how fresh the customer records are, and which may be duplicates',
      )}
      {...pageProps}
      isEmpty={customers.length === 0 && staleCompetitors.length === 0}
      emptyMessage={t('analytics.customers.empty', 'No customer matches these filters.')}
    >
      {data ? (
        <>
          <KpiRow
            cards={[
              {
                key: 'completeness',
                title: t('analytics.kpi.completeness', 'Mean completeness'),
                value: data.completeness,
                kind: 'rate' as const,
                href: contentManagerListUrl(UID.customer, []),
              },
              {
                key: 'staleCustomers',
                title: t('analytics.kpi.staleCustomers', 'Stale customers'),
                value: staleCustomers.length,
                kind: 'count' as const,
                href: idsUrl(
                  UID.customer,
                  staleCustomers.map((row) => row.documentId),
                ),
              },
              {
                key: 'staleCompetitors',
                title: t('analytics.kpi.staleCompetitors', 'Stale competitors'),
                value: staleCompetitors.length,
                kind: 'count' as const,
                href: idsUrl(
                  UID.competitor,
                  staleCompetitors.map((row) => row.documentId),
                ),
              },
              {
                key: 'duplicates',
                title: t('analytics.kpi.duplicates', 'Duplicate candidates'),
                value: duplicates.length,
                kind: 'count' as const,
                href: idsUrl(
                  UID.customer,
                  duplicates.flatMap((pair) => [pair.a.documentId, pair.b.documentId]),
                ),
              },
            ]}
          />

          <ChartCard
            title={t('analytics.dataQuality.distribution', 'Completeness distribution')}
            subtitle={t(
              'analytics.dataQuality.distribution.hint',
              'Customers by share of the ten checks they pass. Click a bar for those customers.',
            )}
            isEmpty={customers.length === 0}
          >
            <BarsChart
              label={t('analytics.dataQuality.distribution', 'Completeness distribution')}
              data={distribution}
              categoryKey="label"
              height={240}
              series={[
                {
                  key: 'count',
                  label: t('analytics.column.customers', 'Customers'),
                  colour: theme.primary,
                },
              ]}
              colourOf={(row) =>
                row.passed >= 8 ? theme.success : row.passed >= 5 ? theme.warning : theme.danger
              }
              hrefOf={(row) =>
                idsUrl(
                  UID.customer,
                  customers
                    .filter((item) => Math.round(item.completeness * 10) === row.passed)
                    .map((item) => item.documentId),
                )
              }
            />
          </ChartCard>

          <TableCard<CustomerCompleteness>
            title={t('analytics.dataQuality.lowest', 'Least complete customers')}
            isEmpty={customers.length === 0}
            rows={customers.slice(0, LIST_LIMIT)}
            rowKey={(row) => row.documentId}
            columns={[
              recordColumn(
                'name',
                t('analytics.column.customer', 'Customer'),
                UID.customer,
                (row) => row,
              ),
              {
                key: 'completeness',
                header: t('analytics.column.completeness', 'Completeness'),
                render: (row) => formatFigure(intl, row.completeness, 'rate'),
              },
              {
                key: 'failing',
                header: t('analytics.column.missing', 'Missing'),
                render: (row) =>
                  row.failing.map(checkLabel).join(t('analytics.separator', ', ')) ||
                  formatFigure(intl, null, 'count'),
              },
            ]}
          />

          <CardRow>
            <CardCell col={6}>
              <TableCard<DataQuality['staleCustomers'][number]>
                title={t(
                  'analytics.dataQuality.staleCustomers',
                  'Customers without an interaction for 90 days',
                )}
                isEmpty={staleCustomers.length === 0}
                emptyMessage={t(
                  'analytics.dataQuality.staleCustomers.none',
                  'Every customer was contacted in the last 90 days.',
                )}
                rows={staleCustomers.slice(0, LIST_LIMIT)}
                rowKey={(row) => row.documentId}
                columns={[
                  recordColumn(
                    'name',
                    t('analytics.column.customer', 'Customer'),
                    UID.customer,
                    (row) => row,
                  ),
                  {
                    key: 'last',
                    header: t('analytics.column.lastInteraction', 'Last interaction'),
                    render: (row) => formatDay(intl, row.lastInteractionAt),
                  },
                ]}
              />
            </CardCell>
            <CardCell col={6}>
              <TableCard<DataQuality['staleCompetitors'][number]>
                title={t(
                  'analytics.dataQuality.staleCompetitors',
                  'Competitors not reviewed for 180 days',
                )}
                isEmpty={staleCompetitors.length === 0}
                emptyMessage={t(
                  'analytics.dataQuality.staleCompetitors.none',
                  'Every competitor was reviewed in the last 180 days.',
                )}
                rows={staleCompetitors.slice(0, LIST_LIMIT)}
                rowKey={(row) => row.documentId}
                columns={[
                  recordColumn(
                    'name',
                    t('analytics.column.competitor', 'Competitor'),
                    UID.competitor,
                    (row) => row,
                  ),
                  {
                    key: 'last',
                    header: t('analytics.column.lastReviewed', 'Last reviewed'),
                    render: (row) => formatDay(intl, row.lastReviewedAt),
                  },
                ]}
              />
            </CardCell>
          </CardRow>

          <TableCard<DataQuality['duplicates'][number]>
            title={t('analytics.dataQuality.duplicates', 'Duplicate candidates')}
            subtitle={t(
              'analytics.dataQuality.duplicates.hint',
              'Names equal, or one containing the other, once case, width, spaces and punctuation are folded',
            )}
            isEmpty={duplicates.length === 0}
            emptyMessage={t(
              'analytics.dataQuality.duplicates.none',
              'No two customers have similar names.',
            )}
            rows={duplicates}
            rowKey={(row) => `${row.a.documentId}-${row.b.documentId}`}
            columns={[
              {
                key: 'a',
                header: t('analytics.column.customer', 'Customer'),
                render: (row) => (
                  <RecordsLink to={editViewUrl(UID.customer, row.a.documentId)}>
                    {row.a.name}
                  </RecordsLink>
                ),
              },
              {
                key: 'b',
                header: t('analytics.column.similarTo', 'Similar to'),
                render: (row) => (
                  <RecordsLink to={editViewUrl(UID.customer, row.b.documentId)}>
                    {row.b.name}
                  </RecordsLink>
                ),
              },
              {
                key: 'reason',
                header: t('analytics.column.match', 'Match'),
                render: (row) =>
                  row.reason === 'equal'
                    ? t('analytics.duplicate.equal', 'Same name')
                    : t('analytics.duplicate.contains', 'One name contains the other'),
              },
              {
                key: 'both',
                header: t('analytics.column.actions', 'Actions'),
                exportable: false,
                render: (row) => (
                  <Flex gap={3}>
                    <RecordsLink to={idsUrl(UID.customer, [row.a.documentId, row.b.documentId])}>
                      {t('analytics.duplicate.compare', 'List both')}
                    </RecordsLink>
                    <MergeCustomersDialog a={row.a} b={row.b} />
                  </Flex>
                ),
              },
            ]}
          />
        </>
      ) : null}
    </AnalyticsPage>
  );
};

export default DataQualityPage;
