import {
  Box,
  Flex,
  Link,
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
import type { GetCustomer360 } from '../../../shared/contracts/customer-360';
import { fieldLabel, formatValue, type ValueKind } from './format';
import { editViewPath, listViewPath } from '../utils/links';
import { getTranslation } from '../utils/getTranslation';

export interface SectionColumn {
  field: string;
  /** English label, used when no translation is loaded. */
  label: string;
  kind: ValueKind;
  mainField?: string;
  /** Long text is cut to keep rows on one line. */
  maxLength?: number;
}

export interface SectionDefinition {
  key: Exclude<keyof GetCustomer360.Customer360, 'customer'>;
  uid: string;
  title: { id: string; defaultMessage: string };
  /** The relation from a record to the customer, to filter the content manager's list. */
  customerRelation: string;
  columns: SectionColumn[];
}

const cut = (text: string, maxLength?: number) =>
  maxLength && text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;

interface RecordSectionProps {
  definition: SectionDefinition;
  section: GetCustomer360.Section | null;
  customerId: number | undefined;
}

/** One kind of record of the customer: the latest rows, each opening the record in the content manager. */
export const RecordSection = ({ definition, section, customerId }: RecordSectionProps) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const { uid, columns } = definition;
  const headingId = `synergy-section-${definition.key}`;

  const body = (() => {
    if (section === null) {
      return (
        <Typography textColor="neutral600">
          {formatMessage({
            id: getTranslation('section.forbidden'),
            defaultMessage: 'You do not have permission to read these records.',
          })}
        </Typography>
      );
    }
    if (section.items.length === 0) {
      return (
        <Typography textColor="neutral600">
          {formatMessage({
            id: getTranslation('section.empty'),
            defaultMessage: 'No records yet.',
          })}
        </Typography>
      );
    }
    return (
      <Table
        colCount={columns.length}
        rowCount={section.items.length + 1}
        aria-labelledby={headingId}
      >
        <Thead>
          <Tr>
            {columns.map((column) => (
              <Th key={column.field}>
                <Typography variant="sigma" textColor="neutral600">
                  {fieldLabel(intl, uid, column.field, column.label)}
                </Typography>
              </Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>
          {section.items.map((item, rowIndex) => {
            const documentId = String(item.documentId ?? '');
            return (
              <Tr key={documentId || rowIndex}>
                {columns.map((column, columnIndex) => {
                  const text = cut(
                    formatValue(intl, item[column.field], column.kind, column.mainField),
                    column.maxLength,
                  );
                  return (
                    <Td key={column.field}>
                      {columnIndex === 0 && documentId ? (
                        <Link tag={NavLink} to={editViewPath(uid, documentId)}>
                          {text}
                        </Link>
                      ) : (
                        <Typography textColor="neutral800">{text}</Typography>
                      )}
                    </Td>
                  );
                })}
              </Tr>
            );
          })}
        </Tbody>
      </Table>
    );
  })();

  return (
    <Box
      tag="section"
      aria-labelledby={headingId}
      background="neutral0"
      hasRadius
      shadow="tableShadow"
      padding={6}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" alignItems="baseline" gap={4} wrap="wrap">
          <Typography tag="h2" variant="delta" id={headingId}>
            {formatMessage(definition.title)}
          </Typography>
          {section ? (
            <Flex gap={4}>
              <Typography variant="pi" textColor="neutral600">
                {formatMessage(
                  { id: getTranslation('section.count'), defaultMessage: '{shown} of {total}' },
                  { shown: section.items.length, total: section.total },
                )}
              </Typography>
              {customerId !== undefined && section.total > 0 ? (
                <Link tag={NavLink} to={listViewPath(uid, definition.customerRelation, customerId)}>
                  {formatMessage({
                    id: getTranslation('section.viewAll'),
                    defaultMessage: 'View all',
                  })}
                </Link>
              ) : null}
            </Flex>
          ) : null}
        </Flex>
        {body}
      </Flex>
    </Box>
  );
};
