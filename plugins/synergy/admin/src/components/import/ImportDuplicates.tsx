import {
  Field,
  Flex,
  Link,
  Radio,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { DUPLICATE_ACTIONS, type DuplicateAction, type PostImport } from '../../services/import';
import { getTranslation } from '../../utils/getTranslation';
import { editViewPath } from '../../utils/links';

const ACTION_MESSAGES: Record<DuplicateAction, { id: string; defaultMessage: string }> = {
  skip: {
    id: getTranslation('import.duplicates.skip'),
    defaultMessage: 'Skip them (keep the existing records)',
  },
  update: {
    id: getTranslation('import.duplicates.update'),
    defaultMessage: 'Update the existing records',
  },
  create: {
    id: getTranslation('import.duplicates.create'),
    defaultMessage: 'Create new records anyway',
  },
};

interface ImportDuplicatesProps {
  duplicates: PostImport.Duplicate[];
  uid: string;
  onDuplicate: DuplicateAction;
  disabled: boolean;
  onChange: (action: DuplicateAction) => void;
}

/** Rows that match an existing record (by code or by name), with what the commit does with them. */
export const ImportDuplicates = ({
  duplicates,
  uid,
  onDuplicate,
  disabled,
  onChange,
}: ImportDuplicatesProps) => {
  const { formatMessage } = useIntl();
  const matchMessage = (match: PostImport.Duplicate['match']) =>
    match === 'code'
      ? formatMessage({
          id: getTranslation('import.duplicates.byCode'),
          defaultMessage: 'Same code',
        })
      : formatMessage({
          id: getTranslation('import.duplicates.byName'),
          defaultMessage: 'Same name',
        });

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Field.Root name="onDuplicate">
        <Field.Label>
          {formatMessage({
            id: getTranslation('import.duplicates.action'),
            defaultMessage: 'Rows that match an existing record',
          })}
        </Field.Label>
        <Radio.Group
          value={onDuplicate}
          disabled={disabled}
          onValueChange={(value: string) => onChange(value as DuplicateAction)}
          aria-label={formatMessage({
            id: getTranslation('import.duplicates.action'),
            defaultMessage: 'Rows that match an existing record',
          })}
        >
          {DUPLICATE_ACTIONS.map((action) => (
            <Radio.Item key={action} value={action}>
              {formatMessage(ACTION_MESSAGES[action])}
            </Radio.Item>
          ))}
        </Radio.Group>
      </Field.Root>
      <Table
        colCount={3}
        rowCount={duplicates.length + 1}
        aria-label={formatMessage({
          id: getTranslation('import.duplicates.title'),
          defaultMessage: 'Rows matching existing records',
        })}
      >
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma" textColor="neutral600">
                {formatMessage({ id: getTranslation('import.line'), defaultMessage: 'Line' })}
              </Typography>
            </Th>
            <Th>
              <Typography variant="sigma" textColor="neutral600">
                {formatMessage({
                  id: getTranslation('import.duplicates.match'),
                  defaultMessage: 'Match',
                })}
              </Typography>
            </Th>
            <Th>
              <Typography variant="sigma" textColor="neutral600">
                {formatMessage({
                  id: getTranslation('import.duplicates.existing'),
                  defaultMessage: 'Existing record',
                })}
              </Typography>
            </Th>
          </Tr>
        </Thead>
        <Tbody>
          {duplicates.map((duplicate) => (
            <Tr key={duplicate.line}>
              <Td>
                <Typography>{duplicate.line}</Typography>
              </Td>
              <Td>
                <Typography>{matchMessage(duplicate.match)}</Typography>
              </Td>
              <Td>
                <Link tag={NavLink} to={editViewPath(uid, duplicate.existing.documentId)}>
                  {duplicate.existing.code
                    ? `${duplicate.existing.name} (${duplicate.existing.code})`
                    : duplicate.existing.name}
                </Link>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Flex>
  );
};
