import {
  Badge,
  Box,
  Button,
  EmptyStateLayout,
  Flex,
  Grid,
  Typography,
} from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { SuggestCustomers } from '../../../shared/contracts/customer-360';
import { useCustomerSuggestions } from '../services/customer-360';
import { getTranslation } from '../utils/getTranslation';
import { LoadError, LoadingState } from './LoadStates';

interface SuggestionListProps {
  id: string;
  title: string;
  hint: string;
  empty: string;
  items: SuggestCustomers.Suggestion[];
  detail: (item: SuggestCustomers.Suggestion) => string;
  onChoose: (documentId: string) => void;
}

/** One list of customers to start from, each a button that opens its 360 view. */
const SuggestionList = ({
  id,
  title,
  hint,
  empty,
  items,
  detail,
  onChoose,
}: SuggestionListProps) => (
  <Box
    tag="section"
    aria-labelledby={id}
    background="neutral0"
    hasRadius
    shadow="tableShadow"
    padding={5}
    height="100%"
  >
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography id={id} tag="h2" variant="delta">
          {title}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          {hint}
        </Typography>
      </Flex>
      {items.length === 0 ? (
        <Typography textColor="neutral600">{empty}</Typography>
      ) : (
        <Flex tag="ul" direction="column" alignItems="stretch" gap={1}>
          {items.map((item) => (
            <Flex tag="li" key={item.documentId} justifyContent="space-between" gap={2}>
              <Button variant="ghost" onClick={() => onChoose(item.documentId)}>
                {item.name}
              </Button>
              <Flex gap={2}>
                {item.code ? (
                  <Typography variant="pi" textColor="neutral600">
                    {item.code}
                  </Typography>
                ) : null}
                <Badge>{detail(item)}</Badge>
              </Flex>
            </Flex>
          ))}
        </Flex>
      )}
    </Flex>
  </Box>
);

/**
 * What the Customer 360 page shows before a customer is chosen: the at-risk customers and the
 * recently active ones, so that a first visit starts from a customer that needs attention.
 */
export const CustomerSuggestions = ({ onChoose }: { onChoose: (documentId: string) => void }) => {
  const intl = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const { suggestions, error, isLoading, reload } = useCustomerSuggestions(true);

  if (isLoading && !suggestions)
    return (
      <LoadingState
        message={t('customer360.suggestions.loading', 'Finding customers to start from…')}
      />
    );
  if (error || !suggestions)
    return (
      <LoadError
        message={t('customer360.suggestions.error', 'The suggested customers could not be loaded.')}
        onRetry={reload}
      />
    );
  if (suggestions.atRisk.length === 0 && suggestions.recent.length === 0)
    return (
      <EmptyStateLayout
        content={t('customer360.empty', 'Choose a customer to see everything recorded about it.')}
      />
    );

  const health = (item: SuggestCustomers.Suggestion) =>
    item.health === null
      ? t('customer360.suggestions.noHealth', 'Health —')
      : t('customer360.suggestions.health', 'Health {health}', { health: item.health });
  const lastInteraction = (item: SuggestCustomers.Suggestion) =>
    item.lastInteractionAt
      ? t('customer360.suggestions.lastInteraction', 'Last contact {date}', {
          date: intl.formatDate(item.lastInteractionAt, { dateStyle: 'medium' }),
        })
      : t('customer360.suggestions.noInteraction', 'No contact yet');

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography textColor="neutral600">
        {t(
          'customer360.suggestions.intro',
          'Search for a customer above, or start from one of these.',
        )}
      </Typography>
      <Grid.Root gap={4}>
        <Grid.Item col={6} s={12} alignItems="stretch">
          <SuggestionList
            id="synergy-suggestions-at-risk"
            title={t('customer360.suggestions.atRisk', 'At risk')}
            hint={t(
              'customer360.suggestions.atRisk.hint',
              'Health below 40 (satisfaction, recent contact, open issues, SLA), least healthy first',
            )}
            empty={t('customer360.suggestions.atRisk.empty', 'No customer is at risk.')}
            items={suggestions.atRisk}
            detail={health}
            onChoose={onChoose}
          />
        </Grid.Item>
        <Grid.Item col={6} s={12} alignItems="stretch">
          <SuggestionList
            id="synergy-suggestions-recent"
            title={t('customer360.suggestions.recent', 'Recently active')}
            hint={t(
              'customer360.suggestions.recent.hint',
              'The customers of the latest interactions, newest first',
            )}
            empty={t('customer360.suggestions.recent.empty', 'No interaction recorded yet.')}
            items={suggestions.recent}
            detail={lastInteraction}
            onChoose={onChoose}
          />
        </Grid.Item>
      </Grid.Root>
    </Flex>
  );
};
