import * as React from 'react';
import {
  Button,
  Checkbox,
  Field,
  Flex,
  Td,
  TextInput,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Check, Plus, Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';
import type { SaveNeedToKnowEntry } from '../../../shared/contracts/need-to-know';
import { useStateFrom } from '../hooks/useStateFrom';
import type { Caveat, Compartment } from '../services/need-to-know';
import { getTranslation } from '../utils/getTranslation';

interface NeedToKnowRowProps {
  /** The saved entry, or none for the row that adds one. */
  entry?: Compartment | Caveat;
  /** Caveats have an English name and the external-release flag. */
  isCaveat: boolean;
  isSaving: boolean;
  onSave: (body: SaveNeedToKnowEntry.Request) => Promise<unknown>;
  onDelete?: () => void;
}

type TextField = 'code' | 'name' | 'nameEn' | 'description';

/** One text field of the row, named for assistive technology by its column. */
const TextCell = ({
  name,
  label,
  value,
  placeholder,
  onChange,
}: {
  name: TextField;
  label: string;
  value: string;
  placeholder?: string;
  onChange: (value: string) => void;
}) => (
  <Field.Root name={name}>
    <TextInput
      aria-label={label}
      placeholder={placeholder}
      value={value}
      onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      size="S"
    />
  </Field.Root>
);

const isCaveatEntry = (entry: Compartment | Caveat | undefined): entry is Caveat =>
  entry !== undefined && 'withheldFromExternal' in entry;

/** One compartment or caveat: code (fixed once saved), names, description; or the row adding one. */
export const NeedToKnowRow = ({
  entry,
  isCaveat,
  isSaving,
  onSave,
  onDelete,
}: NeedToKnowRowProps) => {
  const { formatMessage } = useIntl();
  const initial = () => ({
    code: entry?.code ?? '',
    name: entry?.name ?? '',
    nameEn: isCaveatEntry(entry) ? (entry.nameEn ?? '') : '',
    description: entry?.description ?? '',
    withheldFromExternal: isCaveatEntry(entry) ? entry.withheldFromExternal : false,
  });
  const [draft, setDraft] = useStateFrom(entry, initial);
  const set = (patch: Partial<typeof draft>) => setDraft((current) => ({ ...current, ...patch }));
  const label = (key: string, defaultMessage: string) =>
    formatMessage({ id: getTranslation(`needToKnow.column.${key}`), defaultMessage });
  const textCell = (name: TextField, defaultMessage: string, placeholder?: string) => (
    <TextCell
      name={name}
      label={label(name, defaultMessage)}
      value={draft[name]}
      placeholder={placeholder}
      onChange={(value) => set({ [name]: value })}
    />
  );

  const save = async () => {
    const body: SaveNeedToKnowEntry.Request = {
      ...(entry ? {} : { code: draft.code }),
      name: draft.name,
      description: draft.description || null,
      ...(isCaveat
        ? { nameEn: draft.nameEn || null, withheldFromExternal: draft.withheldFromExternal }
        : {}),
    };
    const saved = await onSave(body);
    if (saved && !entry) setDraft(initial());
  };

  return (
    <Tr>
      <Td>
        {entry ? (
          <Typography fontWeight="bold">{entry.code}</Typography>
        ) : (
          textCell('code', 'Code', isCaveat ? 'no-foreign-partners' : 'program-falcon')
        )}
      </Td>
      <Td>{textCell('name', 'Name')}</Td>
      {isCaveat && <Td>{textCell('nameEn', 'English name')}</Td>}
      <Td>{textCell('description', 'Description')}</Td>
      {isCaveat && (
        <Td>
          <Checkbox
            aria-label={label('withheldFromExternal', 'Withheld from external callers')}
            checked={draft.withheldFromExternal}
            onCheckedChange={(checked: boolean | 'indeterminate') =>
              set({ withheldFromExternal: checked === true })
            }
          />
        </Td>
      )}
      <Td>
        <Flex gap={2}>
          <Button
            size="S"
            variant={entry ? 'secondary' : 'default'}
            startIcon={entry ? <Check /> : <Plus />}
            loading={isSaving}
            disabled={isSaving || draft.name.trim() === '' || (!entry && draft.code === '')}
            onClick={save}
          >
            {entry
              ? formatMessage({ id: getTranslation('needToKnow.save'), defaultMessage: 'Save' })
              : formatMessage({ id: getTranslation('needToKnow.add'), defaultMessage: 'Add' })}
          </Button>
          {entry && onDelete && (
            <Button
              size="S"
              variant="danger-light"
              startIcon={<Trash />}
              disabled={isSaving}
              onClick={onDelete}
            >
              {formatMessage({ id: getTranslation('needToKnow.delete'), defaultMessage: 'Delete' })}
            </Button>
          )}
        </Flex>
      </Td>
    </Tr>
  );
};
