import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { PostMergeCustomers } from '../../../shared/contracts/data-quality';
import { PLUGIN_ID } from '../pluginId';

/** POST /synergy/data-quality/merge; throws the fetch client's FetchError with the server's message. */
export const useMergeCustomers = () => {
  const { post } = useFetchClient();
  return React.useCallback(
    async (body: PostMergeCustomers.Body) =>
      (await post<PostMergeCustomers.Response>(`/${PLUGIN_ID}/data-quality/merge`, body)).data.data,
    [post],
  );
};
