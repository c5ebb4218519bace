import * as React from 'react';
import { Button } from '@strapi/design-system';
import { CheckCircle } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { VerifyAudit } from '../../../shared/contracts/audit';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { PLUGIN_ID } from '../pluginId';
import { getTranslation } from '../utils/getTranslation';

/**
 * Recomputes the audit trail's hash chain on the server (GET /synergy/audit/verify) and says
 * whether it is intact or which entry is the first broken one. Only for holders of
 * plugin::synergy.audit.verify.
 */
export const VerifyChainButton = () => {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const errorMessage = useErrorMessage();
  const [isVerifying, setIsVerifying] = React.useState(false);

  const verify = async () => {
    setIsVerifying(true);
    try {
      const { data } = await get<VerifyAudit.Response>(`/${PLUGIN_ID}/audit/verify`);
      const result = data.data;
      if (result.ok) {
        toggleNotification({
          type: 'success',
          message: formatMessage(
            {
              id: getTranslation('audit.verify.ok'),
              defaultMessage:
                'The audit chain is intact: {checked, plural, one {# entry} other {# entries}} verified.',
            },
            { checked: result.checked },
          ),
        });
      } else {
        toggleNotification({
          type: 'danger',
          timeout: 30_000,
          message:
            result.brokenEntryId === null
              ? formatMessage({
                  id: getTranslation('audit.verify.headMissing'),
                  defaultMessage:
                    'The audit chain is broken: its newest entries have been removed.',
                })
              : formatMessage(
                  {
                    id: getTranslation('audit.verify.broken'),
                    defaultMessage:
                      'The audit chain is broken at entry {id}: it was changed or inserted, or the entry before it was removed.',
                  },
                  { id: result.brokenEntryId },
                ),
        });
      }
    } catch (verifyError) {
      toggleNotification({ type: 'danger', message: errorMessage(verifyError) });
    } finally {
      setIsVerifying(false);
    }
  };

  return (
    <Button variant="secondary" startIcon={<CheckCircle />} loading={isVerifying} onClick={verify}>
      {formatMessage({ id: getTranslation('audit.verify.button'), defaultMessage: 'Verify chain' })}
    </Button>
  );
};
