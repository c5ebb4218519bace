import * as React from 'react';
import type { AnalyticsMeta } from '../../../../shared/contracts/analytics';
import type { AnalyticsFilterValues } from '../../hooks/useAnalyticsFilters';
import { AnalyticsEmpty, AnalyticsError, AnalyticsLoading } from './AnalyticsStates';
import { PageFrame } from '../PageFrame';
import { FilterBar } from './FilterBar';
import { AnalyticsSourceContext } from './analytics-source';
import type { AnalyticsEndpoint } from '../../../../shared/crm-types';

interface AnalyticsPageProps {
  title: string;
  subtitle: string;
  filters: AnalyticsFilterValues;
  setFilters: (next: AnalyticsFilterValues) => void;
  meta?: Pick<AnalyticsMeta, 'period'> & Partial<Pick<AnalyticsMeta, 'marking'>>;
  withWindow?: boolean;
  /** The answer shown: exports of the page's tables are marked as it is. */
  source?: AnalyticsEndpoint;
  hasData: boolean;
  isLoading: boolean;
  hasError: boolean;
  onRetry: () => void;
  /** Nothing at all to show for these filters. */
  isEmpty?: boolean;
  emptyMessage?: string;
  children?: React.ReactNode;
}

/** The frame of every analytics page: header, filter bar, and the loading, error and empty states. */
export const AnalyticsPage = ({
  title,
  subtitle,
  filters,
  setFilters,
  meta,
  withWindow,
  source,
  hasData,
  isLoading,
  hasError,
  onRetry,
  isEmpty,
  emptyMessage,
  children,
}: AnalyticsPageProps) => {
  const content = (() => {
    if (isLoading && !hasData) return <AnalyticsLoading />;
    if (hasError) return <AnalyticsError onRetry={onRetry} />;
    if (!hasData || isEmpty) return <AnalyticsEmpty message={emptyMessage} />;
    return children;
  })();
  return (
    <AnalyticsSourceContext.Provider value={source}>
      <PageFrame title={title} subtitle={subtitle} isBusy={isLoading} marking={meta?.marking}>
        <FilterBar
          value={filters}
          onApply={setFilters}
          period={meta?.period}
          withWindow={withWindow}
        />
        {content}
      </PageFrame>
    </AnalyticsSourceContext.Provider>
  );
};
