import {
  Badge,
  Box,
  Flex,
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
import { fieldLabelOf, mappedFields, previewCell } from './import-format';

/** The dry-run's counts: rows read, valid, invalid, matching an existing record. */
export const ImportCounts = ({ report }: { report: PostImport.Report }) => {
  const { formatMessage } = useIntl();
  const counts = [
    {
      key: 'total',
      value: report.rows.total,
      message: {
        id: getTranslation('import.counts.total'),
        defaultMessage: '{count, number} rows',
      },
    },
    {
      key: 'valid',
      value: report.rows.valid,
      message: {
        id: getTranslation('import.counts.valid'),
        defaultMessage: '{count, number} valid',
      },
      active: true,
    },
    {
      key: 'invalid',
      value: report.rows.invalid,
      message: {
        id: getTranslation('import.counts.invalid'),
        defaultMessage: '{count, number} invalid',
      },
    },
    {
      key: 'duplicates',
      value: report.duplicates.length,
      message: {
        id: getTranslation('import.counts.duplicates'),
        defaultMessage: '{count, number} matching existing records',
      },
    },
  ];
  return (
    <Flex
      gap={2}
      wrap="wrap"
      role="status"
      aria-label={formatMessage({
        id: getTranslation('import.counts.title'),
        defaultMessage: 'Rows of the file',
      })}
    >
      {counts.map(({ key, value, message, active }) => (
        <Badge
          key={key}
          active={Boolean(active && value > 0)}
          textColor={key === 'invalid' && value > 0 ? 'danger600' : undefined}
        >
          {formatMessage(message, { count: value })}
        </Badge>
      ))}
    </Flex>
  );
};

/** The first rows as they would be written, one column per mapped field. */
export const ImportPreview = ({
  report,
  fields,
}: {
  report: PostImport.Report;
  fields: GetImportTypes.Field[];
}) => {
  const { formatMessage, locale } = useIntl();
  const columns = mappedFields(report);
  if (report.preview.length === 0) {
    return (
      <Typography textColor="neutral600">
        {formatMessage({
          id: getTranslation('import.preview.empty'),
          defaultMessage: 'No row to preview.',
        })}
      </Typography>
    );
  }
  return (
    <Box overflow="auto">
      <Table
        colCount={columns.length + 1}
        rowCount={report.preview.length + 1}
        aria-label={formatMessage({
          id: getTranslation('import.preview.title'),
          defaultMessage: 'Preview',
        })}
      >
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma" textColor="neutral600">
                {formatMessage({ id: getTranslation('import.line'), defaultMessage: 'Line' })}
              </Typography>
            </Th>
            {columns.map((field) => (
              <Th key={field}>
                <Typography variant="sigma" textColor="neutral600">
                  {fieldLabelOf(fields, field, locale)}
                </Typography>
              </Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>
          {report.preview.map((row) => (
            <Tr key={row.line}>
              <Td>
                <Typography>{row.line}</Typography>
              </Td>
              {columns.map((field) => (
                <Td key={field}>
                  <Typography ellipsis>{previewCell(row.data[field])}</Typography>
                </Td>
              ))}
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Box>
  );
};
