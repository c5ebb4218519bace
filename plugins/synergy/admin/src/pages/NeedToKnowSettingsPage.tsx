import { Box, Flex, Table, Tbody, Typography } from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { LoadError, LoadingState } from '../components/LoadStates';
import { NeedToKnowRow } from '../components/NeedToKnowRow';
import { SettingsPage, useRowSave } from '../components/SettingsPage';
import { TableHead, translatedHeaders } from '../components/TableHead';
import { PERMISSIONS } from '../permissions';
import {
  useDeleteNeedToKnow,
  useNeedToKnowList,
  useSaveNeedToKnow,
  type Caveat,
  type Compartment,
  type NeedToKnowKind,
} from '../services/need-to-know';
import { getTranslation } from '../utils/getTranslation';

const COLUMNS = {
  compartments: [
    { key: 'code', defaultMessage: 'Code' },
    { key: 'name', defaultMessage: 'Name' },
    { key: 'description', defaultMessage: 'Description' },
    { key: 'actions', defaultMessage: 'Actions' },
  ],
  caveats: [
    { key: 'code', defaultMessage: 'Code' },
    { key: 'name', defaultMessage: 'Name' },
    { key: 'nameEn', defaultMessage: 'English name' },
    { key: 'description', defaultMessage: 'Description' },
    { key: 'withheldFromExternal', defaultMessage: 'Withheld from external callers' },
    { key: 'actions', defaultMessage: 'Actions' },
  ],
} as const;

/** The row adding an entry saves as row 0. */
const NEW_ROW = 0;

/** One list (compartments or caveats): a row per entry, editable, and a row that adds one. */
const NeedToKnowTable = ({
  kind,
  entries,
}: {
  kind: NeedToKnowKind;
  entries: Array<Compartment | Caveat>;
}) => {
  const { formatMessage } = useIntl();
  const save = useSaveNeedToKnow();
  const remove = useDeleteNeedToKnow();
  const { savingId, saveRow } = useRowSave();
  const isCaveat = kind === 'caveats';
  const columns = COLUMNS[kind];
  const saved = () =>
    formatMessage({ id: getTranslation('needToKnow.saved'), defaultMessage: 'Saved.' });

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography tag="h2" variant="delta">
        {isCaveat
          ? formatMessage({
              id: getTranslation('needToKnow.caveats.title'),
              defaultMessage: 'Release caveats',
            })
          : formatMessage({
              id: getTranslation('needToKnow.compartments.title'),
              defaultMessage: 'Compartments',
            })}
      </Typography>
      <Table colCount={columns.length} rowCount={entries.length + 2}>
        <TableHead headers={translatedHeaders(formatMessage, 'needToKnow.column', columns)} />
        <Tbody>
          {entries.map((entry) => (
            <NeedToKnowRow
              key={entry.id}
              entry={entry}
              isCaveat={isCaveat}
              isSaving={savingId === entry.id}
              onSave={(body) =>
                saveRow(entry.id, () => save(kind, body, entry.id), { successMessage: saved })
              }
              onDelete={() =>
                saveRow(entry.id, () => remove(kind, entry.id), { successMessage: saved })
              }
            />
          ))}
          <NeedToKnowRow
            isCaveat={isCaveat}
            isSaving={savingId === NEW_ROW}
            onSave={(body) => saveRow(NEW_ROW, () => save(kind, body), { successMessage: saved })}
          />
        </Tbody>
      </Table>
    </Flex>
  );
};

/** The caveats, loaded beside the compartments the page frame waits for. */
const CaveatsSection = () => {
  const { formatMessage } = useIntl();
  const caveats = useNeedToKnowList('caveats');
  if (caveats.isLoading && !caveats.data)
    return (
      <LoadingState
        message={formatMessage({
          id: getTranslation('needToKnow.caveats.loading'),
          defaultMessage: 'Loading release caveats…',
        })}
      />
    );
  if (caveats.error || !caveats.data)
    return (
      <LoadError
        message={formatMessage({
          id: getTranslation('needToKnow.caveats.error'),
          defaultMessage: 'The release caveats could not be loaded.',
        })}
        onRetry={caveats.reload}
      />
    );
  return <NeedToKnowTable kind="caveats" entries={caveats.data} />;
};

const NeedToKnowSettingsPage = () => {
  const { formatMessage } = useIntl();
  const compartments = useNeedToKnowList('compartments');
  return (
    <SettingsPage
      title={formatMessage({
        id: getTranslation('needToKnow.title'),
        defaultMessage: 'Compartments and caveats',
      })}
      subtitle={formatMessage({
        id: getTranslation('needToKnow.subtitle'),
        defaultMessage: 'Need to know beyond classification levels (知悉范围, release caveats)',
      })}
      intro={
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Typography textColor="neutral700">
              {formatMessage({
                id: getTranslation('needToKnow.explain.compartments'),
                defaultMessage:
                  'A record carrying compartments is visible only to those who hold every one of them, on top of their clearance: lists, counts, relations, the 360, analytics, exports and imports. Grant compartments to admin users through their clearance, to API users in their record, to API tokens in the configuration. Whoever creates a compartment holds it; Super Admins hold every one.',
              })}
            </Typography>
            <Typography textColor="neutral700">
              {formatMessage({
                id: getTranslation('needToKnow.explain.caveats'),
                defaultMessage:
                  'A record carrying a caveat withheld from external callers never reaches an external API token or API user. A brand material cannot be published to the public or export audience while its strategy or that strategy’s products carry a caveat.',
              })}
            </Typography>
          </Flex>
        </Box>
      }
      query={compartments}
      messages={{
        loading: formatMessage({
          id: getTranslation('needToKnow.compartments.loading'),
          defaultMessage: 'Loading compartments…',
        }),
        error: formatMessage({
          id: getTranslation('needToKnow.compartments.error'),
          defaultMessage: 'The compartments could not be loaded.',
        }),
        empty: '',
      }}
      isEmpty={() => false}
    >
      {(entries) => (
        <Flex direction="column" alignItems="stretch" gap={8}>
          <NeedToKnowTable kind="compartments" entries={entries} />
          <CaveatsSection />
        </Flex>
      )}
    </SettingsPage>
  );
};

/** Settings → Synergy → Compartments and caveats, for holders of `plugin::synergy.need-to-know.manage`. */
export const ProtectedNeedToKnowSettingsPage = () => (
  <Page.Protect permissions={PERMISSIONS.needToKnowManage}>
    <NeedToKnowSettingsPage />
  </Page.Protect>
);

export default ProtectedNeedToKnowSettingsPage;
