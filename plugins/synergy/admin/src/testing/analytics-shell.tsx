import type * as React from 'react';

/**
 * Plain stand-ins for the parts of Strapi's admin shell an analytics page uses (the page, not the
 * shell, is under test). In a test file:
 * `jest.mock('@strapi/strapi/admin', () => jest.requireActual('…/testing/analytics-shell').adminShell)`.
 */
export const adminShell = {
  Page: {
    Main: ({ children, ...props }: { children: React.ReactNode }) => (
      <main {...props}>{children}</main>
    ),
    Title: () => null,
  },
  Layouts: {
    Header: ({ title }: { title: string }) => <h1>{title}</h1>,
    Content: ({ children }: { children: React.ReactNode }) => <div>{children}</div>,
  },
  useQueryParams: () => [{ query: {} }, jest.fn()],
  useRBAC: () => ({ isLoading: false, allowedActions: { canRead: false } }),
  useNotification: () => ({ toggleNotification: jest.fn() }),
  useAPIErrorHandler: () => ({
    formatAPIError: (error: Error) => error.message,
    _unstableFormatAPIError: (error: Error) => error.message,
  }),
};
