import { Button, Flex, ProgressBar, Typography } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { useIntl } from 'react-intl';
import type { ImportProgress } from '../../services/import';
import { getTranslation } from '../../utils/getTranslation';

const PHASE_MESSAGES: Record<ImportProgress['phase'], { id: string; defaultMessage: string }> = {
  read: { id: getTranslation('import.progress.read'), defaultMessage: 'Reading the file' },
  validate: { id: getTranslation('import.progress.validate'), defaultMessage: 'Checking the rows' },
  write: { id: getTranslation('import.progress.write'), defaultMessage: 'Writing the records' },
};

/** The progress events of the NDJSON stream as a bar, with a Cancel that aborts the request. */
export const ImportProgressBar = ({
  progress,
  onCancel,
}: {
  progress: ImportProgress | undefined;
  onCancel?: () => void;
}) => {
  const { formatMessage } = useIntl();
  const percent = progress?.total
    ? Math.min(100, Math.round((progress.done / progress.total) * 100))
    : undefined;
  const phase = formatMessage(PHASE_MESSAGES[progress?.phase ?? 'read']);
  const label = formatMessage({
    id: getTranslation('import.progress.label'),
    defaultMessage: 'Import progress',
  });

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Flex justifyContent="space-between" gap={4}>
        <Typography variant="pi" role="status">
          {progress?.total
            ? formatMessage(
                {
                  id: getTranslation('import.progress.count'),
                  defaultMessage: '{phase}: {done, number} of {total, number} rows',
                },
                { phase, done: progress.done, total: progress.total },
              )
            : formatMessage(
                {
                  id: getTranslation('import.progress.countOpen'),
                  defaultMessage: '{phase}: {done, number} rows',
                },
                { phase, done: progress?.done ?? 0 },
              )}
        </Typography>
        {onCancel ? (
          <Button variant="danger-light" startIcon={<Cross />} onClick={onCancel}>
            {formatMessage({ id: getTranslation('import.cancel'), defaultMessage: 'Cancel' })}
          </Button>
        ) : null}
      </Flex>
      {/* The design system's bar leaves the root without aria-valuenow: given here for assistive technology. */}
      <ProgressBar value={percent ?? null} aria-valuenow={percent} aria-label={label} />
    </Flex>
  );
};
