import * as React from 'react';
import { Box, Button, DatePicker, Field, Flex, Grid, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';
import { Filter } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { ACTOR_TYPES, AUDIT_ACTIONS } from '../services/audit';
import { getTranslation } from '../utils/getTranslation';
import { FILTERABLE_CONTENT_TYPES, actionMessage, actorTypeMessage, contentTypeLabel, formatDay, parseDay } from './audit-format';

/** The filters as kept in the URL: days are YYYY-MM-DD, everything is a string. */
export interface AuditFilterValues {
  actorType?: string;
  actorId?: string;
  action?: string;
  contentType?: string;
  recordId?: string;
  from?: string;
  to?: string;
}

export const FILTER_KEYS = ['actorType', 'actorId', 'action', 'contentType', 'recordId', 'from', 'to'] as const;

interface AuditFiltersProps {
  value: AuditFilterValues;
  onApply: (values: AuditFilterValues) => void;
}

/** The filter bar of the audit page: edited here, applied to the URL on submit. */
export const AuditFilters = ({ value, onApply }: AuditFiltersProps) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const [draft, setDraft] = React.useState<AuditFilterValues>(value);

  // Follow the URL (back button, a shared link, reset).
  const valueKey = JSON.stringify(value);
  React.useEffect(() => setDraft(JSON.parse(valueKey) as AuditFilterValues), [valueKey]);

  const set = (key: keyof AuditFilterValues, next: string | undefined) =>
    setDraft((previous) => ({ ...previous, [key]: next === '' ? undefined : next }));

  const actorIdInvalid = Boolean(draft.actorId && !/^[1-9]\d*$/.test(draft.actorId));
  const rangeInvalid = Boolean(draft.from && draft.to && draft.from > draft.to);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (actorIdInvalid || rangeInvalid) return;
    onApply({ ...draft, recordId: draft.recordId?.trim() || undefined });
  };

  const clearLabel = formatMessage({ id: getTranslation('audit.filters.clear'), defaultMessage: 'Clear' });
  const anyLabel = formatMessage({ id: getTranslation('audit.filters.any'), defaultMessage: 'Any' });

  return (
    <Box
      tag="form"
      onSubmit={submit}
      background="neutral0"
      hasRadius
      shadow="tableShadow"
      padding={6}
      aria-label={formatMessage({ id: getTranslation('audit.filters.title'), defaultMessage: 'Filters' })}
    >
      <Grid.Root gap={4}>
        <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
          <Field.Root name="actorType">
            <Field.Label>{formatMessage({ id: getTranslation('audit.filters.actorType'), defaultMessage: 'Actor type' })}</Field.Label>
            <SingleSelect
              value={draft.actorType ?? ''}
              placeholder={anyLabel}
              onChange={(next) => set('actorType', String(next))}
              onClear={() => set('actorType', undefined)}
              clearLabel={clearLabel}
            >
              {ACTOR_TYPES.map((actorType) => (
                <SingleSelectOption key={actorType} value={actorType}>
                  {formatMessage(actorTypeMessage(actorType))}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
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
            <Field.Label>{formatMessage({ id: getTranslation('audit.filters.actorId'), defaultMessage: 'Actor id' })}</Field.Label>
            <TextInput
              inputMode="numeric"
              value={draft.actorId ?? ''}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => set('actorId', event.target.value.trim())}
            />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
          <Field.Root name="action">
            <Field.Label>{formatMessage({ id: getTranslation('audit.filters.action'), defaultMessage: 'Action' })}</Field.Label>
            <SingleSelect
              value={draft.action ?? ''}
              placeholder={anyLabel}
              onChange={(next) => set('action', String(next))}
              onClear={() => set('action', undefined)}
              clearLabel={clearLabel}
            >
              {AUDIT_ACTIONS.map((action) => (
                <SingleSelectOption key={action} value={action}>
                  {formatMessage(actionMessage(action))}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
          <Field.Root name="contentType">
            <Field.Label>{formatMessage({ id: getTranslation('audit.filters.contentType'), defaultMessage: 'Content type' })}</Field.Label>
            <SingleSelect
              value={draft.contentType ?? ''}
              placeholder={anyLabel}
              onChange={(next) => set('contentType', String(next))}
              onClear={() => set('contentType', undefined)}
              clearLabel={clearLabel}
            >
              {FILTERABLE_CONTENT_TYPES.map((uid) => (
                <SingleSelectOption key={uid} value={uid}>
                  {contentTypeLabel(intl, uid)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
          <Field.Root
            name="recordId"
            hint={formatMessage({ id: getTranslation('audit.filters.recordId.hint'), defaultMessage: 'The document id of the record' })}
          >
            <Field.Label>{formatMessage({ id: getTranslation('audit.filters.recordId'), defaultMessage: 'Record id' })}</Field.Label>
            <TextInput
              value={draft.recordId ?? ''}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => set('recordId', event.target.value)}
            />
            <Field.Hint />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
          <Field.Root name="from">
            <Field.Label>{formatMessage({ id: getTranslation('audit.filters.from'), defaultMessage: 'From' })}</Field.Label>
            <DatePicker
              locale={intl.locale}
              value={parseDay(draft.from)}
              onChange={(date) => set('from', date ? formatDay(date) : undefined)}
              onClear={() => set('from', undefined)}
              clearLabel={clearLabel}
            />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
          <Field.Root
            name="to"
            error={
              rangeInvalid
                ? formatMessage({ id: getTranslation('audit.filters.range.invalid'), defaultMessage: '"To" must not be before "From".' })
                : undefined
            }
          >
            <Field.Label>{formatMessage({ id: getTranslation('audit.filters.to'), defaultMessage: 'To' })}</Field.Label>
            <DatePicker
              locale={intl.locale}
              value={parseDay(draft.to)}
              onChange={(date) => set('to', date ? formatDay(date) : undefined)}
              onClear={() => set('to', undefined)}
              clearLabel={clearLabel}
            />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={3} s={6} xs={12} alignItems="flex-end">
          <Flex gap={2} paddingTop={6}>
            <Button type="submit" startIcon={<Filter />} disabled={actorIdInvalid || rangeInvalid}>
              {formatMessage({ id: getTranslation('audit.filters.apply'), defaultMessage: 'Apply filters' })}
            </Button>
            <Button type="button" variant="tertiary" onClick={() => onApply({})}>
              {formatMessage({ id: getTranslation('audit.filters.reset'), defaultMessage: 'Reset' })}
            </Button>
          </Flex>
        </Grid.Item>
      </Grid.Root>
    </Box>
  );
};
