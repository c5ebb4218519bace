import * as React from 'react';
import { Box, Button, Field, Flex, Grid, NumberInput, Typography } from '@strapi/design-system';
import { Filter } from '@strapi/icons';
import { useIntl } from 'react-intl';
import type { Period } from '../../../../shared/contracts/analytics';
import {
  CUSTOMER_TIERS,
  CUSTOMER_TYPES,
  PRODUCT_DOMAINS,
  type AnalyticsFilterValues,
} from '../../hooks/useAnalyticsFilters';
import { useStateFrom } from '../../hooks/useStateFrom';
import { getTranslation } from '../../utils/getTranslation';
import { FilterCell, FilterPeriod, FilterSelect } from '../FilterFields';
import { enumLabel, formatDay } from './format';

interface FilterBarProps {
  value: AnalyticsFilterValues;
  onApply: (next: AnalyticsFilterValues) => void;
  /** The period the server used, shown when the URL leaves it to the default. */
  period?: Period;
  /** Impact takes a window in days. */
  withWindow?: boolean;
}

/** Period, customer tier, customer type and product domain (and the impact window); applied to the URL. */
export const FilterBar = ({ value, onApply, period, withWindow }: FilterBarProps) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const key = JSON.stringify(value);
  // The URL wins: back/forward or a shared address replaces what was typed.
  const [draft, setDraft] = useStateFrom<AnalyticsFilterValues>(
    key,
    () => JSON.parse(key) as AnalyticsFilterValues,
  );

  const set = <K extends keyof AnalyticsFilterValues>(
    field: K,
    next: AnalyticsFilterValues[K] | undefined,
  ) => setDraft((previous) => ({ ...previous, [field]: next }));
  const rangeInvalid = Boolean(draft.from && draft.to && draft.from > draft.to);
  const clearLabel = formatMessage({
    id: getTranslation('analytics.filters.clear'),
    defaultMessage: 'Clear',
  });
  const any = formatMessage({ id: getTranslation('analytics.filters.any'), defaultMessage: 'Any' });

  const select = (field: 'tier' | 'type' | 'domain', label: string, values: readonly string[]) => (
    <FilterCell col={2}>
      <FilterSelect
        name={field}
        label={label}
        value={draft[field]}
        options={values.map((option) => ({ value: option, label: enumLabel(intl, option) }))}
        placeholder={any}
        clearLabel={clearLabel}
        onChange={(next) => setDraft((previous) => ({ ...previous, [field]: next }))}
      />
    </FilterCell>
  );

  return (
    <Box
      tag="form"
      role="search"
      aria-label={formatMessage({
        id: getTranslation('analytics.filters.title'),
        defaultMessage: 'Filters',
      })}
      background="neutral0"
      hasRadius
      shadow="tableShadow"
      padding={4}
      onSubmit={(event: React.FormEvent) => {
        event.preventDefault();
        if (!rangeInvalid) onApply(draft);
      }}
    >
      <Grid.Root gap={4}>
        <FilterPeriod
          col={2}
          value={draft}
          scope="analytics.filters"
          clearLabel={clearLabel}
          isInvalid={rangeInvalid}
          onChange={set}
        />
        {select(
          'tier',
          formatMessage({
            id: getTranslation('analytics.filters.tier'),
            defaultMessage: 'Customer tier',
          }),
          CUSTOMER_TIERS,
        )}
        {select(
          'type',
          formatMessage({
            id: getTranslation('analytics.filters.type'),
            defaultMessage: 'Customer type',
          }),
          CUSTOMER_TYPES,
        )}
        {select(
          'domain',
          formatMessage({
            id: getTranslation('analytics.filters.domain'),
            defaultMessage: 'Product domain',
          }),
          PRODUCT_DOMAINS,
        )}
        {withWindow ? (
          <FilterCell col={2}>
            <Field.Root
              name="window"
              hint={formatMessage({
                id: getTranslation('analytics.filters.window.hint'),
                defaultMessage: 'Days before and after the start (default 180)',
              })}
            >
              <Field.Label>
                {formatMessage({
                  id: getTranslation('analytics.filters.window'),
                  defaultMessage: 'Window (days)',
                })}
              </Field.Label>
              <NumberInput
                value={draft.window}
                onValueChange={(next: number | undefined) =>
                  set(
                    'window',
                    next !== undefined && Number.isInteger(next) && next >= 1 && next <= 3650
                      ? next
                      : undefined,
                  )
                }
              />
              <Field.Hint />
            </Field.Root>
          </FilterCell>
        ) : null}
        <Grid.Item col={withWindow ? 12 : 2} s={12} xs={12} alignItems="flex-end">
          <Flex gap={2} paddingTop={withWindow ? 0 : 6}>
            <Button type="submit" startIcon={<Filter />} disabled={rangeInvalid}>
              {formatMessage({
                id: getTranslation('analytics.filters.apply'),
                defaultMessage: 'Apply',
              })}
            </Button>
            <Button type="button" variant="tertiary" onClick={() => onApply({})}>
              {formatMessage({
                id: getTranslation('analytics.filters.reset'),
                defaultMessage: 'Reset',
              })}
            </Button>
          </Flex>
        </Grid.Item>
      </Grid.Root>
      {period ? (
        <Typography variant="pi" textColor="neutral600" role="status" tag="p" paddingTop={3}>
          {formatMessage(
            {
              id: getTranslation('analytics.filters.period'),
              defaultMessage: 'Period: {from} – {to}',
            },
            { from: formatDay(intl, period.from), to: formatDay(intl, period.to) },
          )}
        </Typography>
      ) : null}
    </Box>
  );
};
