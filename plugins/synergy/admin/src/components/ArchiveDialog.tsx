import * as React from 'react';
import { Button, DatePicker, Dialog, Field, Flex, Typography } from '@strapi/design-system';
import { Archive, WarningCircle } from '@strapi/icons';
import {
  useAPIErrorHandler,
  useFetchClient,
  useNotification,
  type FetchError,
} from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { GetAuditRetention } from '../../../shared/contracts/audit';
import { useAuditFiles } from '../hooks/useAuditFiles';
import { PLUGIN_ID } from '../pluginId';
import { getTranslation } from '../utils/getTranslation';
import { startOfDay } from './audit-format';

/**
 * "Archive…": downloads the entries older than a day as CSV and removes them from the trail
 * (POST /synergy/audit/archive). Only for holders of plugin::synergy.audit.archive.
 */
export const ArchiveDialog = () => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  const { archive } = useAuditFiles();
  const [open, setOpen] = React.useState(false);
  const [before, setBefore] = React.useState<Date | undefined>(undefined);
  const [isArchiving, setIsArchiving] = React.useState(false);
  const [minimumAgeDays, setMinimumAgeDays] = React.useState<number | null>(null);
  const { get } = useFetchClient();

  // The retention policy, said in the dialog: the server refuses an archive of younger entries.
  React.useEffect(() => {
    if (!open) return;
    get<GetAuditRetention.Response>(`/${PLUGIN_ID}/audit/retention`).then(
      ({ data }) => setMinimumAgeDays(data.data.minimumAgeDays),
      () => setMinimumAgeDays(null),
    );
  }, [open, get]);

  const confirm = async () => {
    if (!before) return;
    setIsArchiving(true);
    try {
      const removed = await archive(startOfDay(before));
      toggleNotification({
        type: 'success',
        message: formatMessage(
          {
            id: getTranslation('audit.archive.done'),
            defaultMessage:
              '{count, plural, one {# entry} other {# entries}} archived and removed.',
          },
          { count: removed },
        ),
      });
      setOpen(false);
      setBefore(undefined);
    } catch (error) {
      toggleNotification({ type: 'danger', message: formatAPIError(error as FetchError) });
    } finally {
      setIsArchiving(false);
    }
  };

  return (
    <Dialog.Root open={open} onOpenChange={(next) => !isArchiving && setOpen(next)}>
      <Dialog.Trigger>
        <Button variant="danger-light" startIcon={<Archive />}>
          {formatMessage({
            id: getTranslation('audit.archive.button'),
            defaultMessage: 'Archive…',
          })}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>
          {formatMessage({
            id: getTranslation('audit.archive.title'),
            defaultMessage: 'Archive the audit trail',
          })}
        </Dialog.Header>
        <Dialog.Body icon={<WarningCircle fill="danger600" />}>
          <Flex direction="column" alignItems="stretch" gap={4} width="100%">
            <Typography textAlign="center">
              {formatMessage({
                id: getTranslation('audit.archive.warning'),
                defaultMessage:
                  'Every entry recorded before this day is downloaded as a CSV file and then removed from the trail. Keep the file: the entries cannot be restored. The archive itself is recorded.',
              })}
            </Typography>
            {minimumAgeDays !== null ? (
              <Typography variant="pi" textColor="neutral600" textAlign="center">
                {formatMessage(
                  {
                    id: getTranslation('audit.archive.retention'),
                    defaultMessage:
                      'Entries are kept at least {days, plural, one {# day} other {# days}} (retention policy): only entries older than that can be archived.',
                  },
                  { days: minimumAgeDays },
                )}
              </Typography>
            ) : null}
            <Field.Root name="before" required>
              <Field.Label>
                {formatMessage({
                  id: getTranslation('audit.archive.before'),
                  defaultMessage: 'Archive entries before',
                })}
              </Field.Label>
              <DatePicker
                locale={intl.locale}
                value={before}
                maxDate={new Date()}
                onChange={setBefore}
                onClear={() => setBefore(undefined)}
                clearLabel={formatMessage({
                  id: getTranslation('audit.filters.clear'),
                  defaultMessage: 'Clear',
                })}
              />
            </Field.Root>
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button fullWidth variant="tertiary" disabled={isArchiving}>
              {formatMessage({
                id: getTranslation('audit.archive.cancel'),
                defaultMessage: 'Cancel',
              })}
            </Button>
          </Dialog.Cancel>
          <Button
            fullWidth
            variant="danger"
            startIcon={<Archive />}
            disabled={!before}
            loading={isArchiving}
            onClick={confirm}
          >
            {formatMessage({
              id: getTranslation('audit.archive.confirm'),
              defaultMessage: 'Download and remove',
            })}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
