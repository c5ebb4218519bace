import * as React from 'react';
import {
  Badge,
  Box,
  Button,
  DatePicker,
  Field,
  Flex,
  Grid,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { Delegation } from '../../../shared/contracts/reviews';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { fieldErrorsOf, useDelegationActions, useDelegations } from '../services/reviews';
import { getTranslation } from '../utils/getTranslation';
import { formatDay, parseDay } from './audit-format';

interface Draft {
  delegateId: string;
  startsOn?: string;
  endsOn?: string;
  note: string;
}

const EMPTY_DRAFT: Draft = { delegateId: '', note: '' };

/**
 * "Your stand-ins" on the Approvals page (SPEC §3): name a colleague who approves in your name
 * while you are away, see who stands in for you and for whom you stand in, and end a delegation.
 */
export const StandInsSection = () => {
  const intl = useIntl();
  const { formatMessage, locale } = intl;
  const { toggleNotification } = useNotification();
  const errorMessage = useErrorMessage();
  const delegations = useDelegations();
  const { create, remove } = useDelegationActions();
  const [draft, setDraft] = React.useState<Draft>(EMPTY_DRAFT);
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [isSaving, setIsSaving] = React.useState(false);

  const label = formatMessage({
    id: getTranslation('standIns.title'),
    defaultMessage: 'Stand-ins',
  });
  const set = (change: Partial<Draft>) => {
    setErrors({});
    setDraft((current) => ({ ...current, ...change }));
  };

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setIsSaving(true);
    try {
      await create({
        delegateId: Number(draft.delegateId),
        startsOn: draft.startsOn ?? '',
        endsOn: draft.endsOn ?? '',
        note: draft.note.trim() || null,
      });
      setDraft(EMPTY_DRAFT);
      toggleNotification({
        type: 'success',
        message: formatMessage({
          id: getTranslation('standIns.saved'),
          defaultMessage: 'Stand-in named.',
        }),
      });
    } catch (error) {
      const fields = fieldErrorsOf(error);
      setErrors(fields);
      if (Object.keys(fields).length === 0)
        toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setIsSaving(false);
    }
  };

  const end = async (delegation: Delegation) => {
    try {
      await remove(delegation.id);
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    }
  };

  const line = (delegation: Delegation, given: boolean) => (
    <Flex
      key={delegation.id}
      tag="li"
      justifyContent="space-between"
      gap={2}
      paddingTop={2}
      paddingBottom={2}
    >
      <Flex gap={2} wrap="wrap">
        <Typography>
          {formatMessage(
            given
              ? {
                  id: getTranslation('standIns.given'),
                  defaultMessage: '{person} stands in for you from {from} to {to}',
                }
              : {
                  id: getTranslation('standIns.received'),
                  defaultMessage: 'You stand in for {person} from {from} to {to}',
                },
            {
              person: given ? delegation.delegate.name : delegation.delegator.name,
              from: delegation.startsOn,
              to: delegation.endsOn,
            },
          )}
          {delegation.note ? ` — ${delegation.note}` : ''}
        </Typography>
        {delegation.active ? (
          <Badge active>
            {formatMessage({ id: getTranslation('standIns.active'), defaultMessage: 'Now' })}
          </Badge>
        ) : null}
      </Flex>
      {given ? (
        <Button variant="tertiary" startIcon={<Trash />} onClick={() => end(delegation)}>
          {formatMessage({ id: getTranslation('standIns.end'), defaultMessage: 'End' })}
        </Button>
      ) : null}
    </Flex>
  );

  const data = delegations.data?.data;
  const lines = [
    ...(data?.given ?? []).map((delegation) => line(delegation, true)),
    ...(data?.received ?? []).map((delegation) => line(delegation, false)),
  ];

  return (
    <Flex tag="section" direction="column" alignItems="stretch" gap={4} aria-label={label}>
      <Typography tag="h2" variant="delta">
        {label}
      </Typography>
      <Typography variant="omega" textColor="neutral600">
        {formatMessage({
          id: getTranslation('standIns.help'),
          defaultMessage:
            'Away? Name a colleague who approves in your name meanwhile; the history records who did it.',
        })}
      </Typography>
      {lines.length > 0 ? (
        <Box tag="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {lines}
        </Box>
      ) : (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage({
            id: getTranslation('standIns.none'),
            defaultMessage: 'No stand-ins now or to come.',
          })}
        </Typography>
      )}
      <Box tag="form" onSubmit={save} noValidate background="neutral0" hasRadius padding={4}>
        <Grid.Root gap={4}>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <Field.Root name="standIn-delegateId" required error={errors.delegateId}>
              <Field.Label>
                {formatMessage({
                  id: getTranslation('standIns.delegate'),
                  defaultMessage: 'Stand-in',
                })}
              </Field.Label>
              <SingleSelect
                value={draft.delegateId}
                onChange={(value: string | number) => set({ delegateId: String(value) })}
                placeholder={formatMessage({
                  id: getTranslation('standIns.delegate.placeholder'),
                  defaultMessage: 'Choose a colleague',
                })}
              >
                {(delegations.data?.meta.users ?? []).map((user) => (
                  <SingleSelectOption key={user.id} value={String(user.id)}>
                    {user.name}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
              <Field.Error />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={2} s={6} direction="column" alignItems="stretch">
            <Field.Root name="standIn-startsOn" required error={errors.startsOn}>
              <Field.Label>
                {formatMessage({ id: getTranslation('standIns.startsOn'), defaultMessage: 'From' })}
              </Field.Label>
              <DatePicker
                locale={locale}
                value={parseDay(draft.startsOn)}
                onChange={(date) => set({ startsOn: date ? formatDay(date) : undefined })}
                onClear={() => set({ startsOn: undefined })}
              />
              <Field.Error />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={2} s={6} direction="column" alignItems="stretch">
            <Field.Root name="standIn-endsOn" required error={errors.endsOn}>
              <Field.Label>
                {formatMessage({ id: getTranslation('standIns.endsOn'), defaultMessage: 'To' })}
              </Field.Label>
              <DatePicker
                locale={locale}
                value={parseDay(draft.endsOn)}
                onChange={(date) => set({ endsOn: date ? formatDay(date) : undefined })}
                onClear={() => set({ endsOn: undefined })}
              />
              <Field.Error />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <Field.Root name="standIn-note" error={errors.note}>
              <Field.Label>
                {formatMessage({ id: getTranslation('standIns.note'), defaultMessage: 'Note' })}
              </Field.Label>
              <TextInput
                value={draft.note}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                  set({ note: event.target.value })
                }
              />
              <Field.Error />
            </Field.Root>
          </Grid.Item>
        </Grid.Root>
        <Box paddingTop={4}>
          <Button type="submit" startIcon={<Plus />} loading={isSaving}>
            {formatMessage({
              id: getTranslation('standIns.add'),
              defaultMessage: 'Name a stand-in',
            })}
          </Button>
        </Box>
      </Box>
    </Flex>
  );
};
