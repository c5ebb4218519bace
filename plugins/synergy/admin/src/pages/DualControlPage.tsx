import * as React from 'react';
import {
  Badge,
  Box,
  Button,
  EmptyStateLayout,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { Page, useAuth, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { dualControlActionLabel, dualControlStateLabel } from '../components/dual-control-labels';
import { useDispatch } from 'react-redux';
import { DualControlDecisionDialog } from '../components/DualControlDecisionDialog';
import { LoadError, LoadingState } from '../components/LoadStates';
import { PageFrame } from '../components/PageFrame';
import { TableHead, translatedHeaders } from '../components/TableHead';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { PERMISSIONS } from '../permissions';
import { PLUGIN_ID } from '../pluginId';
import { synergyApi } from '../services/api';
import { fileNameOf, getFile, postFile, saveBlob } from '../services/download';
import {
  DUAL_CONTROL_STATES,
  useDecideDualControlRequest,
  useDualControlRequests,
  type DualControlRequest,
  type DualControlState,
  type GetDualControlRequests,
} from '../services/dual-control';
import { getTranslation } from '../utils/getTranslation';

const COLUMNS = [
  { key: 'action', defaultMessage: 'Action' },
  { key: 'summary', defaultMessage: 'What' },
  { key: 'requester', defaultMessage: 'Requested by' },
  { key: 'age', defaultMessage: 'Waiting' },
  { key: 'state', defaultMessage: 'State' },
  { key: 'actions', defaultMessage: 'Actions' },
] as const;

const ALL = 'all';

/** Whole hours (or minutes under an hour) since `iso`. */
const ageOf = (iso: string, now: number) => {
  const minutes = Math.max(0, Math.floor((now - new Date(iso).getTime()) / 60_000));
  return minutes < 60
    ? { unit: 'minutes', value: minutes }
    : { unit: 'hours', value: Math.floor(minutes / 60) };
};

/** The requester's run of an approved export or archive: the file, once. */
const useRunApproved = () => {
  const { get } = useFetchClient();
  const token = useAuth('useRunApproved', (state) => state.token);
  const dispatch = useDispatch();
  return React.useCallback(
    async (request: DualControlRequest) => {
      const path = `/${PLUGIN_ID}/dual-control/requests/${request.id}`;
      const { blob, headers } =
        request.action === 'export-records'
          ? await getFile(get, `${path}/export`, {})
          : await postFile(`${path}/archive`, token, {});
      saveBlob(blob, fileNameOf(headers, `${request.action}-${request.id}`));
      dispatch(synergyApi.util.invalidateTags(['SynergyDualControl', 'SynergyAudit']));
    },
    [get, token, dispatch],
  );
};

const RequestRow = ({
  request,
  userId,
  now,
  onDecide,
  onRun,
}: {
  request: GetDualControlRequests.Response['data'][number];
  userId: number | undefined;
  now: number;
  onDecide: (decision: 'approve' | 'reject', reason: string) => Promise<boolean>;
  onRun: () => void;
}) => {
  const { formatMessage } = useIntl();
  const age = ageOf(request.createdAt, now);
  const isMine = request.requester.type === 'admin' && request.requester.id === userId;
  return (
    <Tr>
      <Td>
        <Typography fontWeight="bold">
          {dualControlActionLabel(formatMessage, request.action)}
        </Typography>
      </Td>
      <Td>
        <Typography textColor="neutral800">{request.summary}</Typography>
        {request.reason ? (
          <Typography variant="pi" textColor="neutral600" tag="p">
            {request.reason}
          </Typography>
        ) : null}
      </Td>
      <Td>
        <Typography>{request.requester.name ?? request.requester.type}</Typography>
      </Td>
      <Td>
        <Typography>
          {formatMessage(
            {
              id: getTranslation(`dualControl.age.${age.unit}`),
              defaultMessage: age.unit === 'minutes' ? '{value} min' : '{value} h',
            },
            { value: age.value },
          )}
        </Typography>
      </Td>
      <Td>
        <Badge>{dualControlStateLabel(formatMessage, request.state)}</Badge>
      </Td>
      <Td>
        {request.canDecide ? (
          <DualControlDecisionDialog request={request} onDecide={onDecide} />
        ) : isMine && request.state === 'approved' ? (
          <Button variant="secondary" startIcon={<Download />} onClick={onRun}>
            {formatMessage({
              id: getTranslation(`dualControl.run.${request.action}`),
              defaultMessage: request.action === 'export-records' ? 'Download' : 'Run archive',
            })}
          </Button>
        ) : null}
      </Td>
    </Tr>
  );
};

const DualControlPage = () => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const errorMessage = useErrorMessage();
  const userId = useAuth('DualControlPage', (state) => state.user?.id) as number | undefined;
  const [state, setState] = React.useState<DualControlState | typeof ALL>('pending');
  const requests = useDualControlRequests(state === ALL ? undefined : state);
  const decide = useDecideDualControlRequest();
  const runApproved = useRunApproved();
  // The ages shown count from when the list was opened.
  const [now] = React.useState(() => Date.now());

  const onDecide =
    (request: DualControlRequest) => async (decision: 'approve' | 'reject', reason: string) => {
      try {
        const decided = await decide(request.id, decision, {
          ...(reason ? { reason } : {}),
          version: request.version,
        });
        toggleNotification({
          type: 'success',
          message: formatMessage(
            {
              id: getTranslation('dualControl.decided'),
              defaultMessage: 'Request {id} is {state}.',
            },
            {
              id: decided.id,
              state: dualControlStateLabel(formatMessage, decided.state),
            },
          ),
        });
        return true;
      } catch (failure) {
        toggleNotification({ type: 'danger', message: errorMessage(failure) });
        return false;
      }
    };

  const onRun = (request: DualControlRequest) => async () => {
    try {
      await runApproved(request);
    } catch (failure) {
      toggleNotification({ type: 'danger', message: errorMessage(failure) });
    }
  };

  const content = (() => {
    if (requests.isLoading && !requests.data)
      return (
        <LoadingState
          message={formatMessage({
            id: getTranslation('dualControl.loading'),
            defaultMessage: 'Loading requests…',
          })}
        />
      );
    if (requests.error || !requests.data)
      return (
        <LoadError
          message={formatMessage({
            id: getTranslation('dualControl.error'),
            defaultMessage: 'The requests could not be loaded.',
          })}
          onRetry={requests.reload}
        />
      );
    if (requests.data.data.length === 0)
      return (
        <EmptyStateLayout
          content={formatMessage({
            id: getTranslation('dualControl.empty'),
            defaultMessage: 'No request waits for a second person.',
          })}
        />
      );
    return (
      <Table colCount={COLUMNS.length} rowCount={requests.data.data.length + 1}>
        <TableHead headers={translatedHeaders(formatMessage, 'dualControl.column', COLUMNS)} />
        <Tbody>
          {requests.data.data.map((request) => (
            <RequestRow
              key={request.id}
              request={request}
              userId={userId}
              now={now}
              onDecide={onDecide(request)}
              onRun={onRun(request)}
            />
          ))}
        </Tbody>
      </Table>
    );
  })();

  return (
    <PageFrame
      title={formatMessage({
        id: getTranslation('dualControl.title'),
        defaultMessage: 'Two-person requests',
      })}
      subtitle={formatMessage({
        id: getTranslation('dualControl.subtitle'),
        defaultMessage:
          'Dangerous actions wait here until a second person with the right role approves them',
      })}
      isBusy={requests.isLoading}
    >
      <Box>
        <Field.Root name="state" width="240px">
          <Field.Label>
            {formatMessage({
              id: getTranslation('dualControl.filter.state'),
              defaultMessage: 'State',
            })}
          </Field.Label>
          <SingleSelect
            value={state}
            onChange={(value: string | number) => setState(value as DualControlState | typeof ALL)}
          >
            <SingleSelectOption value={ALL}>
              {formatMessage({
                id: getTranslation('dualControl.filter.all'),
                defaultMessage: 'All',
              })}
            </SingleSelectOption>
            {DUAL_CONTROL_STATES.map((option) => (
              <SingleSelectOption key={option} value={option}>
                {dualControlStateLabel(formatMessage, option)}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      </Box>
      <Flex direction="column" alignItems="stretch">
        {content}
      </Flex>
    </PageFrame>
  );
};

/** The plugin's "Two-person requests" page, shown to holders of `plugin::synergy.dual-control.read`. */
export const ProtectedDualControlPage = () => (
  <Page.Protect permissions={PERMISSIONS.dualControlRead}>
    <DualControlPage />
  </Page.Protect>
);

export default ProtectedDualControlPage;
