import { Box, Button, Flex, Table, Tbody, Typography } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { contentTypeLabel } from '../components/audit-format';
import { MaskingRow } from '../components/MaskingRow';
import { SettingsPage, useRowSave } from '../components/SettingsPage';
import { TableHead, translatedHeaders } from '../components/TableHead';
import { useStateFrom } from '../hooks/useStateFrom';
import { PERMISSIONS } from '../permissions';
import {
  useMasking,
  useUpdateMasking,
  type GetMasking,
  type MaskingRule,
} from '../services/masking';
import { getTranslation } from '../utils/getTranslation';

const COLUMNS = [
  { key: 'contentType', defaultMessage: 'Content type' },
  { key: 'field', defaultMessage: 'Field' },
  { key: 'example', defaultMessage: 'Shown as' },
  { key: 'adminRoles', defaultMessage: 'Admin roles' },
  { key: 'apiRoles', defaultMessage: 'API roles (Users & Permissions)' },
  { key: 'apiTokens', defaultMessage: 'API tokens' },
] as const;

const keyOf = (rule: { contentType: string; field: string }) => `${rule.contentType}#${rule.field}`;

const emptyRule = (field: GetMasking.MaskableField): MaskingRule => ({
  contentType: field.contentType,
  field: field.field,
  adminRoles: [],
  apiRoles: [],
  apiTokens: false,
});

/** The rules being edited, one per maskable field, starting again from each answer of the server. */
const useDraftRules = (response: GetMasking.Response | undefined) =>
  useStateFrom(response, () => {
    const saved = new Map((response?.data.rules ?? []).map((rule) => [keyOf(rule), rule]));
    return new Map(
      (response?.meta.fields ?? []).map((field) => [
        keyOf(field),
        saved.get(keyOf(field)) ?? emptyRule(field),
      ]),
    );
  });

const MaskingSettingsPage = () => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const masking = useMasking();
  const updateMasking = useUpdateMasking();
  const { savingId, saveRow } = useRowSave();
  const [draft, setDraft] = useDraftRules(masking.data);

  const save = () =>
    saveRow(
      0,
      () =>
        updateMasking({
          // Only fields someone sees masked are rules.
          rules: [...draft.values()].filter(
            (rule) => rule.adminRoles.length > 0 || rule.apiRoles.length > 0 || rule.apiTokens,
          ),
        }),
      {
        successMessage: () =>
          formatMessage({
            id: getTranslation('masking.saved'),
            defaultMessage: 'The masked fields are saved.',
          }),
      },
    );

  return (
    <SettingsPage
      title={formatMessage({
        id: getTranslation('masking.title'),
        defaultMessage: 'Masked fields',
      })}
      subtitle={formatMessage({
        id: getTranslation('masking.subtitle'),
        defaultMessage: 'Which fields each role sees only partly, such as 138****5678',
      })}
      intro={
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Typography tag="h2" variant="delta">
              {formatMessage({
                id: getTranslation('masking.explain.title'),
                defaultMessage: 'What masking does',
              })}
            </Typography>
            <Typography textColor="neutral700">
              {formatMessage({
                id: getTranslation('masking.explain.where'),
                defaultMessage:
                  'A masked field is shown masked to the chosen roles everywhere: content-manager lists and edit views, the REST API, exports and the customer 360. Phone numbers keep their first 3 and last 4 digits, e-mails their first character and domain, other texts their first and last characters.',
              })}
            </Typography>
            <Typography textColor="neutral700">
              {formatMessage({
                id: getTranslation('masking.explain.queries'),
                defaultMessage:
                  'Those roles cannot filter or sort on a masked field (the request is refused, naming it), and the search box skips it. Saving a form leaves the stored value unchanged; changing a masked value is refused. A user with several admin roles sees a field masked only if every one of their roles masks it; Super Admins always see every value. Every change is recorded in the audit trail.',
              })}
            </Typography>
          </Flex>
        </Box>
      }
      query={masking}
      messages={{
        loading: formatMessage({
          id: getTranslation('masking.loading'),
          defaultMessage: 'Loading masked fields…',
        }),
        error: formatMessage({
          id: getTranslation('masking.error'),
          defaultMessage: 'The masked fields could not be loaded.',
        }),
        empty: formatMessage({
          id: getTranslation('masking.empty'),
          defaultMessage: 'No CRM type has a text field that can be masked.',
        }),
      }}
      isEmpty={(response) => response.meta.fields.length === 0}
    >
      {(response) => (
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Table colCount={COLUMNS.length} rowCount={response.meta.fields.length + 1}>
            <TableHead headers={translatedHeaders(formatMessage, 'masking.column', COLUMNS)} />
            <Tbody>
              {response.meta.fields.map((field) => (
                <MaskingRow
                  key={keyOf(field)}
                  field={field}
                  typeLabel={contentTypeLabel(intl, field.contentType)}
                  rule={draft.get(keyOf(field)) ?? emptyRule(field)}
                  roles={response.meta}
                  disabled={savingId !== null}
                  onChange={(rule) =>
                    setDraft((current) => new Map(current).set(keyOf(rule), rule))
                  }
                />
              ))}
            </Tbody>
          </Table>
          <Flex justifyContent="flex-end">
            <Button startIcon={<Check />} loading={savingId !== null} onClick={save}>
              {formatMessage({ id: getTranslation('masking.save'), defaultMessage: 'Save' })}
            </Button>
          </Flex>
        </Flex>
      )}
    </SettingsPage>
  );
};

/** Settings → Synergy → Masked fields, shown only to holders of `plugin::synergy.clearances.manage`. */
export const ProtectedMaskingSettingsPage = () => (
  <Page.Protect permissions={PERMISSIONS.clearancesManage}>
    <MaskingSettingsPage />
  </Page.Protect>
);

export default ProtectedMaskingSettingsPage;
