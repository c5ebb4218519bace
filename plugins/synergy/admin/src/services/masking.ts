import * as React from 'react';
import { PLUGIN_ID } from '../pluginId';
import { FRESH_ON_MOUNT, queryState, synergyApi } from './api';
import type { GetMasking, MaskingSettings, UpdateMasking } from '../../../shared/contracts/masking';

export type { GetMasking, MaskingRule, MaskingSettings } from '../../../shared/contracts/masking';

const maskingApi = synergyApi.injectEndpoints({
  endpoints: (builder) => ({
    getSynergyMasking: builder.query<GetMasking.Response, void>({
      query: () => `/${PLUGIN_ID}/masking`,
      providesTags: ['SynergyMasking'],
    }),
    updateSynergyMasking: builder.mutation<MaskingSettings, UpdateMasking.Request>({
      query: (body) => ({ url: `/${PLUGIN_ID}/masking`, method: 'PUT', data: body }),
      transformResponse: (response: UpdateMasking.Response) => response.data,
      // The change is audited; masked values change in every list and edit view.
      invalidatesTags: ['SynergyMasking', 'SynergyAudit', 'Document', 'SynergyCustomer'],
    }),
  }),
  overrideExisting: false,
});

/** GET /synergy/masking: the rules, the fields that can be masked and the roles. */
export const useMasking = () =>
  queryState(maskingApi.useGetSynergyMaskingQuery(undefined, FRESH_ON_MOUNT));

/** PUT /synergy/masking; rejects with the server's error (400 naming the field). */
export const useUpdateMasking = () => {
  const [updateMasking] = maskingApi.useUpdateSynergyMaskingMutation();
  return React.useCallback(
    (body: UpdateMasking.Request) => updateMasking(body).unwrap(),
    [updateMasking],
  );
};
