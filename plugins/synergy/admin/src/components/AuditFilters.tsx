import * as React from 'react';
import { Box, Button, Field, Flex, Grid, TextInput } from '@strapi/design-system';
import { Filter } from '@strapi/icons';
import { useIntl, type MessageDescriptor } from 'react-intl';
import { ACTOR_TYPES, AUDIT_ACTIONS } from '../services/audit';
import { useStateFrom } from '../hooks/useStateFrom';
import { getTranslation } from '../utils/getTranslation';
import {
  FILTERABLE_CONTENT_TYPES,
  actionMessage,
  actorTypeMessage,
  contentTypeLabel,
} from './audit-format';
import { FilterCell, FilterPeriod, FilterSelect, type FilterOption } from './FilterFields';

/** The server's audit filters (services/audit.ts), as the filter bar sets them. */
export const FILTER_KEYS = [
  'actorType',
  'actorId',
  'action',
  'contentType',
  'recordId',
  'from',
  'to',
] as const;

/** The filters as kept in the URL: days are YYYY-MM-DD (the server takes instants), everything is a string. */
export type AuditFilterValues = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

interface AuditFiltersProps {
  value: AuditFilterValues;
  onApply: (values: AuditFilterValues) => void;
}

/** The filter bar of the audit page: edited here, applied to the URL on submit. */
export const AuditFilters = ({ value, onApply }: AuditFiltersProps) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  // Follow the URL (back button, a shared link, reset).
  const valueKey = JSON.stringify(value);
  const [draft, setDraft] = useStateFrom<AuditFilterValues>(
    valueKey,
    () => JSON.parse(valueKey) as AuditFilterValues,
  );

  const set = (key: keyof AuditFilterValues, next: string | undefined) =>
    setDraft((previous) => ({ ...previous, [key]: next === '' ? undefined : next }));

  const actorIdInvalid = Boolean(draft.actorId && !/^[1-9]\d*$/.test(draft.actorId));
  const rangeInvalid = Boolean(draft.from && draft.to && draft.from > draft.to);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (actorIdInvalid || rangeInvalid) return;
    onApply({ ...draft, recordId: draft.recordId?.trim() || undefined });
  };

  const clearLabel = formatMessage({
    id: getTranslation('audit.filters.clear'),
    defaultMessage: 'Clear',
  });
  const anyLabel = formatMessage({
    id: getTranslation('audit.filters.any'),
    defaultMessage: 'Any',
  });

  const select = (
    key: 'actorType' | 'action' | 'contentType',
    label: MessageDescriptor,
    options: FilterOption[],
  ) => (
    <FilterCell col={3}>
      <FilterSelect
        name={key}
        label={formatMessage(label)}
        value={draft[key]}
        options={options}
        placeholder={anyLabel}
        clearLabel={clearLabel}
        onChange={(next) => set(key, next)}
      />
    </FilterCell>
  );

  return (
    <Box
      tag="form"
      onSubmit={submit}
      background="neutral0"
      hasRadius
      shadow="tableShadow"
      padding={6}
      aria-label={formatMessage({
        id: getTranslation('audit.filters.title'),
        defaultMessage: 'Filters',
      })}
    >
      <Grid.Root gap={4}>
        {select(
          'actorType',
          { id: getTranslation('audit.filters.actorType'), defaultMessage: 'Actor type' },
          ACTOR_TYPES.map((actorType) => ({
            value: actorType,
            label: formatMessage(actorTypeMessage(actorType)),
          })),
        )}
        <FilterCell col={3}>
          <Field.Root
            name="actorId"
            error={
              actorIdInvalid
                ? formatMessage({
                    id: getTranslation('audit.filters.actorId.invalid'),
                    defaultMessage: 'An actor id is a positive whole number.',
                  })
                : undefined
            }
          >
            <Field.Label>
              {formatMessage({
                id: getTranslation('audit.filters.actorId'),
                defaultMessage: 'Actor id',
              })}
            </Field.Label>
            <TextInput
              inputMode="numeric"
              value={draft.actorId ?? ''}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                set('actorId', event.target.value.trim())
              }
            />
            <Field.Error />
          </Field.Root>
        </FilterCell>
        {select(
          'action',
          { id: getTranslation('audit.filters.action'), defaultMessage: 'Action' },
          AUDIT_ACTIONS.map((action) => ({
            value: action,
            label: formatMessage(actionMessage(action)),
          })),
        )}
        {select(
          'contentType',
          { id: getTranslation('audit.filters.contentType'), defaultMessage: 'Content type' },
          FILTERABLE_CONTENT_TYPES.map((uid) => ({
            value: uid,
            label: contentTypeLabel(intl, uid),
          })),
        )}
        <FilterCell col={3}>
          <Field.Root
            name="recordId"
            hint={formatMessage({
              id: getTranslation('audit.filters.recordId.hint'),
              defaultMessage: 'The document id of the record',
            })}
          >
            <Field.Label>
              {formatMessage({
                id: getTranslation('audit.filters.recordId'),
                defaultMessage: 'Record id',
              })}
            </Field.Label>
            <TextInput
              value={draft.recordId ?? ''}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                set('recordId', event.target.value)
              }
            />
            <Field.Hint />
          </Field.Root>
        </FilterCell>
        <FilterPeriod
          col={3}
          value={draft}
          scope="audit.filters"
          clearLabel={clearLabel}
          isInvalid={rangeInvalid}
          onChange={set}
        />
        <Grid.Item col={3} s={6} xs={12} alignItems="flex-end">
          <Flex gap={2} paddingTop={6}>
            <Button type="submit" startIcon={<Filter />} disabled={actorIdInvalid || rangeInvalid}>
              {formatMessage({
                id: getTranslation('audit.filters.apply'),
                defaultMessage: 'Apply filters',
              })}
            </Button>
            <Button type="button" variant="tertiary" onClick={() => onApply({})}>
              {formatMessage({
                id: getTranslation('audit.filters.reset'),
                defaultMessage: 'Reset',
              })}
            </Button>
          </Flex>
        </Grid.Item>
      </Grid.Root>
    </Box>
  );
};
