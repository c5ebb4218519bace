import { Box, Flex, Table, Tbody, Typography } from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { ClearanceRow, nameOf } from '../components/ClearanceRow';
import { SettingsPage, useRowSave } from '../components/SettingsPage';
import { TableHead, translatedHeaders } from '../components/TableHead';
import { PERMISSIONS } from '../permissions';
import {
  useClearances,
  useUpdateClearance,
  type AdminClearance,
  type ClearanceLevel,
} from '../services/clearances';
import { getTranslation } from '../utils/getTranslation';

const COLUMNS = [
  { key: 'name', defaultMessage: 'Name' },
  { key: 'roles', defaultMessage: 'Roles' },
  { key: 'active', defaultMessage: 'Active' },
  { key: 'level', defaultMessage: 'Clearance' },
  { key: 'source', defaultMessage: 'Set' },
  { key: 'compartments', defaultMessage: 'Compartments' },
  { key: 'note', defaultMessage: 'Note' },
  { key: 'actions', defaultMessage: 'Actions' },
] as const;

const ClearancesSettingsPage = () => {
  const { formatMessage } = useIntl();
  const clearances = useClearances();
  const updateClearance = useUpdateClearance();
  const { savingId, saveRow } = useRowSave();

  // The saved list comes back through the admin API's cache tags. The server refuses a level above
  // the caller's own clearance (403) with a message saying so.
  const save = (
    user: AdminClearance,
    level: ClearanceLevel,
    note: string | null,
    compartments: string[],
  ) =>
    saveRow(user.id, () => updateClearance(user.id, { level, note, compartments }), {
      successMessage: () =>
        formatMessage(
          {
            id: getTranslation('clearances.saved'),
            defaultMessage: '{name} is now cleared for {level}.',
          },
          { name: nameOf(user), level: formatMessage({ id: level, defaultMessage: level }) },
        ),
    });

  return (
    <SettingsPage
      title={formatMessage({
        id: getTranslation('clearances.title'),
        defaultMessage: 'Clearances',
      })}
      subtitle={formatMessage({
        id: getTranslation('clearances.subtitle'),
        defaultMessage: 'Which classified records each admin user may see',
      })}
      intro={
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Typography tag="h2" variant="delta">
              {formatMessage({
                id: getTranslation('clearances.explain.title'),
                defaultMessage: 'What a clearance does',
              })}
            </Typography>
            <Typography textColor="neutral700">
              {formatMessage({
                id: getTranslation('clearances.explain.levels'),
                defaultMessage:
                  'Every CRM record is classified public, internal, confidential or secret. An admin user sees, everywhere in the admin panel and in exports, only the records classified at or below their clearance, and may not create a record or set a classification above it.',
              })}
            </Typography>
            <Typography textColor="neutral700">
              {formatMessage({
                id: getTranslation('clearances.explain.defaults'),
                defaultMessage:
                  'A user without an explicit clearance is internal; Super Admins are always secret. You may grant at most your own clearance. Every change is recorded in the audit trail.',
              })}
            </Typography>
          </Flex>
        </Box>
      }
      query={clearances}
      messages={{
        loading: formatMessage({
          id: getTranslation('clearances.loading'),
          defaultMessage: 'Loading clearances…',
        }),
        error: formatMessage({
          id: getTranslation('clearances.error'),
          defaultMessage: 'The clearances could not be loaded.',
        }),
        empty: formatMessage({
          id: getTranslation('clearances.empty'),
          defaultMessage: 'There are no admin users yet.',
        }),
      }}
      isEmpty={({ users }) => users.length === 0}
    >
      {({ users, compartments }) => (
        <Table colCount={COLUMNS.length} rowCount={users.length + 1}>
          <TableHead headers={translatedHeaders(formatMessage, 'clearances.column', COLUMNS)} />
          <Tbody>
            {users.map((user) => (
              <ClearanceRow
                key={user.id}
                user={user}
                compartments={compartments}
                isSaving={savingId === user.id}
                onSave={save}
              />
            ))}
          </Tbody>
        </Table>
      )}
    </SettingsPage>
  );
};

/** Settings → Synergy → Clearances, shown only to holders of `plugin::synergy.clearances.manage`. */
export const ProtectedClearancesSettingsPage = () => (
  <Page.Protect permissions={PERMISSIONS.clearancesManage}>
    <ClearancesSettingsPage />
  </Page.Protect>
);

export default ProtectedClearancesSettingsPage;
