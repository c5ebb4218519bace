import { SubNav } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useLocation } from 'react-router-dom';
import { PLUGIN_ID } from '../../pluginId';
import { getTranslation } from '../../utils/getTranslation';

export const ANALYTICS_BASE = `/plugins/${PLUGIN_ID}-analytics`;

/** The analytics pages, in the order of the side navigation. */
export const ANALYTICS_PAGES = [
  {
    path: 'overview',
    label: { id: getTranslation('analytics.nav.overview'), defaultMessage: 'Overview' },
  },
  {
    path: 'coverage',
    label: { id: getTranslation('analytics.nav.coverage'), defaultMessage: 'Coverage' },
  },
  {
    path: 'impact',
    label: { id: getTranslation('analytics.nav.impact'), defaultMessage: 'Impact' },
  },
  {
    path: 'portfolio',
    label: { id: getTranslation('analytics.nav.portfolio'), defaultMessage: 'Portfolio' },
  },
  {
    path: 'competitors',
    label: { id: getTranslation('analytics.nav.competitors'), defaultMessage: 'Competitors' },
  },
  {
    path: 'win-loss',
    label: { id: getTranslation('analytics.nav.winLoss'), defaultMessage: 'Win/loss' },
  },
  {
    path: 'customers',
    label: { id: getTranslation('analytics.nav.customers'), defaultMessage: 'Customers' },
  },
  {
    path: 'data-quality',
    label: { id: getTranslation('analytics.nav.dataQuality'), defaultMessage: 'Data quality' },
  },
] as const;

/** The side navigation of the analytics; links keep the filters, so every page shows the same slice. */
export const AnalyticsNav = () => {
  const { formatMessage } = useIntl();
  const { search } = useLocation();
  return (
    <SubNav.Main
      aria-label={formatMessage({
        id: getTranslation('analytics.nav.label'),
        defaultMessage: 'Analytics pages',
      })}
    >
      <SubNav.Header
        label={formatMessage({
          id: getTranslation('analytics.menu'),
          defaultMessage: 'Synergy analytics',
        })}
      />
      <SubNav.Content>
        <SubNav.Sections>
          {[
            <SubNav.Section
              key="views"
              label={formatMessage({
                id: getTranslation('analytics.nav.views'),
                defaultMessage: 'Dashboards',
              })}
            >
              {ANALYTICS_PAGES.map((page) => (
                <SubNav.Link
                  key={page.path}
                  to={`${ANALYTICS_BASE}/${page.path}${search}`}
                  label={formatMessage(page.label)}
                />
              ))}
            </SubNav.Section>,
            <SubNav.Section
              key="records"
              label={formatMessage({
                id: getTranslation('analytics.nav.records'),
                defaultMessage: 'Records',
              })}
            >
              {[
                <SubNav.Link
                  key="customer-360"
                  to={`/plugins/${PLUGIN_ID}`}
                  label={formatMessage({
                    id: getTranslation('analytics.nav.customer360'),
                    defaultMessage: 'Customer 360',
                  })}
                />,
              ]}
            </SubNav.Section>,
          ]}
        </SubNav.Sections>
      </SubNav.Content>
    </SubNav.Main>
  );
};
