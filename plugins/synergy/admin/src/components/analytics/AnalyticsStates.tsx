import { EmptyStateLayout } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../../utils/getTranslation';
import { LoadError, LoadingState } from '../LoadStates';

export const AnalyticsLoading = () => {
  const { formatMessage } = useIntl();
  return (
    <LoadingState
      message={formatMessage({
        id: getTranslation('analytics.loading'),
        defaultMessage: 'Computing the figures…',
      })}
    />
  );
};

export const AnalyticsError = ({ onRetry }: { onRetry: () => void }) => {
  const { formatMessage } = useIntl();
  return (
    <LoadError
      message={formatMessage({
        id: getTranslation('analytics.error'),
        defaultMessage: 'The figures could not be loaded.',
      })}
      onRetry={onRetry}
    />
  );
};

export const AnalyticsEmpty = ({ message }: { message?: string }) => {
  const { formatMessage } = useIntl();
  return (
    <EmptyStateLayout
      content={
        message ??
        formatMessage({
          id: getTranslation('analytics.empty'),
          defaultMessage: 'Nothing recorded for this period and these filters.',
        })
      }
    />
  );
};
