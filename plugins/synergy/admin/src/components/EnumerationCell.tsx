import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { formatValue } from './format';

/** A list-view cell showing an enumeration value by its translated label, as the edit view does. */
const EnumerationCell = ({ value }: { value: unknown }) => {
  const intl = useIntl();
  return <Typography textColor="neutral800">{formatValue(intl, value, 'enum')}</Typography>;
};

interface ListViewHeader {
  name: string;
  attribute?: { type?: string };
  cellFormatter?: unknown;
  [key: string]: unknown;
}

interface ListViewColumns {
  displayedHeaders: ListViewHeader[];
  [key: string]: unknown;
}

/**
 * `Admin/CM/pages/ListView/inject-column-in-table` hook: the content manager prints enumeration
 * cells raw (`military_unit`); give them a formatter that shows the translated label instead.
 * A column named `status` is drawn as Strapi's own badge whatever its formatter: the app's
 * translations label it (src/admin/status-badges.ts).
 */
export const translateEnumerationCells = ({
  displayedHeaders,
  ...rest
}: ListViewColumns): ListViewColumns => ({
  ...rest,
  displayedHeaders: displayedHeaders.map((header) =>
    header.attribute?.type === 'enumeration' && typeof header.cellFormatter !== 'function'
      ? {
          ...header,
          cellFormatter: (row: Record<string, unknown>) => (
            <EnumerationCell value={row[header.name]} />
          ),
        }
      : header,
  ),
});
