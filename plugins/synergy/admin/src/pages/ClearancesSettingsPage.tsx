import * as React from 'react';
import { Box, EmptyStateLayout, Flex, Table, Tbody, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { ClearanceRow, nameOf } from '../components/ClearanceRow';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { PERMISSIONS } from '../permissions';
import { useClearances, useUpdateClearance, type AdminClearance, type ClearanceLevel } from '../services/clearances';
import { getTranslation } from '../utils/getTranslation';
import { LoadError, LoadingState } from '../components/LoadStates';

const COLUMNS = [
  { key: 'name', defaultMessage: 'Name' },
  { key: 'roles', defaultMessage: 'Roles' },
  { key: 'active', defaultMessage: 'Active' },
  { key: 'level', defaultMessage: 'Clearance' },
  { key: 'source', defaultMessage: 'Set' },
  { key: 'note', defaultMessage: 'Note' },
  { key: 'actions', defaultMessage: 'Actions' },
] as const;

const ClearancesSettingsPage = () => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const errorMessage = useErrorMessage();
  const { data, error, isLoading, reload } = useClearances();
  const updateClearance = useUpdateClearance();
  const [savingId, setSavingId] = React.useState<number | null>(null);

  React.useEffect(() => {
    if (error) toggleNotification({ type: 'danger', message: errorMessage(error) });
  }, [error, errorMessage, toggleNotification]);

  const save = async (user: AdminClearance, level: ClearanceLevel, note: string | null) => {
    setSavingId(user.id);
    try {
      await updateClearance(user.id, { level, note });
      toggleNotification({
        type: 'success',
        message: formatMessage(
          { id: getTranslation('clearances.saved'), defaultMessage: '{name} is now cleared for {level}.' },
          { name: nameOf(user), level: formatMessage({ id: level, defaultMessage: level }) },
        ),
      });
    } catch (saveError) {
      // The server refuses a level above the caller's own clearance (403) with a message saying so.
      toggleNotification({ type: 'danger', message: errorMessage(saveError) });
    } finally {
      setSavingId(null);
    }
  };

  const title = formatMessage({ id: getTranslation('clearances.title'), defaultMessage: 'Clearances' });

  const content = (() => {
    if (isLoading && !data) {
      return (
        <LoadingState message={formatMessage({ id: getTranslation('clearances.loading'), defaultMessage: 'Loading clearances…' })} />
      );
    }
    if (error || !data) {
      return (
        <LoadError message={formatMessage({ id: getTranslation('clearances.error'), defaultMessage: 'The clearances could not be loaded.' })} onRetry={reload} />
      );
    }
    if (data.length === 0) {
      return (
        <EmptyStateLayout
          content={formatMessage({ id: getTranslation('clearances.empty'), defaultMessage: 'There are no admin users yet.' })}
        />
      );
    }
    return (
      <Table colCount={COLUMNS.length} rowCount={data.length + 1}>
        <Thead>
          <Tr>
            {COLUMNS.map((column) => (
              <Th key={column.key}>
                <Typography variant="sigma" textColor="neutral600">
                  {formatMessage({ id: getTranslation(`clearances.column.${column.key}`), defaultMessage: column.defaultMessage })}
                </Typography>
              </Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>
          {data.map((user) => (
            <ClearanceRow key={user.id} user={user} isSaving={savingId === user.id} onSave={save} />
          ))}
        </Tbody>
      </Table>
    );
  })();

  return (
    <Page.Main aria-busy={isLoading}>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={formatMessage({
          id: getTranslation('clearances.subtitle'),
          defaultMessage: 'Which classified records each admin user may see',
        })}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
            <Flex direction="column" alignItems="stretch" gap={2}>
              <Typography tag="h2" variant="delta">
                {formatMessage({ id: getTranslation('clearances.explain.title'), defaultMessage: 'What a clearance does' })}
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
          {content}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

/** Settings → Synergy → Clearances, shown only to holders of `plugin::synergy.clearances.manage`. */
export const ProtectedClearancesSettingsPage = () => (
  <Page.Protect permissions={PERMISSIONS.clearancesManage}>
    <ClearancesSettingsPage />
  </Page.Protect>
);

export default ProtectedClearancesSettingsPage;
