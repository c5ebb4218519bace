import { fireEvent, screen, waitFor } from '@testing-library/react';
import type * as React from 'react';
import type {
  DualControlAction,
  DualControlRule,
  GetDualControlSettings,
} from '../../../../shared/contracts/dual-control';
import { renderInLocale } from '../../testing/render-in-locale';
import DualControlSettingsPage from '../DualControlSettingsPage';

const toggleNotification = jest.fn();
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
  useNotification: () => ({ toggleNotification }),
  useAPIErrorHandler: () => ({
    formatAPIError: (error: Error) => error.message,
    _unstableFormatAPIError: (error: { message: string }) => error.message,
  }),
}));

const ACTIONS: DualControlAction[] = [
  'export-records',
  'lower-classification',
  'remove-compartment',
  'remove-caveat',
  'merge-customers',
  'archive-audit',
];
const off: DualControlRule = { enabled: false, approverRoles: [], expiresAfterHours: 24 };
const response: GetDualControlSettings.Response = {
  data: Object.fromEntries(
    ACTIONS.map((action) => [
      action,
      action === 'export-records'
        ? { ...off, threshold: 100 }
        : action === 'merge-customers'
          ? { enabled: true, approverRoles: [5], expiresAfterHours: 48 }
          : off,
    ]),
  ) as GetDualControlSettings.Response['data'],
  meta: { adminRoles: [{ id: 5, name: 'Security Officer' }] },
};
const update = jest.fn(async (body: unknown) => body);
jest.mock('../../services/dual-control', () => ({
  DUAL_CONTROL_ACTIONS: [
    'export-records',
    'lower-classification',
    'remove-compartment',
    'remove-caveat',
    'merge-customers',
    'archive-audit',
  ],
  useDualControlSettings: () => ({
    data: response,
    error: null,
    isLoading: false,
    reload: jest.fn(),
  }),
  useUpdateDualControlSettings: () => update,
}));

const renderPage = (locale: 'en' | 'zh-Hans') =>
  renderInLocale(<DualControlSettingsPage />, locale);

beforeEach(() => {
  update.mockClear();
  toggleNotification.mockClear();
});

describe('DualControlSettingsPage', () => {
  it('shows one row per action, the threshold for exports only (en)', () => {
    renderPage('en');
    expect(screen.getByRole('heading', { name: 'Two-person rule' })).toBeTruthy();
    expect(
      screen
        .getByRole('checkbox', { name: 'Merge customers needs a second person' })
        .getAttribute('aria-checked'),
    ).toBe('true');
    expect(
      screen
        .getByRole('checkbox', { name: 'Lower a classification needs a second person' })
        .getAttribute('aria-checked'),
    ).toBe('false');
    expect(
      screen.getByRole('textbox', {
        name: 'Records above which Export confidential records is governed',
      }),
    ).toBeTruthy();
    expect(
      screen.getByRole('checkbox', { name: 'Remove a caveat needs a second person' }),
    ).toBeTruthy();
  });

  it('saves every rule with the changes made', async () => {
    renderPage('en');
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Lower a classification needs a second person' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(update).toHaveBeenCalled());
    expect(update).toHaveBeenCalledWith({
      ...response.data,
      'lower-classification': { ...off, enabled: true },
    });
  });

  it('shows the server’s 400 naming the field', async () => {
    update.mockRejectedValueOnce({
      status: 400,
      message:
        'lower-classification.approverRoles must name at least one role while the rule is enabled',
    });
    renderPage('en');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(toggleNotification).toHaveBeenCalledWith({
        type: 'danger',
        message:
          'lower-classification.approverRoles must name at least one role while the rule is enabled',
      }),
    );
  });

  it('is translated into zh-Hans', () => {
    renderPage('zh-Hans');
    expect(screen.getByRole('heading', { name: '双人复核规则' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '合并客户需要第二人' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '保存' })).toBeTruthy();
  });
});
