import { Button, EmptyStateLayout, Flex, Loader } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { getTranslation } from '../../utils/getTranslation';

export const AnalyticsLoading = () => {
  const { formatMessage } = useIntl();
  return (
    <Flex justifyContent="center" padding={8}>
      <Loader>{formatMessage({ id: getTranslation('analytics.loading'), defaultMessage: 'Computing the figures…' })}</Loader>
    </Flex>
  );
};

export const AnalyticsError = ({ onRetry }: { onRetry: () => void }) => {
  const { formatMessage } = useIntl();
  return (
    <EmptyStateLayout
      content={formatMessage({ id: getTranslation('analytics.error'), defaultMessage: 'The figures could not be loaded.' })}
      action={
        <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={onRetry}>
          {formatMessage({ id: getTranslation('analytics.retry'), defaultMessage: 'Retry' })}
        </Button>
      }
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
