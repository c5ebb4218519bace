import * as React from 'react';
import { useAPIErrorHandler, type BaseQueryError, type FetchError } from '@strapi/strapi/admin';

/**
 * The message to show for a failed request: Strapi formats RTK Query errors (plain objects, from
 * the admin API) and fetch-client errors (the file downloads and the import stream) apart.
 */
export const useErrorMessage = () => {
  const { formatAPIError, _unstableFormatAPIError } = useAPIErrorHandler();
  return React.useCallback(
    (error: unknown) =>
      error instanceof Error
        ? formatAPIError(error as FetchError)
        : _unstableFormatAPIError(error as BaseQueryError),
    [formatAPIError, _unstableFormatAPIError],
  );
};
