import * as React from 'react';
import { Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { ChevronLeft, ChevronRight, Download } from '@strapi/icons';
import { useIntl } from 'react-intl';
import type { GetImportTypes, PostImport } from '../../services/import';
import { saveBlob } from '../../services/download';
import { getTranslation } from '../../utils/getTranslation';
import { fieldLabelOf, reportCsv } from './import-format';

const PAGE_SIZE = 20;

interface ImportErrorsProps {
  errors: PostImport.RowError[];
  fields: GetImportTypes.Field[];
  /** The file name of the report: the imported file's, with "-errors.csv". */
  fileName: string;
}

/** Step 3: each bad row with its line, field and reason, a page at a time, and the whole list as CSV. */
export const ImportErrors = ({ errors, fields, fileName }: ImportErrorsProps) => {
  const { formatMessage, locale } = useIntl();
  const [page, setPage] = React.useState(0);
  const pageCount = Math.max(1, Math.ceil(errors.length / PAGE_SIZE));
  // A new dry-run may have fewer errors than the page shown.
  const current = Math.min(page, pageCount - 1);
  const shown = errors.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const label = (field: string) => fieldLabelOf(fields, field, locale);

  const headers = {
    line: formatMessage({ id: getTranslation('import.line'), defaultMessage: 'Line' }),
    field: formatMessage({ id: getTranslation('import.errors.field'), defaultMessage: 'Field' }),
    reason: formatMessage({ id: getTranslation('import.errors.reason'), defaultMessage: 'Reason' }),
  };

  const download = () => {
    const csv = reportCsv(errors, headers, label);
    saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Flex justifyContent="space-between" wrap="wrap" gap={2}>
        <Typography variant="pi" textColor="neutral600">
          {formatMessage(
            {
              id: getTranslation('import.errors.range'),
              defaultMessage: 'Problems {from, number}–{to, number} of {total, number}',
            },
            {
              from: current * PAGE_SIZE + 1,
              to: current * PAGE_SIZE + shown.length,
              total: errors.length,
            },
          )}
        </Typography>
        <Button variant="secondary" startIcon={<Download />} onClick={download}>
          {formatMessage({
            id: getTranslation('import.errors.download'),
            defaultMessage: 'Download report (CSV)',
          })}
        </Button>
      </Flex>
      <Table
        colCount={3}
        rowCount={shown.length + 1}
        aria-label={formatMessage({
          id: getTranslation('import.errors.title'),
          defaultMessage: 'Rows with errors',
        })}
      >
        <Thead>
          <Tr>
            {[headers.line, headers.field, headers.reason].map((header) => (
              <Th key={header}>
                <Typography variant="sigma" textColor="neutral600">
                  {header}
                </Typography>
              </Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>
          {shown.map((error, index) => (
            <Tr key={`${error.line}-${error.field}-${index}`}>
              <Td>
                <Typography>{error.line}</Typography>
              </Td>
              <Td>
                <Typography>{label(error.field)}</Typography>
              </Td>
              <Td>
                <Typography>{error.reason}</Typography>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
      {pageCount > 1 ? (
        <Flex justifyContent="flex-end" gap={2}>
          <Button
            variant="tertiary"
            startIcon={<ChevronLeft />}
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          >
            {formatMessage({
              id: getTranslation('import.errors.previous'),
              defaultMessage: 'Previous',
            })}
          </Button>
          <Button
            variant="tertiary"
            endIcon={<ChevronRight />}
            disabled={current >= pageCount - 1}
            onClick={() => setPage(current + 1)}
          >
            {formatMessage({ id: getTranslation('import.errors.next'), defaultMessage: 'Next' })}
          </Button>
        </Flex>
      ) : null}
    </Flex>
  );
};
