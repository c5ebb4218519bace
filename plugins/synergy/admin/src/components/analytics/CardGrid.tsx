import type * as React from 'react';
import { Grid } from '@strapi/design-system';
import { ChartCard } from './ChartCard';
import { DataTable, type Column } from './DataTable';
import { KpiCard, type KpiCardProps } from './KpiCard';

/** A row of cards on an analytics page. */
export const CardRow = ({ children }: { children: React.ReactNode }) => (
  <Grid.Root gap={4}>{children}</Grid.Root>
);

interface CardCellProps {
  /** Columns of 12 on wide screens. */
  col: number;
  /** Columns of 12 on small screens (default: the whole line). */
  s?: number;
  xs?: number;
  children: React.ReactNode;
}

/** One card of a row, stretched to the row's height. */
export const CardCell = ({ col, s = 12, xs, children }: CardCellProps) => (
  <Grid.Item col={col} s={s} xs={xs} direction="column" alignItems="stretch">
    {children}
  </Grid.Item>
);

/** A row of headline figures: four to a line on wide screens, two on small ones. */
export const KpiRow = ({
  cards,
  col = 3,
}: {
  cards: ReadonlyArray<KpiCardProps & { key: string }>;
  col?: number;
}) => (
  <CardRow>
    {cards.map(({ key, ...card }) => (
      <CardCell key={key} col={col} s={6} xs={12}>
        <KpiCard {...card} />
      </CardCell>
    ))}
  </CardRow>
);

interface TableCardProps<R> {
  /** The card's heading, the table's accessible name and the export's title. */
  title: string;
  subtitle?: string;
  isEmpty?: boolean;
  emptyMessage?: string;
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R) => string;
}

/** A card holding one exportable table, named after the card. */
export const TableCard = <R,>({
  title,
  subtitle,
  isEmpty,
  emptyMessage,
  columns,
  rows,
  rowKey,
}: TableCardProps<R>) => (
  <ChartCard title={title} subtitle={subtitle} isEmpty={isEmpty} emptyMessage={emptyMessage}>
    <DataTable<R> label={title} columns={columns} rows={rows} rowKey={rowKey} />
  </ChartCard>
);
