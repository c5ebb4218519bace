import { fireEvent, screen, waitFor } from '@testing-library/react';
import type * as React from 'react';
import type { GetMasking } from '../../../../shared/contracts/masking';
import MaskingSettingsPage from '../MaskingSettingsPage';
import { renderInLocale } from '../../testing/render-in-locale';

jest.mock('@strapi/strapi/admin', () => ({
  Page: {
    Main: ({ children }: { children: React.ReactNode }) => <main>{children}</main>,
    Title: () => null,
    Protect: ({ children }: { children: React.ReactNode }) => <>{children}</>,
  },
  Layouts: {
    Header: ({ title }: { title: string }) => <h1>{title}</h1>,
    Content: ({ children }: { children: React.ReactNode }) => <div>{children}</div>,
  },
  useNotification: () => ({ toggleNotification: jest.fn() }),
  useAPIErrorHandler: () => ({ formatAPIError: (error: Error) => error.message }),
}));

const response: GetMasking.Response = {
  data: {
    rules: [
      {
        contentType: 'api::contact.contact',
        field: 'phone',
        adminRoles: [3],
        apiRoles: [],
        apiTokens: false,
      },
    ],
  },
  meta: {
    fields: [
      { contentType: 'api::contact.contact', field: 'phone', kind: 'phone' },
      { contentType: 'api::contact.contact', field: 'email', kind: 'email' },
    ],
    adminRoles: [{ id: 3, name: 'Service Engineer' }],
    apiRoles: [{ type: 'authenticated', name: 'Authenticated' }],
  },
};
const update = jest.fn(async (body: unknown) => body);
jest.mock('../../services/masking', () => ({
  useMasking: () => ({ data: response, error: null, isLoading: false, reload: jest.fn() }),
  useUpdateMasking: () => update,
}));

const renderPage = (locale: 'en' | 'zh-Hans') => renderInLocale(<MaskingSettingsPage />, locale);

describe('MaskingSettingsPage', () => {
  it('shows one row per maskable field with how it is shown masked (en)', () => {
    renderPage('en');
    expect(screen.getByRole('heading', { name: 'Masked fields' })).toBeTruthy();
    expect(screen.getByText('138****5678')).toBeTruthy();
    expect(screen.getByText('z***@example.com')).toBeTruthy();
  });

  it('saves the fields someone sees masked, with API tokens ticked', async () => {
    renderPage('en');
    fireEvent.click(screen.getByRole('checkbox', { name: /API tokens see .*email masked/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(update).toHaveBeenCalled());
    expect(update).toHaveBeenCalledWith({
      rules: [
        response.data.rules[0],
        {
          contentType: 'api::contact.contact',
          field: 'email',
          adminRoles: [],
          apiRoles: [],
          apiTokens: true,
        },
      ],
    });
  });

  it('is translated into zh-Hans', () => {
    renderPage('zh-Hans');
    expect(screen.getByRole('heading', { name: '脱敏字段' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '保存' })).toBeTruthy();
  });
});
