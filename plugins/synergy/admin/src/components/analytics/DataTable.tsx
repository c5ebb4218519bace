import * as React from 'react';
import { Box, Flex, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import type { ExportFormat, PostExportTable } from '../../../../shared/contracts/export';
import { useIntl } from 'react-intl';
import { useExportFiles } from '../../hooks/useExportFiles';
import { getTranslation } from '../../utils/getTranslation';
import { ExportMenu } from '../ExportMenu';
import { AnalyticsSourceContext } from './analytics-source';
import { TableHead } from '../TableHead';

export interface Column<R> {
  key: string;
  header: string;
  render: (row: R) => React.ReactNode;
  /** Left out of the export (actions, links that carry no data). */
  exportable?: boolean;
}

/** A cell's text as the user reads it: the text of each element, separated by a space. */
export const displayedText = (cell: Element): string => {
  const parts: string[] = [];
  const walker = cell.ownerDocument.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    if (text) parts.push(text);
  }
  return parts.join(' ');
};

/**
 * The table as displayed: the exported columns' headers, and each row's cells as rendered (formatted
 * figures, translated labels). Rows come from analytics that already respect the caller's clearance.
 */
export const displayedTable = <R,>(
  table: HTMLTableElement,
  columns: Column<R>[],
  title: string,
  format: ExportFormat,
): PostExportTable.Body => {
  const exported = columns
    .map((column, index) => ({ column, index }))
    .filter(({ column }) => column.exportable !== false);
  const rows = Array.from(table.tBodies[0]?.rows ?? []).map((row) =>
    Object.fromEntries(
      exported.map(({ column, index }) => [
        column.key,
        row.cells[index] ? displayedText(row.cells[index]) : null,
      ]),
    ),
  );
  return {
    format,
    title,
    columns: exported.map(({ column }) => ({ key: column.key, header: column.header })),
    rows,
  };
};

/** A design-system table from column definitions; cells that are plain text get Typography. Exportable as CSV or XLSX. */
export const DataTable = <R,>({
  columns,
  rows,
  rowKey,
  label,
}: {
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R) => string;
  label: string;
}) => {
  const { formatMessage } = useIntl();
  const container = React.useRef<HTMLDivElement>(null);
  const { exportTable } = useExportFiles();
  const source = React.useContext(AnalyticsSourceContext);
  const onExport = async (format: ExportFormat) => {
    const table = container.current?.querySelector('table');
    if (table)
      await exportTable({
        ...displayedTable(table, columns, label, format),
        ...(source ? { source } : {}),
      });
  };
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {rows.length > 0 ? (
        <Flex justifyContent="flex-end">
          <ExportMenu
            label={formatMessage(
              { id: getTranslation('export.table'), defaultMessage: 'Export {table}' },
              { table: label },
            )}
            onExport={onExport}
          />
        </Flex>
      ) : null}
      <Box ref={container}>
        <Table colCount={columns.length} rowCount={rows.length + 1} aria-label={label}>
          <TableHead
            headers={columns.map((column) => ({ key: column.key, label: column.header }))}
          />
          <Tbody>
            {rows.map((row) => (
              <Tr key={rowKey(row)}>
                {columns.map((column) => {
                  const cell = column.render(row);
                  return (
                    <Td key={column.key}>
                      {typeof cell === 'string' || typeof cell === 'number' ? (
                        <Typography>{cell}</Typography>
                      ) : (
                        cell
                      )}
                    </Td>
                  );
                })}
              </Tr>
            ))}
          </Tbody>
        </Table>
      </Box>
    </Flex>
  );
};
