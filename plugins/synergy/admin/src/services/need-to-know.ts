import * as React from 'react';
import type {
  Caveat,
  Compartment,
  ListNeedToKnow,
  NeedToKnowKind,
  SaveNeedToKnowEntry,
} from '../../../shared/contracts/need-to-know';
import { PLUGIN_ID } from '../pluginId';
import { FRESH_ON_MOUNT, queryState, synergyApi } from './api';

export type { Caveat, Compartment, NeedToKnowKind } from '../../../shared/contracts/need-to-know';

const needToKnowApi = synergyApi.injectEndpoints({
  endpoints: (builder) => ({
    getSynergyNeedToKnow: builder.query<Array<Compartment | Caveat>, NeedToKnowKind>({
      query: (kind) => `/${PLUGIN_ID}/${kind}`,
      transformResponse: (response: ListNeedToKnow.Response) => response.data,
      providesTags: ['SynergyNeedToKnow'],
    }),
    saveSynergyNeedToKnow: builder.mutation<
      Compartment | Caveat,
      { kind: NeedToKnowKind; id?: number; body: SaveNeedToKnowEntry.Request }
    >({
      query: ({ kind, id, body }) => ({
        url: id === undefined ? `/${PLUGIN_ID}/${kind}` : `/${PLUGIN_ID}/${kind}/${id}`,
        method: id === undefined ? 'POST' : 'PUT',
        data: body,
      }),
      transformResponse: (response: SaveNeedToKnowEntry.Response) => response.data,
      // A new compartment is held by its creator: their clearance changes too. Changes are audited.
      invalidatesTags: ['SynergyNeedToKnow', 'SynergyClearance', 'SynergyAudit'],
    }),
    deleteSynergyNeedToKnow: builder.mutation<unknown, { kind: NeedToKnowKind; id: number }>({
      query: ({ kind, id }) => ({ url: `/${PLUGIN_ID}/${kind}/${id}`, method: 'DELETE' }),
      invalidatesTags: ['SynergyNeedToKnow', 'SynergyAudit'],
    }),
  }),
  overrideExisting: false,
});

/** GET /synergy/compartments or /synergy/caveats. */
export const useNeedToKnowList = (kind: NeedToKnowKind) =>
  queryState(needToKnowApi.useGetSynergyNeedToKnowQuery(kind, FRESH_ON_MOUNT));

/** POST (no id) or PUT; rejects with the server's error (400 naming the field, 409 for a taken code). */
export const useSaveNeedToKnow = () => {
  const [save] = needToKnowApi.useSaveSynergyNeedToKnowMutation();
  return React.useCallback(
    (kind: NeedToKnowKind, body: SaveNeedToKnowEntry.Request, id?: number) =>
      save({ kind, id, body }).unwrap(),
    [save],
  );
};

/** DELETE; rejects with 409 while records carry the code. */
export const useDeleteNeedToKnow = () => {
  const [remove] = needToKnowApi.useDeleteSynergyNeedToKnowMutation();
  return React.useCallback(
    (kind: NeedToKnowKind, id: number) => remove({ kind, id }).unwrap(),
    [remove],
  );
};
