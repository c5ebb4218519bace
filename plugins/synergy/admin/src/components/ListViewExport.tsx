import { useIntl } from 'react-intl';
import { useLocation, useParams } from 'react-router-dom';
import { isCrmContentType } from '../../../shared/crm-types';
import { useExportFiles } from '../hooks/useExportFiles';
import { getTranslation } from '../utils/getTranslation';
import { ExportMenu } from './ExportMenu';

/**
 * Injected into the content manager's list view actions: exports what the list shows (its URL's
 * filters, sort and locale) for the CRM types.
 */
export const ListViewExport = () => {
  const { formatMessage } = useIntl();
  const { slug } = useParams<{ slug: string }>();
  const { search } = useLocation();
  const { exportList } = useExportFiles();
  if (!slug || !isCrmContentType(slug)) return null;
  return (
    <ExportMenu
      label={formatMessage({
        id: getTranslation('export.list'),
        defaultMessage: 'Export this list',
      })}
      onExport={(format) => exportList(slug, search, format)}
    />
  );
};
