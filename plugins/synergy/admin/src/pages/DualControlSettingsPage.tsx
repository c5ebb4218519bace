import {
  Box,
  Button,
  Checkbox,
  Field,
  Flex,
  MultiSelect,
  MultiSelectOption,
  NumberInput,
  Table,
  Tbody,
  Td,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { dualControlActionLabel } from '../components/dual-control-labels';
import { SettingsPage, useRowSave } from '../components/SettingsPage';
import { TableHead, translatedHeaders } from '../components/TableHead';
import { useStateFrom } from '../hooks/useStateFrom';
import { PERMISSIONS } from '../permissions';
import {
  DUAL_CONTROL_ACTIONS,
  useDualControlSettings,
  useUpdateDualControlSettings,
  type DualControlAction,
  type DualControlRule,
  type DualControlSettings,
} from '../services/dual-control';
import { getTranslation } from '../utils/getTranslation';

const COLUMNS = [
  { key: 'action', defaultMessage: 'Action' },
  { key: 'enabled', defaultMessage: 'Needs a second person' },
  { key: 'threshold', defaultMessage: 'More than (records)' },
  { key: 'approverRoles', defaultMessage: 'Approver roles' },
  { key: 'expiresAfterHours', defaultMessage: 'Expires after (hours)' },
] as const;

const DualControlSettingsPage = () => {
  const { formatMessage } = useIntl();
  const settings = useDualControlSettings();
  const update = useUpdateDualControlSettings();
  const { savingId, saveRow } = useRowSave();
  const [draft, setDraft] = useStateFrom<DualControlSettings | undefined>(
    settings.data,
    () => settings.data?.data,
  );

  const change = (action: DualControlAction, rule: Partial<DualControlRule>) =>
    setDraft((current) =>
      current ? { ...current, [action]: { ...current[action], ...rule } } : current,
    );

  const save = () =>
    draft &&
    saveRow(0, () => update(draft), {
      successMessage: () =>
        formatMessage({
          id: getTranslation('dualControlSettings.saved'),
          defaultMessage: 'The two-person rule is saved.',
        }),
    });

  return (
    <SettingsPage
      title={formatMessage({
        id: getTranslation('dualControlSettings.title'),
        defaultMessage: 'Two-person rule',
      })}
      subtitle={formatMessage({
        id: getTranslation('dualControlSettings.subtitle'),
        defaultMessage: 'Which dangerous actions need the approval of a second person',
      })}
      intro={
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
          <Typography textColor="neutral700">
            {formatMessage({
              id: getTranslation('dualControlSettings.explain'),
              defaultMessage:
                'A governed action is not carried out: it becomes a request (answered 202) that a holder of one of the approver roles approves or rejects on the Two-person requests page, before it expires. The requester can never approve their own request. Approval carries the action out as the requester would have; an approved export or archive is run once by its requester. Every request and decision is in the audit trail.',
            })}
          </Typography>
        </Box>
      }
      query={settings}
      messages={{
        loading: formatMessage({
          id: getTranslation('dualControlSettings.loading'),
          defaultMessage: 'Loading the two-person rule…',
        }),
        error: formatMessage({
          id: getTranslation('dualControlSettings.error'),
          defaultMessage: 'The two-person rule could not be loaded.',
        }),
        empty: '',
      }}
      isEmpty={() => false}
    >
      {(response) => (
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Table colCount={COLUMNS.length} rowCount={DUAL_CONTROL_ACTIONS.length + 1}>
            <TableHead
              headers={translatedHeaders(formatMessage, 'dualControlSettings.column', COLUMNS)}
            />
            <Tbody>
              {DUAL_CONTROL_ACTIONS.map((action) => {
                const rule = draft?.[action] ?? response.data[action];
                const name = dualControlActionLabel(formatMessage, action);
                const label = (key: string, defaultMessage: string) =>
                  formatMessage(
                    { id: getTranslation(`dualControlSettings.${key}`), defaultMessage },
                    { name },
                  );
                return (
                  <Tr key={action}>
                    <Td>
                      <Typography fontWeight="bold">{name}</Typography>
                    </Td>
                    <Td>
                      <Checkbox
                        aria-label={label('enabledOf', '{name} needs a second person')}
                        checked={rule.enabled}
                        disabled={savingId !== null}
                        onCheckedChange={(checked: boolean | 'indeterminate') =>
                          change(action, { enabled: checked === true })
                        }
                      />
                    </Td>
                    <Td>
                      {action === 'export-records' ? (
                        <Field.Root name={`${action}-threshold`}>
                          <NumberInput
                            aria-label={label(
                              'thresholdOf',
                              'Records above which {name} is governed',
                            )}
                            value={rule.threshold ?? 0}
                            disabled={savingId !== null}
                            onValueChange={(value: number | undefined) =>
                              change(action, { threshold: value ?? 0 })
                            }
                          />
                        </Field.Root>
                      ) : (
                        <Typography textColor="neutral500">—</Typography>
                      )}
                    </Td>
                    <Td>
                      <Field.Root name={`${action}-approvers`}>
                        <MultiSelect
                          aria-label={label('approverRolesOf', 'Roles that may approve {name}')}
                          value={rule.approverRoles.map(String)}
                          withTags
                          disabled={savingId !== null}
                          placeholder={formatMessage({
                            id: getTranslation('dualControlSettings.nobody'),
                            defaultMessage: 'Nobody',
                          })}
                          onChange={(values: string[]) =>
                            change(action, { approverRoles: values.map(Number) })
                          }
                        >
                          {response.meta.adminRoles.map((role) => (
                            <MultiSelectOption key={role.id} value={String(role.id)}>
                              {role.name}
                            </MultiSelectOption>
                          ))}
                        </MultiSelect>
                      </Field.Root>
                    </Td>
                    <Td>
                      <Field.Root name={`${action}-expires`}>
                        <NumberInput
                          aria-label={label(
                            'expiresOf',
                            'Hours before a request to {name} expires',
                          )}
                          value={rule.expiresAfterHours}
                          disabled={savingId !== null}
                          onValueChange={(value: number | undefined) =>
                            change(action, { expiresAfterHours: value ?? 1 })
                          }
                        />
                      </Field.Root>
                    </Td>
                  </Tr>
                );
              })}
            </Tbody>
          </Table>
          <Flex justifyContent="flex-end">
            <Button startIcon={<Check />} loading={savingId !== null} onClick={save}>
              {formatMessage({
                id: getTranslation('dualControlSettings.save'),
                defaultMessage: 'Save',
              })}
            </Button>
          </Flex>
        </Flex>
      )}
    </SettingsPage>
  );
};

/** Settings → Synergy → Two-person rule, shown only to holders of `plugin::synergy.dual-control.configure`. */
export const ProtectedDualControlSettingsPage = () => (
  <Page.Protect permissions={PERMISSIONS.dualControlConfigure}>
    <DualControlSettingsPage />
  </Page.Protect>
);

export default ProtectedDualControlSettingsPage;
