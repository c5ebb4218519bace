import { createApi, type BaseQueryFn } from '@reduxjs/toolkit/query/react';

/** A request as the plugin's endpoints describe it to Strapi's base query. */
export interface AdminRequest {
  url: string;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  data?: unknown;
  config?: { params?: Record<string, string> };
}

/** Answers a request: resolves with the response body, or rejects with the server's error. */
export type Respond = (request: AdminRequest) => unknown;

/**
 * A stand-in for Strapi's `adminApi` in component tests (which replace `@strapi/strapi/admin`):
 * the real RTK Query machinery, with `respond` in place of the network. A rejection becomes the
 * plain `{ status, name, message, details }` error Strapi's base query hands over.
 */
export const createAdminApiStandIn = (respond: Respond) => {
  const baseQuery: BaseQueryFn<string | AdminRequest, unknown, unknown> = async (args) => {
    try {
      return {
        data: await respond(typeof args === 'string' ? { url: args, method: 'GET' } : args),
      };
    } catch (failure) {
      const { status, name, message, details } = failure as {
        status?: number;
        name?: string;
        message?: string;
        details?: unknown;
      };
      return { error: { status, name: name ?? 'ApplicationError', message, details } };
    }
  };
  return createApi({ reducerPath: 'adminApi', baseQuery, endpoints: () => ({}) });
};
