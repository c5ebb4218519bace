import { Badge, Flex, Link, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import type { AuditEntry } from '../services/audit';
import { editViewPath } from '../utils/links';
import { getTranslation } from '../utils/getTranslation';
import { TableHead, translatedHeaders } from './TableHead';
import {
  actionMessage,
  actorTypeMessage,
  contentTypeLabel,
  isCrmContentType,
} from './audit-format';

const COLUMNS = [
  { key: 'occurredAt', defaultMessage: 'Time' },
  { key: 'actor', defaultMessage: 'Actor' },
  { key: 'action', defaultMessage: 'Action' },
  { key: 'contentType', defaultMessage: 'Content type' },
  { key: 'recordId', defaultMessage: 'Record' },
  { key: 'classification', defaultMessage: 'Classification' },
  { key: 'changedFields', defaultMessage: 'Changed fields' },
  { key: 'ip', defaultMessage: 'IP' },
] as const;

const EMPTY = { id: getTranslation('value.empty'), defaultMessage: '—' };

/** The entries of one page of the audit trail, newest first. */
export const AuditTable = ({ entries }: { entries: AuditEntry[] }) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const empty = formatMessage(EMPTY);

  return (
    <Table colCount={COLUMNS.length} rowCount={entries.length + 1}>
      <TableHead headers={translatedHeaders(formatMessage, 'audit.column', COLUMNS)} />
      <Tbody>
        {entries.map((entry) => (
          <Tr key={entry.id}>
            <Td>
              <Typography textColor="neutral800" tag="time" dateTime={entry.occurredAt}>
                {intl.formatDate(entry.occurredAt, { dateStyle: 'medium', timeStyle: 'medium' })}
              </Typography>
            </Td>
            <Td>
              <Flex gap={2}>
                <Badge>{formatMessage(actorTypeMessage(entry.actorType))}</Badge>
                <Typography textColor="neutral800">
                  {entry.actorName ?? empty}
                  {entry.actorId !== null ? ` (#${entry.actorId})` : ''}
                </Typography>
              </Flex>
            </Td>
            <Td>
              <Typography textColor="neutral800">
                {formatMessage(actionMessage(entry.action))}
              </Typography>
            </Td>
            <Td>
              <Typography textColor="neutral800" title={entry.contentType ?? undefined}>
                {contentTypeLabel(intl, entry.contentType)}
              </Typography>
            </Td>
            <Td>
              {entry.recordId &&
              isCrmContentType(entry.contentType) &&
              entry.action !== 'delete' ? (
                <Link tag={NavLink} to={editViewPath(entry.contentType, entry.recordId)}>
                  {entry.recordId}
                </Link>
              ) : (
                <Typography textColor="neutral800">{entry.recordId ?? empty}</Typography>
              )}
            </Td>
            <Td>
              <Typography textColor="neutral800">
                {entry.classification
                  ? formatMessage({
                      id: entry.classification,
                      defaultMessage: entry.classification,
                    })
                  : empty}
              </Typography>
            </Td>
            <Td>
              <Typography textColor="neutral800">
                {entry.changedFields && entry.changedFields.length > 0
                  ? entry.changedFields.join(
                      formatMessage({
                        id: getTranslation('value.separator'),
                        defaultMessage: ', ',
                      }),
                    )
                  : empty}
              </Typography>
            </Td>
            <Td>
              <Typography textColor="neutral800">{entry.ip ?? empty}</Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
