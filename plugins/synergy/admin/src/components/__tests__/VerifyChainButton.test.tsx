import { DesignSystemProvider } from '@strapi/design-system';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IntlProvider } from 'react-intl';
import { VerifyChainButton } from '../VerifyChainButton';

const get = jest.fn();
const toggleNotification = jest.fn();

jest.mock('@strapi/strapi/admin', () => ({
  useFetchClient: () => ({ get }),
  useNotification: () => ({ toggleNotification }),
  useAPIErrorHandler: () => ({
    formatAPIError: (error: Error) => error.message,
    _unstableFormatAPIError: (error: Error) => error.message,
  }),
}));

const renderButton = () =>
  render(
    <IntlProvider locale="en" messages={{}} defaultLocale="en">
      <DesignSystemProvider locale="en">
        <VerifyChainButton />
      </DesignSystemProvider>
    </IntlProvider>,
  );

beforeEach(() => {
  get.mockReset();
  toggleNotification.mockReset();
});

it('says the chain is intact with the number of entries verified', async () => {
  get.mockResolvedValue({ data: { data: { ok: true, checked: 42, headEntryId: 42 } } });
  renderButton();
  await userEvent.click(screen.getByRole('button', { name: 'Verify chain' }));
  await waitFor(() =>
    expect(toggleNotification).toHaveBeenCalledWith({
      type: 'success',
      message: 'The audit chain is intact: 42 entries verified.',
    }),
  );
  expect(get).toHaveBeenCalledWith('/synergy/audit/verify');
});

it('names the first broken entry', async () => {
  get.mockResolvedValue({
    data: { data: { ok: false, checked: 6, brokenEntryId: 7, reason: 'hash-mismatch' } },
  });
  renderButton();
  await userEvent.click(screen.getByRole('button', { name: 'Verify chain' }));
  await waitFor(() =>
    expect(toggleNotification).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'danger',
        message: expect.stringContaining('broken at entry 7'),
      }),
    ),
  );
});

it('shows a failed request as an error', async () => {
  get.mockRejectedValue(new Error('Forbidden'));
  renderButton();
  await userEvent.click(screen.getByRole('button', { name: 'Verify chain' }));
  await waitFor(() =>
    expect(toggleNotification).toHaveBeenCalledWith({ type: 'danger', message: 'Forbidden' }),
  );
});
