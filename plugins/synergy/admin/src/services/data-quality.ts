import * as React from 'react';
import type { PostMergeCustomers } from '../../../shared/contracts/data-quality';
import { PLUGIN_ID } from '../pluginId';
import { synergyApi } from './api';

const dataQualityApi = synergyApi.injectEndpoints({
  endpoints: (builder) => ({
    mergeSynergyCustomers: builder.mutation<
      PostMergeCustomers.Response['data'],
      PostMergeCustomers.Body
    >({
      query: (body) => ({ url: `/${PLUGIN_ID}/data-quality/merge`, method: 'POST', data: body }),
      transformResponse: (response: PostMergeCustomers.Response) => response.data,
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
