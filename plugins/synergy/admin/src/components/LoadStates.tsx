import { Button, EmptyStateLayout, Flex, Loader } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';

/** What every page and panel shows while its data loads. */
export const LoadingState = ({ message }: { message: string }) => (
  <Flex justifyContent="center" padding={8}>
    <Loader>{message}</Loader>
  </Flex>
);

/** What every page and panel shows when its data could not be loaded, with a retry. */
export const LoadError = ({ message, onRetry }: { message: string; onRetry: () => void }) => {
  const { formatMessage } = useIntl();
  return (
    <EmptyStateLayout
      content={message}
      action={
        <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={onRetry}>
          {formatMessage({ id: getTranslation('states.retry'), defaultMessage: 'Retry' })}
        </Button>
      }
    />
  );
};
