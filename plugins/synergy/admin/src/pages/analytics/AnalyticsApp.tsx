import * as React from 'react';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { AnalyticsNav } from '../../components/analytics/AnalyticsNav';
import { PERMISSIONS } from '../../permissions';

const OverviewPage = React.lazy(() => import('./OverviewPage'));
const CoveragePage = React.lazy(() => import('./CoveragePage'));
const ImpactPage = React.lazy(() => import('./ImpactPage'));
const PortfolioPage = React.lazy(() => import('./PortfolioPage'));
const CompetitorsPage = React.lazy(() => import('./CompetitorsPage'));
const WinLossPage = React.lazy(() => import('./WinLossPage'));
const CustomersPage = React.lazy(() => import('./CustomersPage'));
const DataQualityPage = React.lazy(() => import('./DataQualityPage'));

/** The index opens the overview, keeping whatever filters the address carries. */
const ToOverview = () => {
  const { search } = useLocation();
  return <Navigate to={`overview${search}`} replace />;
};

/** Synergy analytics under /admin/plugins/synergy-analytics, one page per view, with a side navigation. */
export const AnalyticsApp = () => (
  <Page.Protect permissions={PERMISSIONS.analyticsRead}>
    <Layouts.Root sideNav={<AnalyticsNav />}>
      <React.Suspense fallback={<Page.Loading />}>
        <Routes>
          <Route index element={<ToOverview />} />
          <Route path="overview" element={<OverviewPage />} />
          <Route path="coverage" element={<CoveragePage />} />
          <Route path="impact" element={<ImpactPage />} />
          <Route path="portfolio" element={<PortfolioPage />} />
          <Route path="competitors" element={<CompetitorsPage />} />
          <Route path="win-loss" element={<WinLossPage />} />
          <Route path="customers" element={<CustomersPage />} />
          <Route path="data-quality" element={<DataQualityPage />} />
          <Route path="*" element={<Page.Error />} />
        </Routes>
      </React.Suspense>
    </Layouts.Root>
  </Page.Protect>
);

export default AnalyticsApp;
