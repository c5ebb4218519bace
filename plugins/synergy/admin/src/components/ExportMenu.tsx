import * as React from 'react';
import { MenuItem, SimpleMenu } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import {
  useAPIErrorHandler,
  useNotification,
  useRBAC,
  type FetchError,
} from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/contracts/export';
import { PERMISSIONS } from '../permissions';
import { getTranslation } from '../utils/getTranslation';

/**
 * "Export" with a choice of CSV or XLSX, for holders of plugin::synergy.export.read only. A failed
 * export shows the server's message.
 */
export const ExportMenu = ({
  onExport,
  label,
}: {
  onExport: (format: ExportFormat) => Promise<void>;
  label?: string;
}) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  const {
    isLoading,
    allowedActions: { canRead },
  } = useRBAC(PERMISSIONS.export);
  const [isExporting, setIsExporting] = React.useState(false);
  if (isLoading || !canRead) return null;

  const run = async (format: ExportFormat) => {
    setIsExporting(true);
    try {
      await onExport(format);
    } catch (error) {
      toggleNotification({ type: 'danger', message: formatAPIError(error as FetchError) });
    } finally {
      setIsExporting(false);
    }
  };

  const button = formatMessage({ id: getTranslation('export.button'), defaultMessage: 'Export' });
  return (
    <SimpleMenu
      label={button}
      aria-label={label ?? button}
      variant="tertiary"
      startIcon={<Download />}
      disabled={isExporting}
    >
      {EXPORT_FORMATS.map((format) => (
        <MenuItem key={format} onSelect={() => void run(format)}>
          {formatMessage({
            id: getTranslation(`export.format.${format}`),
            defaultMessage: format === 'csv' ? 'CSV (.csv)' : 'Excel (.xlsx)',
          })}
        </MenuItem>
      ))}
    </SimpleMenu>
  );
};
