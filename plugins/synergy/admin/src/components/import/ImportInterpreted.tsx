import { Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { GetImportTypes, PostImport } from '../../services/import';
import { getTranslation } from '../../utils/getTranslation';
import { fieldLabel } from './import-format';

/** Shown in full up to this many; the rest are counted (the report holds them all, up to 10,000). */
const SHOWN = 100;

interface ImportInterpretedProps {
  report: Pick<PostImport.Report, 'interpreted' | 'interpretedOmitted'>;
  fields: GetImportTypes.Field[];
}

/** Enumeration cells the server read as an abbreviation (`重点` → 重点客户), for the user to review. */
export const ImportInterpreted = ({ report, fields }: ImportInterpretedProps) => {
  const { formatMessage, locale } = useIntl();
  const valueLabel = (field: string, value: string) => {
    const option = fields
      .find((candidate) => candidate.name === field)
      ?.options?.find((candidate) => candidate.value === value);
    return option ? `${fieldLabel(option, locale)} (${value})` : value;
  };
  const title = formatMessage({
    id: getTranslation('import.interpreted.title'),
    defaultMessage: 'Values read from abbreviations',
  });
  const more = report.interpreted.length - SHOWN + (report.interpretedOmitted ?? 0);
  const header = (id: string, defaultMessage: string) => (
    <Th>
      <Typography variant="sigma" textColor="neutral600">
        {formatMessage({ id: getTranslation(id), defaultMessage })}
      </Typography>
    </Th>
  );

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({
          id: getTranslation('import.interpreted.hint'),
          defaultMessage:
            'These cells are not a value as written but the start or a part of exactly one value: check that each is what was meant.',
        })}
      </Typography>
      <Table
        colCount={4}
        rowCount={Math.min(report.interpreted.length, SHOWN) + 1}
        aria-label={title}
      >
        <Thead>
          <Tr>
            {header('import.interpreted.line', 'Line')}
            {header('import.interpreted.column', 'Column')}
            {header('import.interpreted.raw', 'In the file')}
            {header('import.interpreted.value', 'Stored as')}
          </Tr>
        </Thead>
        <Tbody>
          {report.interpreted.slice(0, SHOWN).map((cell) => (
            <Tr key={`${cell.line}:${cell.column}`}>
              <Td>
                <Typography>{cell.line}</Typography>
              </Td>
              <Td>
                <Typography>{cell.column}</Typography>
              </Td>
              <Td>
                <Typography>{cell.raw}</Typography>
              </Td>
              <Td>
                <Typography>{valueLabel(cell.field, cell.value)}</Typography>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
      {more > 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage(
            {
              id: getTranslation('import.interpreted.more'),
              defaultMessage: 'and {count, number} more',
            },
            { count: more },
          )}
        </Typography>
      ) : null}
    </Flex>
  );
};
