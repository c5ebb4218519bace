import { Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { IntlShape } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';

export interface TableHeader {
  key: string;
  label: string;
}

/** A table's header row, styled as the content manager's lists. */
export const TableHead = ({ headers }: { headers: readonly TableHeader[] }) => (
  <Thead>
    <Tr>
      {headers.map((header) => (
        <Th key={header.key}>
          <Typography variant="sigma" textColor="neutral600">
            {header.label}
          </Typography>
        </Th>
      ))}
    </Tr>
  </Thead>
);

/** The headers of columns whose labels are translated as `<scope>.<key>`. */
export const translatedHeaders = (
  formatMessage: IntlShape['formatMessage'],
  scope: string,
  columns: ReadonlyArray<{ key: string; defaultMessage: string }>,
): TableHeader[] =>
  columns.map(({ key, defaultMessage }) => ({
    key,
    label: formatMessage({ id: getTranslation(`${scope}.${key}`), defaultMessage }),
  }));
