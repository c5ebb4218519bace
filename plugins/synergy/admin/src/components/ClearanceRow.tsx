import * as React from 'react';
import {
  Badge,
  Button,
  Field,
  Flex,
  MultiSelect,
  MultiSelectOption,
  SingleSelect,
  SingleSelectOption,
  Td,
  TextInput,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { useIntl } from 'react-intl';
import {
  CLEARANCE_LEVELS,
  type AdminClearance,
  type ClearanceLevel,
  type CompartmentOption,
} from '../services/clearances';
import { useStateFrom } from '../hooks/useStateFrom';
import { getTranslation } from '../utils/getTranslation';

interface ClearanceRowProps {
  user: AdminClearance;
  /** The compartments that exist, to grant (SPEC §1.1). */
  compartments: CompartmentOption[];
  isSaving: boolean;
  onSave: (
    user: AdminClearance,
    level: ClearanceLevel,
    note: string | null,
    compartments: string[],
  ) => void;
}

export const nameOf = (user: AdminClearance) =>
  [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email;

/** One admin user: their level and note, editable unless they are a Super Admin (always secret). */
export const ClearanceRow = ({ user, compartments, isSaving, onSave }: ClearanceRowProps) => {
  const { formatMessage } = useIntl();
  // A saved or reloaded row starts again from the server's values.
  const [level, setLevel] = useStateFrom<ClearanceLevel>(user.level, () => user.level);
  const [note, setNote] = useStateFrom(user.note, () => user.note ?? '');
  const [held, setHeld] = useStateFrom(user.compartments, () => user.compartments ?? []);

  const name = nameOf(user);
  const dirty =
    level !== user.level ||
    note !== (user.note ?? '') ||
    [...held].sort().join() !== [...(user.compartments ?? [])].sort().join() ||
    (!user.explicit && !user.isSuperAdmin);
  const levelLabel = (value: string) => formatMessage({ id: value, defaultMessage: value });

  return (
    <Tr>
      <Td>
        <Flex direction="column" alignItems="flex-start">
          <Typography textColor="neutral800" fontWeight="bold">
            {name}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {user.email}
          </Typography>
        </Flex>
      </Td>
      <Td>
        <Typography textColor="neutral800">{user.roles.join(', ')}</Typography>
      </Td>
      <Td>
        <Typography textColor={user.isActive ? 'success600' : 'neutral600'}>
          {user.isActive
            ? formatMessage({ id: getTranslation('value.yes'), defaultMessage: 'Yes' })
            : formatMessage({ id: getTranslation('value.no'), defaultMessage: 'No' })}
        </Typography>
      </Td>
      <Td>
        {user.isSuperAdmin ? (
          <Typography
            textColor="neutral800"
            title={formatMessage({
              id: getTranslation('clearances.superAdmin'),
              defaultMessage: 'Super Admins are always cleared for secret.',
            })}
          >
            {levelLabel('secret')}
          </Typography>
        ) : (
          <Field.Root name={`level-${user.id}`}>
            <SingleSelect
              aria-label={formatMessage(
                {
                  id: getTranslation('clearances.levelOf'),
                  defaultMessage: 'Clearance level of {name}',
                },
                { name },
              )}
              value={level}
              onChange={(next) => setLevel(next as ClearanceLevel)}
              disabled={isSaving}
              size="S"
            >
              {CLEARANCE_LEVELS.map((value) => (
                <SingleSelectOption key={value} value={value}>
                  {levelLabel(value)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        )}
      </Td>
      <Td>
        <Badge active={user.explicit || user.isSuperAdmin}>
          {user.isSuperAdmin
            ? formatMessage({
                id: getTranslation('clearances.source.superAdmin'),
                defaultMessage: 'Super Admin',
              })
            : user.explicit
              ? formatMessage({
                  id: getTranslation('clearances.source.explicit'),
                  defaultMessage: 'Explicit',
                })
              : formatMessage({
                  id: getTranslation('clearances.source.default'),
                  defaultMessage: 'Default',
                })}
        </Badge>
      </Td>
      <Td>
        {user.isSuperAdmin ? (
          <Typography textColor="neutral600">
            {formatMessage({
              id: getTranslation('clearances.compartments.all'),
              defaultMessage: 'All',
            })}
          </Typography>
        ) : (
          <Field.Root name={`compartments-${user.id}`}>
            <MultiSelect
              aria-label={formatMessage(
                {
                  id: getTranslation('clearances.compartmentsOf'),
                  defaultMessage: 'Compartments {name} holds',
                },
                { name },
              )}
              placeholder={formatMessage({
                id: getTranslation('clearances.compartments.none'),
                defaultMessage: 'None',
              })}
              value={held}
              onChange={(next: string[]) => setHeld(next)}
              disabled={isSaving || compartments.length === 0}
              withTags
              size="S"
            >
              {compartments.map((compartment) => (
                <MultiSelectOption key={compartment.code} value={compartment.code}>
                  {compartment.name}
                </MultiSelectOption>
              ))}
            </MultiSelect>
          </Field.Root>
        )}
      </Td>
      <Td>
        {user.isSuperAdmin ? (
          <Typography textColor="neutral600">
            {user.note ?? formatMessage({ id: getTranslation('value.empty'), defaultMessage: '—' })}
          </Typography>
        ) : (
          <Field.Root name={`note-${user.id}`}>
            <TextInput
              size="S"
              aria-label={formatMessage(
                {
                  id: getTranslation('clearances.noteOf'),
                  defaultMessage: 'Note about the clearance of {name}',
                },
                { name },
              )}
              value={note}
              maxLength={1000}
              disabled={isSaving}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => setNote(event.target.value)}
            />
          </Field.Root>
        )}
      </Td>
      <Td>
        {user.isSuperAdmin ? null : (
          <Button
            size="S"
            variant="secondary"
            startIcon={<Check />}
            loading={isSaving}
            disabled={!dirty}
            aria-label={formatMessage(
              {
                id: getTranslation('clearances.saveFor'),
                defaultMessage: 'Save the clearance of {name}',
              },
              { name },
            )}
            onClick={() => onSave(user, level, note.trim() ? note.trim() : null, held)}
          >
            {formatMessage({ id: getTranslation('clearances.save'), defaultMessage: 'Save' })}
          </Button>
        )}
      </Td>
    </Tr>
  );
};
