import * as React from 'react';
import { PLUGIN_ID } from '../pluginId';
import { FRESH_ON_MOUNT, queryState, synergyApi } from './api';

import { CLASSIFICATION_LEVELS } from '../../../shared/enumerations';

/** Classification levels, lowest first (SPEC §1): a clearance is one of them. */
export const CLEARANCE_LEVELS = CLASSIFICATION_LEVELS;
export type ClearanceLevel = (typeof CLEARANCE_LEVELS)[number];

/** One admin user of GET /synergy/clearances. */
export interface AdminClearance {
  id: number;
  firstname: string | null;
  lastname: string | null;
  email: string;
  isActive: boolean;
  roles: string[];
  isSuperAdmin: boolean;
  level: ClearanceLevel;
  /** Whether a clearance record exists; without one the level is the default (internal). */
  explicit: boolean;
  note: string | null;
  /** The compartments held (SPEC §1.1); null for a Super Admin, who holds every one. */
  compartments: string[] | null;
}

export interface CompartmentOption {
  code: string;
  name: string;
}

export interface FindClearancesResponse {
  data: AdminClearance[];
  meta?: { compartments?: CompartmentOption[] };
}

/** The admin users and the compartments that exist. */
export interface ClearancesList {
  users: AdminClearance[];
  compartments: CompartmentOption[];
}

/** PUT /synergy/clearances/:userId */
export interface UpdateClearanceRequest {
  level: ClearanceLevel;
  note?: string | null;
  compartments?: string[];
}
export interface UpdateClearanceResponse {
  data: { userId: number; level: ClearanceLevel; note: string | null; compartments: string[] };
}

const clearancesApi = synergyApi.injectEndpoints({
  endpoints: (builder) => ({
    getSynergyClearances: builder.query<ClearancesList, void>({
      query: () => `/${PLUGIN_ID}/clearances`,
      transformResponse: (response: FindClearancesResponse) => ({
        users: response.data,
        compartments: response.meta?.compartments ?? [],
      }),
      providesTags: ['SynergyClearance'],
    }),
    updateSynergyClearance: builder.mutation<
      UpdateClearanceResponse['data'],
      { userId: number; body: UpdateClearanceRequest }
    >({
      query: ({ userId, body }) => ({
        url: `/${PLUGIN_ID}/clearances/${userId}`,
        method: 'PUT',
        data: body,
      }),
      transformResponse: (response: UpdateClearanceResponse) => response.data,
      // The change is audited; the list shows the saved level.
      invalidatesTags: ['SynergyClearance', 'SynergyAudit'],
    }),
  }),
  overrideExisting: false,
});

/** GET /synergy/clearances; `reload` fetches again. */
export const useClearances = () =>
  queryState(clearancesApi.useGetSynergyClearancesQuery(undefined, FRESH_ON_MOUNT));

/** PUT /synergy/clearances/:userId; rejects with the server's error (403 above one's own clearance). */
export const useUpdateClearance = () => {
  const [updateClearance] = clearancesApi.useUpdateSynergyClearanceMutation();
  return React.useCallback(
    (userId: number, body: UpdateClearanceRequest) => updateClearance({ userId, body }).unwrap(),
    [updateClearance],
  );
};
