import * as React from 'react';
import { Box, Button, Dialog, Flex, Grid, Radio, Typography } from '@strapi/design-system';
import { ManyToOne, WarningCircle } from '@strapi/icons';
import { useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { CustomerRef } from '../../../shared/contracts/analytics';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { PERMISSIONS } from '../permissions';
import { useCustomer360 } from '../services/customer-360';
import { useMergeCustomers } from '../services/data-quality';
import { getTranslation } from '../utils/getTranslation';

const MERGE_PERMISSIONS = [...PERMISSIONS.merge, ...PERMISSIONS.customer360];
const COUNTED_SECTIONS = [
  'contacts',
  'interactions',
  'feedbacks',
  'serviceTickets',
  'surveyResponses',
  'strategies',
] as const;

/** One side of the pair: name, code and, for holders of the customer-360 permission, its records. */
const CustomerCard = ({ customer, canCount }: { customer: CustomerRef; canCount: boolean }) => {
  const { formatMessage } = useIntl();
  const { customer360 } = useCustomer360(canCount ? customer.documentId : undefined);
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography fontWeight="bold">{customer.name}</Typography>
      <Typography variant="pi" textColor="neutral600">
        {formatMessage(
          { id: getTranslation('merge.code'), defaultMessage: 'Code: {code}' },
          { code: customer.code ?? '—' },
        )}
      </Typography>
      {customer360 ? (
        <Typography variant="pi" textColor="neutral600">
          {COUNTED_SECTIONS.map((section) =>
            formatMessage(
              {
                id: getTranslation(`merge.count.${section}`),
                defaultMessage: `{count} ${section}`,
              },
              { count: customer360[section]?.total ?? 0 },
            ),
          ).join(
            formatMessage({ id: getTranslation('analytics.separator'), defaultMessage: ', ' }),
          )}
        </Typography>
      ) : null}
    </Flex>
  );
};

/**
 * "Merge…" for a pair of duplicate candidates: shows both side by side, lets the user choose the
 * one to keep, and merges the other into it (POST /synergy/data-quality/merge). Only for holders of
 * plugin::synergy.data-quality.merge; the server also requires updating and deleting customers.
 */
export const MergeCustomersDialog = ({
  a,
  b,
  onMerged,
}: {
  a: CustomerRef;
  b: CustomerRef;
  onMerged?: () => void;
}) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const errorMessage = useErrorMessage();
  const merge = useMergeCustomers();
  const {
    isLoading,
    // Named after each action's last segment: data-quality.merge → canMerge, customer-view.read → canRead.
    allowedActions: { canMerge, canRead: canView },
  } = useRBAC(MERGE_PERMISSIONS);
  const [open, setOpen] = React.useState(false);
  const [keep, setKeep] = React.useState(a.documentId);
  const [isMerging, setIsMerging] = React.useState(false);
  if (isLoading || !canMerge) return null;

  const kept = keep === a.documentId ? a : b;
  const removed = keep === a.documentId ? b : a;

  const confirm = async () => {
    setIsMerging(true);
    try {
      const result = await merge({ keep: kept.documentId, remove: removed.documentId });
      if ('held' in result) {
        toggleNotification({ type: 'info', message: result.held });
        setOpen(false);
        return;
      }
      const moved = Object.values(result.moved).reduce((sum, count) => sum + count, 0);
      toggleNotification({
        type: 'success',
        message: formatMessage(
          {
            id: getTranslation('merge.done'),
            defaultMessage:
              '{removed} merged into {kept}: {moved, plural, one {# record} other {# records}} moved.',
          },
          { removed: result.removed.name, kept: result.kept.name, moved },
        ),
      });
      setOpen(false);
      onMerged?.();
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setIsMerging(false);
    }
  };

  const title = formatMessage({
    id: getTranslation('merge.title'),
    defaultMessage: 'Merge duplicate customers',
  });
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !isMerging && setOpen(next)}>
      <Dialog.Trigger>
        <Button variant="secondary" size="S" startIcon={<ManyToOne />}>
          {formatMessage({ id: getTranslation('merge.button'), defaultMessage: 'Merge…' })}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>{title}</Dialog.Header>
        <Dialog.Body icon={<WarningCircle fill="danger600" />}>
          <Flex direction="column" alignItems="stretch" gap={4} width="100%">
            <Typography id="merge-keep-label" fontWeight="semiBold">
              {formatMessage({
                id: getTranslation('merge.keep'),
                defaultMessage: 'Which customer stays?',
              })}
            </Typography>
            <Radio.Group value={keep} onValueChange={setKeep} aria-labelledby="merge-keep-label">
              <Grid.Root gap={4}>
                {[a, b].map((customer) => (
                  <Grid.Item
                    key={customer.documentId}
                    col={6}
                    s={12}
                    direction="column"
                    alignItems="stretch"
                  >
                    <Box
                      padding={3}
                      hasRadius
                      borderColor={keep === customer.documentId ? 'primary600' : 'neutral200'}
                    >
                      <Radio.Item value={customer.documentId} aria-label={customer.name}>
                        <CustomerCard customer={customer} canCount={open && Boolean(canView)} />
                      </Radio.Item>
                    </Box>
                  </Grid.Item>
                ))}
              </Grid.Root>
            </Radio.Group>
            <Typography textAlign="center">
              {formatMessage(
                {
                  id: getTranslation('merge.warning'),
                  defaultMessage:
                    'Every contact, interaction, feedback, ticket, survey, opportunity, strategy and campaign of {removed} moves to {kept}, whose empty fields take its values; then {removed} is deleted. This cannot be undone.',
                },
                { removed: removed.name, kept: kept.name },
              )}
            </Typography>
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button fullWidth variant="tertiary" disabled={isMerging}>
              {formatMessage({ id: getTranslation('merge.cancel'), defaultMessage: 'Cancel' })}
            </Button>
          </Dialog.Cancel>
          <Button
            fullWidth
            variant="danger"
            startIcon={<ManyToOne />}
            loading={isMerging}
            onClick={confirm}
          >
            {formatMessage({ id: getTranslation('merge.confirm'), defaultMessage: 'Merge' })}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
