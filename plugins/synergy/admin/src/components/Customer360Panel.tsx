import { LinkButton } from '@strapi/design-system';
import { HandHeart } from '@strapi/icons';
import { useRBAC } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { PERMISSIONS } from '../permissions';
import { customer360Path } from '../utils/links';
import { getTranslation } from '../utils/getTranslation';

/** Edit-view side panel of a customer: a link to its Customer 360 page. */
export const Customer360Panel: PanelComponent = ({ model, documentId }) => {
  const { formatMessage } = useIntl();
  const {
    isLoading,
    allowedActions: { canRead },
  } = useRBAC(PERMISSIONS.customer360);

  if (model !== 'api::customer.customer' || !documentId || documentId === 'create') return null;
  if (isLoading || !canRead) return null;

  return {
    title: formatMessage({ id: getTranslation('panel.title'), defaultMessage: 'Customer 360' }),
    content: (
      <LinkButton
        tag={NavLink}
        to={customer360Path(documentId)}
        variant="secondary"
        startIcon={<HandHeart />}
        fullWidth
      >
        {formatMessage({ id: getTranslation('panel.open'), defaultMessage: 'Open customer 360' })}
      </LinkButton>
    ),
  };
};
