import { Badge, Box, Flex, Grid, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { fieldLabel, formatValue, type ValueKind } from './format';
import { getTranslation } from '../utils/getTranslation';

const CUSTOMER_UID = 'api::customer.customer';

const FACTS: Array<{ field: string; label: string; kind: ValueKind }> = [
  { field: 'code', label: 'Code', kind: 'text' },
  { field: 'type', label: 'Type', kind: 'enum' },
  { field: 'sector', label: 'Service branch / sector', kind: 'enum' },
  { field: 'tier', label: 'Tier', kind: 'enum' },
  { field: 'status', label: 'Status', kind: 'enum' },
  { field: 'region', label: 'Region', kind: 'text' },
  { field: 'classification', label: 'Classification', kind: 'enum' },
];

interface Need {
  id?: number;
  title?: string;
  category?: string | null;
  priority?: string | null;
  description?: string | null;
}

interface Owner {
  firstname?: string | null;
  lastname?: string | null;
  email?: string | null;
}

const ownerName = (owner: unknown) => {
  if (!owner || typeof owner !== 'object') return undefined;
  const { firstname, lastname, email } = owner as Owner;
  const name = [firstname, lastname].filter(Boolean).join(' ');
  return name || email || undefined;
};

/** The customer's own record: identity, classification, owner and needs. */
export const CustomerHeader = ({ customer }: { customer: Record<string, unknown> }) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const needs = Array.isArray(customer.needs) ? (customer.needs as Need[]) : [];
  const owner = ownerName(customer.owner);

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
      <Flex direction="column" alignItems="stretch" gap={5}>
        <Grid.Root gap={4}>
          {FACTS.map(({ field, label, kind }) => (
            <Grid.Item key={field} col={3} s={6} xs={12} direction="column" alignItems="start">
              <Typography variant="sigma" textColor="neutral600">
                {fieldLabel(intl, CUSTOMER_UID, field, label)}
              </Typography>
              <Typography>{formatValue(intl, customer[field], kind)}</Typography>
            </Grid.Item>
          ))}
          <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="start">
            <Typography variant="sigma" textColor="neutral600">
              {fieldLabel(intl, CUSTOMER_UID, 'owner', 'Account owner')}
            </Typography>
            <Typography>
              {owner ??
                formatMessage({
                  id: getTranslation('header.noOwner'),
                  defaultMessage: 'Not assigned',
                })}
            </Typography>
          </Grid.Item>
        </Grid.Root>
        <Flex direction="column" alignItems="stretch" gap={2}>
          <Typography variant="sigma" textColor="neutral600">
            {fieldLabel(intl, CUSTOMER_UID, 'needs', 'Needs')}
          </Typography>
          {needs.length === 0 ? (
            <Typography textColor="neutral600">
              {formatMessage({
                id: getTranslation('header.noNeeds'),
                defaultMessage: 'No needs recorded.',
              })}
            </Typography>
          ) : (
            <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
              {needs.map((need, index) => (
                <Flex tag="li" key={need.id ?? index} gap={2} wrap="wrap">
                  <Typography fontWeight="bold">{need.title}</Typography>
                  {need.category ? <Badge>{formatValue(intl, need.category, 'enum')}</Badge> : null}
                  {need.priority ? (
                    <Badge active={need.priority === 'high' || need.priority === 'critical'}>
                      {formatMessage(
                        {
                          id: getTranslation('header.needPriority'),
                          defaultMessage: 'Priority: {priority}',
                        },
                        { priority: formatValue(intl, need.priority, 'enum') },
                      )}
                    </Badge>
                  ) : null}
                  {need.description ? (
                    <Typography textColor="neutral600">{need.description}</Typography>
                  ) : null}
                </Flex>
              ))}
            </Flex>
          )}
        </Flex>
      </Flex>
    </Box>
  );
};
