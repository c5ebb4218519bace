import {
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { GetImportTypes, PostImport } from '../../services/import';
import { getTranslation } from '../../utils/getTranslation';
import { fieldLabel, unmappedRequiredFields, type ColumnMapping } from './import-format';
import { MatchBadge } from './MatchBadge';

/** The Select value of an ignored column (a Select cannot hold null). */
const IGNORED = '__ignored__';

interface ColumnMappingTableProps {
  columns: string[];
  mapping: ColumnMapping;
  fields: GetImportTypes.Field[];
  /** The server's automatic proposals: shown where the column still has the proposed field. */
  proposals: PostImport.Report['proposals'];
  /** Columns whose weak proposal the user confirmed. */
  confirmed: string[];
  disabled: boolean;
  onChange: (mapping: ColumnMapping) => void;
  onConfirm: (column: string, confirmed: boolean) => void;
}

/** Step 2: one Select per column of the file, preset from the dry-run; a change runs it again. */
export const ColumnMappingTable = ({
  columns,
  mapping,
  fields,
  proposals,
  confirmed,
  disabled,
  onChange,
  onConfirm,
}: ColumnMappingTableProps) => {
  const { formatMessage, locale } = useIntl();
  const missing = unmappedRequiredFields(fields, mapping);
  const ignoredLabel = formatMessage({
    id: getTranslation('import.mapping.ignored'),
    defaultMessage: 'Ignore this column',
  });

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Table
        colCount={3}
        rowCount={columns.length + 1}
        aria-label={formatMessage({
          id: getTranslation('import.mapping.title'),
          defaultMessage: 'Columns and fields',
        })}
      >
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma" textColor="neutral600">
                {formatMessage({
                  id: getTranslation('import.mapping.column'),
                  defaultMessage: 'Column of the file',
                })}
              </Typography>
            </Th>
            <Th>
              <Typography variant="sigma" textColor="neutral600">
                {formatMessage({
                  id: getTranslation('import.mapping.field'),
                  defaultMessage: 'Field',
                })}
              </Typography>
            </Th>
            <Th>
              <Typography variant="sigma" textColor="neutral600">
                {formatMessage({
                  id: getTranslation('import.mapping.match'),
                  defaultMessage: 'Automatic match',
                })}
              </Typography>
            </Th>
          </Tr>
        </Thead>
        <Tbody>
          {columns.map((column) => (
            <Tr key={column}>
              <Td>
                <Typography fontWeight="semiBold">{column}</Typography>
              </Td>
              <Td>
                <SingleSelect
                  aria-label={formatMessage(
                    {
                      id: getTranslation('import.mapping.fieldOf'),
                      defaultMessage: 'Field for the column {column}',
                    },
                    { column },
                  )}
                  value={mapping[column] ?? IGNORED}
                  disabled={disabled}
                  size="S"
                  onChange={(next) =>
                    onChange({ ...mapping, [column]: next === IGNORED ? null : String(next) })
                  }
                >
                  <SingleSelectOption value={IGNORED}>{ignoredLabel}</SingleSelectOption>
                  {fields.map((field) => (
                    <SingleSelectOption key={field.name} value={field.name}>
                      {`${fieldLabel(field, locale)} (${field.name})${field.required ? ' *' : ''}`}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Td>
              <Td>
                {proposals[column] && proposals[column].field === mapping[column] ? (
                  <MatchBadge
                    column={column}
                    proposal={proposals[column]}
                    confirmed={confirmed.includes(column)}
                    disabled={disabled}
                    onConfirm={(next) => onConfirm(column, next)}
                  />
                ) : (
                  <Typography variant="pi" textColor="neutral600">
                    {mapping[column]
                      ? formatMessage({
                          id: getTranslation('import.mapping.chosen'),
                          defaultMessage: 'Chosen by you',
                        })
                      : '—'}
                  </Typography>
                )}
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
      {missing.length > 0 ? (
        <Typography variant="pi" textColor="danger600" role="alert">
          {formatMessage(
            {
              id: getTranslation('import.mapping.missing'),
              defaultMessage:
                'No column is mapped to the required {count, plural, one {field} other {fields}} {fields}.',
            },
            {
              count: missing.length,
              fields: missing.map((field) => fieldLabel(field, locale)).join(', '),
            },
          )}
        </Typography>
      ) : null}
    </Flex>
  );
};
