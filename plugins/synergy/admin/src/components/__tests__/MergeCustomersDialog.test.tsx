import { DesignSystemProvider } from '@strapi/design-system';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IntlProvider } from 'react-intl';
import type { AdminRequest } from '../../testing/admin-api-stand-in';
import { AdminStore } from '../../testing/admin-store';
import { MergeCustomersDialog } from '../MergeCustomersDialog';

// The admin API answers through these, as the fetch client would: a POST (the merge) and the GETs (each side's 360).
const post = jest.fn();
const get = jest.fn();
const toggleNotification = jest.fn();
let allowed = { canMerge: true, canRead: true };

jest.mock('@strapi/strapi/admin', () => ({
  adminApi: jest
    .requireActual('../../testing/admin-api-stand-in')
    .createAdminApiStandIn(
      async (request: AdminRequest) =>
        (await (request.method === 'POST' ? post(request.url, request.data) : get(request.url)))
          .data,
    ),
  useRBAC: () => ({ isLoading: false, allowedActions: allowed }),
  useNotification: () => ({ toggleNotification }),
  useAPIErrorHandler: () => ({
    formatAPIError: (error: Error) => error.message,
    _unstableFormatAPIError: (error: Error) => error.message,
  }),
}));

const a = { documentId: 'a1', name: '北方某部', code: 'N-1' };
const b = { documentId: 'b2', name: '北方某部（重复）', code: null };

const section = (total: number) => ({ items: [], total });
const view360 = (documentId: string, contacts: number) => ({
  data: {
    data: {
      customer: { documentId },
      contacts: section(contacts),
      interactions: section(3),
      feedbacks: section(0),
      serviceTickets: section(1),
      surveyResponses: section(0),
      strategies: section(2),
    },
  },
});

const renderDialog = (onMerged = jest.fn()) =>
  render(
    <IntlProvider locale="en" messages={{}} defaultLocale="en">
      <DesignSystemProvider locale="en">
        <AdminStore>
          <MergeCustomersDialog a={a} b={b} onMerged={onMerged} />
        </AdminStore>
      </DesignSystemProvider>
    </IntlProvider>,
  );

beforeEach(() => {
  post.mockReset();
  get.mockReset();
  toggleNotification.mockReset();
  allowed = { canMerge: true, canRead: true };
  get.mockImplementation(async (url: string) =>
    view360(url.includes('a1') ? 'a1' : 'b2', url.includes('a1') ? 2 : 5),
  );
});

describe('MergeCustomersDialog', () => {
  it('shows both customers side by side with their records, merges into the one chosen, notifies and refreshes', async () => {
    post.mockResolvedValue({
      data: {
        data: {
          kept: { documentId: 'b2', name: b.name, code: null },
          removed: { documentId: 'a1', name: a.name },
          moved: { 'contacts.customer': 2, 'interactions.customer': 3 },
          filled: ['code'],
        },
      },
    });
    const onMerged = jest.fn();
    const user = userEvent.setup();
    renderDialog(onMerged);

    await user.click(screen.getByRole('button', { name: 'Merge…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Merge duplicate customers' });
    expect(dialog.textContent).toContain('Code: N-1');
    expect(dialog.textContent).toContain('Code: —');
    await waitFor(() => expect(dialog.textContent).toContain('5 contacts'));
    expect(dialog.textContent).toContain('2 contacts');
    expect(screen.getByRole('radio', { name: a.name }).getAttribute('aria-checked')).toBe('true');

    await user.click(screen.getByRole('radio', { name: b.name }));
    expect(dialog.textContent).toContain(`of ${a.name} moves to ${b.name}`);
    await user.click(screen.getByRole('button', { name: 'Merge' }));

    await waitFor(() => expect(onMerged).toHaveBeenCalledTimes(1));
    expect(post).toHaveBeenCalledWith('/synergy/data-quality/merge', { keep: 'b2', remove: 'a1' });
    expect(toggleNotification).toHaveBeenCalledWith({
      type: 'success',
      message: `${a.name} merged into ${b.name}: 5 records moved.`,
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('keeps the dialog open and shows the server’s message when the merge is refused', async () => {
    post.mockRejectedValue(new Error('Merging customers needs the permission to delete customers'));
    const onMerged = jest.fn();
    const user = userEvent.setup();
    renderDialog(onMerged);
    await user.click(screen.getByRole('button', { name: 'Merge…' }));
    await user.click(await screen.findByRole('button', { name: 'Merge' }));
    await waitFor(() =>
      expect(toggleNotification).toHaveBeenCalledWith({
        type: 'danger',
        message: 'Merging customers needs the permission to delete customers',
      }),
    );
    expect(onMerged).not.toHaveBeenCalled();
    expect(screen.getByRole('alertdialog')).toBeTruthy();
  });

  it('is absent without the merge permission, and shows no counts without the customer-360 permission', async () => {
    allowed = { canMerge: false, canRead: true };
    const { unmount } = renderDialog();
    expect(screen.queryByRole('button', { name: 'Merge…' })).toBeNull();
    unmount();

    allowed = { canMerge: true, canRead: false };
    const user = userEvent.setup();
    renderDialog();
    await user.click(screen.getByRole('button', { name: 'Merge…' }));
    await screen.findByRole('alertdialog');
    expect(get).not.toHaveBeenCalled();
  });
});
