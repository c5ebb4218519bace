import * as React from 'react';
import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

export interface Column<R> {
  key: string;
  header: string;
  render: (row: R) => React.ReactNode;
}

/** A design-system table from column definitions; cells that are plain text get Typography. */
export const DataTable = <R,>({ columns, rows, rowKey, label }: { columns: Column<R>[]; rows: R[]; rowKey: (row: R) => string; label: string }) => (
  <Table colCount={columns.length} rowCount={rows.length + 1} aria-label={label}>
    <Thead>
      <Tr>
        {columns.map((column) => (
          <Th key={column.key}>
            <Typography variant="sigma" textColor="neutral600">
              {column.header}
            </Typography>
          </Th>
        ))}
      </Tr>
    </Thead>
    <Tbody>
      {rows.map((row) => (
        <Tr key={rowKey(row)}>
          {columns.map((column) => {
            const cell = column.render(row);
            return <Td key={column.key}>{typeof cell === 'string' || typeof cell === 'number' ? <Typography>{cell}</Typography> : cell}</Td>;
          })}
        </Tr>
      ))}
    </Tbody>
  </Table>
);
