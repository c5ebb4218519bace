import * as React from 'react';
import { Combobox, ComboboxOption, Field, Flex, Typography } from '@strapi/design-system';
import { useDebounce, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { SearchCustomers } from '../../../shared/contracts/customer-360';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { useStateFrom } from '../hooks/useStateFrom';
import { useSearchCustomers } from '../services/customer-360';
import { getTranslation } from '../utils/getTranslation';

interface CustomerSearchProps {
  /** documentId of the chosen customer. */
  value: string | undefined;
  /** Shown in the box for the chosen customer before any search ran (e.g. after a reload). */
  selectedLabel: string | undefined;
  onChange: (documentId: string | undefined) => void;
}

const optionText = (hit: SearchCustomers.CustomerHit) =>
  [hit.name, hit.shortName, hit.code].filter(Boolean).join(' · ');

/** Search box of the Customer 360 page: customers by name, short name or code, asked to the server. */
export const CustomerSearch = ({ value, selectedLabel, onChange }: CustomerSearchProps) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const errorMessage = useErrorMessage();
  const [textValue, setTextValue] = useStateFrom<string | undefined>(
    selectedLabel,
    () => selectedLabel,
  );
  const [query, setQuery] = React.useState('');
  const [isOpen, setIsOpen] = React.useState(false);
  const debouncedQuery = useDebounce(query, 250);
  const { hits, error, isLoading } = useSearchCustomers(debouncedQuery, isOpen);

  React.useEffect(() => {
    if (error) toggleNotification({ type: 'danger', message: errorMessage(error) });
  }, [error, errorMessage, toggleNotification]);

  const tierLabel = (tier: string | null) =>
    tier ? formatMessage({ id: tier, defaultMessage: tier }) : null;

  return (
    <Field.Root name="customer" id="synergy-customer-search">
      <Field.Label>
        {formatMessage({ id: getTranslation('search.label'), defaultMessage: 'Customer' })}
      </Field.Label>
      <Combobox
        // The server already matched name, short name or code; the option text carries all three so
        // the list keeps every hit while the box filters as the user types.
        autocomplete={{ type: 'list', filter: 'contains' }}
        placeholder={formatMessage({
          id: getTranslation('search.placeholder'),
          defaultMessage: 'Search by name, short name or code',
        })}
        value={value ?? ''}
        textValue={textValue}
        onTextValueChange={setTextValue}
        onInputChange={(event) => setQuery(event.currentTarget.value)}
        onOpenChange={setIsOpen}
        onChange={(documentId) => onChange(documentId || undefined)}
        onClear={() => {
          setQuery('');
          setTextValue('');
          onChange(undefined);
        }}
        clearLabel={formatMessage({ id: getTranslation('search.clear'), defaultMessage: 'Clear' })}
        loading={isLoading}
        loadingMessage={formatMessage({
          id: getTranslation('search.loading'),
          defaultMessage: 'Searching customers…',
        })}
        noOptionsMessage={(text) =>
          formatMessage(
            {
              id: getTranslation('search.noResults'),
              defaultMessage: 'No customer matches "{query}"',
            },
            { query: text },
          )
        }
      >
        {hits.map((hit) => (
          <ComboboxOption key={hit.documentId} value={hit.documentId} textValue={optionText(hit)}>
            <Flex gap={2} justifyContent="space-between">
              <Typography ellipsis>
                {hit.name}
                {hit.shortName ? ` (${hit.shortName})` : ''}
              </Typography>
              <Typography textColor="neutral600" variant="pi">
                {[hit.code, tierLabel(hit.tier)].filter(Boolean).join(' · ')}
              </Typography>
            </Flex>
          </ComboboxOption>
        ))}
      </Combobox>
    </Field.Root>
  );
};
