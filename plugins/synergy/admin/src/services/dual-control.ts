import * as React from 'react';
import { PLUGIN_ID } from '../pluginId';
import { FRESH_ON_MOUNT, queryState, synergyApi } from './api';
import type {
  DecideDualControlRequest,
  DualControlRequest,
  DualControlSettings,
  DualControlState,
  GetDualControlRequests,
  GetDualControlSettings,
  UpdateDualControlSettings,
} from '../../../shared/contracts/dual-control';

export type {
  DualControlAction,
  DualControlRequest,
  DualControlRule,
  DualControlSettings,
  DualControlState,
  GetDualControlRequests,
  GetDualControlSettings,
} from '../../../shared/contracts/dual-control';
export { DUAL_CONTROL_ACTIONS, DUAL_CONTROL_STATES } from '../../../shared/contracts/dual-control';

const dualControlApi = synergyApi.injectEndpoints({
  endpoints: (builder) => ({
    getSynergyDualControlSettings: builder.query<GetDualControlSettings.Response, void>({
      query: () => `/${PLUGIN_ID}/dual-control/settings`,
      providesTags: ['SynergyDualControl'],
    }),
    updateSynergyDualControlSettings: builder.mutation<
      DualControlSettings,
      UpdateDualControlSettings.Request
    >({
      query: (body) => ({ url: `/${PLUGIN_ID}/dual-control/settings`, method: 'PUT', data: body }),
      transformResponse: (response: UpdateDualControlSettings.Response) => response.data,
      invalidatesTags: ['SynergyDualControl', 'SynergyAudit'],
    }),
    getSynergyDualControlRequests: builder.query<
      GetDualControlRequests.Response,
      { state?: DualControlState }
    >({
      query: ({ state }) => ({
        url: `/${PLUGIN_ID}/dual-control/requests`,
        method: 'GET',
        config: { params: state ? { state } : {} },
      }),
      providesTags: ['SynergyDualControl'],
    }),
    decideSynergyDualControlRequest: builder.mutation<
      DualControlRequest,
      { id: number; decision: 'approve' | 'reject' } & DecideDualControlRequest.Body
    >({
      query: ({ id, decision, ...body }) => ({
        url: `/${PLUGIN_ID}/dual-control/requests/${id}/${decision}`,
        method: 'POST',
        data: body,
      }),
      transformResponse: (response: DecideDualControlRequest.Response) => response.data,
      // An approval executes the action: records, the audit trail and customers change.
      invalidatesTags: ['SynergyDualControl', 'SynergyAudit', 'Document', 'SynergyCustomer'],
    }),
  }),
  overrideExisting: false,
});

/** GET /synergy/dual-control/settings: the rule per action and the admin roles. */
export const useDualControlSettings = () =>
  queryState(dualControlApi.useGetSynergyDualControlSettingsQuery(undefined, FRESH_ON_MOUNT));

/** PUT /synergy/dual-control/settings; rejects with the server's error (400 naming the field). */
export const useUpdateDualControlSettings = () => {
  const [update] = dualControlApi.useUpdateSynergyDualControlSettingsMutation();
  return React.useCallback(
    (body: UpdateDualControlSettings.Request) => update(body).unwrap(),
    [update],
  );
};

/** GET /synergy/dual-control/requests: what the user asked for or may decide. */
export const useDualControlRequests = (state?: DualControlState) =>
  queryState(dualControlApi.useGetSynergyDualControlRequestsQuery({ state }, FRESH_ON_MOUNT));

/** POST …/approve or …/reject; rejects with the server's error (403 for the requester, 409 when expired). */
export const useDecideDualControlRequest = () => {
  const [decide] = dualControlApi.useDecideSynergyDualControlRequestMutation();
  return React.useCallback(
    (
      id: number,
      decision: 'approve' | 'reject',
      body: DecideDualControlRequest.Body,
    ): Promise<DualControlRequest> => decide({ id, decision, ...body }).unwrap(),
    [decide],
  );
};
