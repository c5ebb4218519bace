import * as React from 'react';
import type { PostMergeCustomers } from '../../../shared/contracts/data-quality';
import type { DualControlAccepted } from '../../../shared/contracts/dual-control';
import { PLUGIN_ID } from '../pluginId';
import { synergyApi } from './api';

const dataQualityApi = synergyApi.injectEndpoints({
  endpoints: (builder) => ({
    mergeSynergyCustomers: builder.mutation<
      PostMergeCustomers.Response['data'] | { held: string },
      PostMergeCustomers.Body
    >({
      query: (body) => ({ url: `/${PLUGIN_ID}/data-quality/merge`, method: 'POST', data: body }),
      // 202: the two-person rule holds the merge until a second person approves it.
      transformResponse: (response: PostMergeCustomers.Response | DualControlAccepted) =>
        'meta' in response && response.meta.rule === 'two-person'
          ? { held: response.meta.message }
          : (response as PostMergeCustomers.Response).data,
      // Records move to the kept customer and the other is deleted: every figure, both customers' 360 and the audit change.
      invalidatesTags: (_result, _error, { keep, remove }) => [
        'SynergyAnalytics',
        'SynergyAudit',
        { type: 'SynergyCustomer', id: 'LIST' },
        { type: 'SynergyCustomer', id: keep },
        { type: 'SynergyCustomer', id: remove },
      ],
    }),
  }),
  overrideExisting: false,
});

/** POST /synergy/data-quality/merge; rejects with the server's error. */
export const useMergeCustomers = () => {
  const [mergeCustomers] = dataQualityApi.useMergeSynergyCustomersMutation();
  return React.useCallback(
    (body: PostMergeCustomers.Body) => mergeCustomers(body).unwrap(),
    [mergeCustomers],
  );
};
