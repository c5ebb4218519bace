import * as React from 'react';
import type { AnalyticsMeta } from '../../../../shared/contracts/analytics';
import type { AnalyticsFilterValues } from '../../hooks/useAnalyticsFilters';
import { AnalyticsEmpty, AnalyticsError, AnalyticsLoading } from './AnalyticsStates';
import { PageFrame } from '../PageFrame';
import { FilterBar } from './FilterBar';

interface AnalyticsPageProps {
  title: string;
  subtitle: string;
  filters: AnalyticsFilterValues;
  setFilters: (next: AnalyticsFilterValues) => void;
  meta?: Pick<AnalyticsMeta, 'period'>;
  withWindow?: boolean;
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
    <PageFrame title={title} subtitle={subtitle} isBusy={isLoading}>
      <FilterBar
        value={filters}
        onApply={setFilters}
        period={meta?.period}
        withWindow={withWindow}
      />
      {content}
    </PageFrame>
  );
};
