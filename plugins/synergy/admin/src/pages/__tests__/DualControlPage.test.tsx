import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type * as React from 'react';
import type { GetDualControlRequests } from '../../../../shared/contracts/dual-control';
import { renderInLocale } from '../../testing/render-in-locale';
import DualControlPage from '../DualControlPage';

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
  useAuth: (_name: string, select: (state: unknown) => unknown) =>
    select({ token: 't', user: { id: 7 } }),
  useFetchClient: () => ({ get: jest.fn() }),
  useNotification: () => ({ toggleNotification }),
  useAPIErrorHandler: () => ({
    formatAPIError: (error: Error) => error.message,
    _unstableFormatAPIError: (error: { message: string }) => error.message,
  }),
}));
jest.mock('react-redux', () => ({ useDispatch: () => jest.fn() }));
jest.mock('../../services/api', () => ({ synergyApi: { util: { invalidateTags: jest.fn() } } }));

const base = {
  payload: {},
  reason: '对外发布需要',
  approver: null,
  decidedAt: null,
  decisionReason: null,
  result: null,
  version: 0,
  createdAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
  expiresAt: new Date(Date.now() + 20 * 3600_000).toISOString(),
};
const response: GetDualControlRequests.Response = {
  data: [
    {
      ...base,
      id: 11,
      action: 'lower-classification',
      summary: 'Update api::customer.customer abc: classification internal → public',
      requester: { type: 'admin', id: 3, name: '张经理' },
      state: 'pending',
      canDecide: true,
    },
    {
      ...base,
      id: 12,
      action: 'export-records',
      summary: 'Export 150 api::customer.customer records (150 confidential or higher) as csv',
      requester: { type: 'admin', id: 7, name: '我' },
      state: 'approved',
      canDecide: false,
    },
  ],
};
let current: { data?: GetDualControlRequests.Response; error: unknown; isLoading: boolean } = {
  data: response,
  error: null,
  isLoading: false,
};
const decide = jest.fn(async (id: number, decision: string) => ({
  ...response.data[0],
  id,
  state: decision === 'approve' ? 'executed' : 'rejected',
}));
jest.mock('../../services/dual-control', () => ({
  DUAL_CONTROL_STATES: ['pending', 'approved', 'rejected', 'expired', 'executed'],
  useDualControlRequests: () => ({ ...current, reload: jest.fn() }),
  useDecideDualControlRequest: () => decide,
}));

const renderPage = (locale: 'en' | 'zh-Hans') => renderInLocale(<DualControlPage />, locale);

beforeEach(() => {
  current = { data: response, error: null, isLoading: false };
  decide.mockClear();
  toggleNotification.mockClear();
});

describe('DualControlPage', () => {
  it('lists requests with their action, requester and age (en)', () => {
    renderPage('en');
    expect(screen.getByRole('heading', { name: 'Two-person requests' })).toBeTruthy();
    const row = screen.getByRole('row', { name: /Lower a classification/ });
    expect(within(row).getByText('张经理')).toBeTruthy();
    expect(within(row).getByText('3 h')).toBeTruthy();
    expect(within(row).getByText('对外发布需要')).toBeTruthy();
    // The requester's approved export: a download, no decision.
    const mine = screen.getByRole('row', { name: /Export confidential records/ });
    expect(within(mine).getByRole('button', { name: 'Download' })).toBeTruthy();
    expect(within(mine).queryByRole('button', { name: 'Decide…' })).toBeNull();
  });

  it('approves with a reason and the version loaded', async () => {
    renderPage('en');
    fireEvent.click(screen.getByRole('button', { name: 'Decide…' }));
    fireEvent.change(await screen.findByRole('textbox', { name: 'Reason' }), {
      target: { value: '已核实' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await waitFor(() =>
      expect(decide).toHaveBeenCalledWith(11, 'approve', { reason: '已核实', version: 0 }),
    );
    await waitFor(() =>
      expect(toggleNotification).toHaveBeenCalledWith({
        type: 'success',
        message: 'Request 11 is Executed.',
      }),
    );
  });

  it('shows the server’s refusal when a decision fails (the requester, an expired request)', async () => {
    decide.mockRejectedValueOnce({
      status: 403,
      message: 'Two-person rule: the requester may not approve or reject their own request',
    });
    renderPage('en');
    fireEvent.click(screen.getByRole('button', { name: 'Decide…' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Reject' }));
    await waitFor(() =>
      expect(toggleNotification).toHaveBeenCalledWith({
        type: 'danger',
        message: 'Two-person rule: the requester may not approve or reject their own request',
      }),
    );
  });

  it('has an empty state and a loading state', () => {
    current = { data: { data: [] }, error: null, isLoading: false };
    const { unmount } = renderPage('en');
    expect(screen.getByText('No request waits for a second person.')).toBeTruthy();
    unmount();
    current = { data: undefined, error: null, isLoading: true };
    renderPage('en');
    expect(screen.getByText('Loading requests…')).toBeTruthy();
  });

  it('is translated into zh-Hans', () => {
    renderPage('zh-Hans');
    expect(screen.getByRole('heading', { name: '双人复核申请' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '复核…' })).toBeTruthy();
    expect(screen.getByText('降低密级')).toBeTruthy();
    expect(screen.getAllByText('3 小时')).toHaveLength(2);
  });
});
