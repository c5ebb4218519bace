import { DesignSystemProvider } from '@strapi/design-system';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import type { SuggestCustomers } from '../../../../shared/contracts/customer-360';
import en from '../../translations/en.json';
import zhHans from '../../translations/zh-Hans.json';
import { CustomerSuggestions } from '../CustomerSuggestions';

interface SuggestionsState {
  suggestions?: SuggestCustomers.Suggestions;
  error?: Error;
  isLoading: boolean;
}
let state: SuggestionsState = { isLoading: true };
const reload = jest.fn();
jest.mock('../../services/customer-360', () => ({
  useCustomerSuggestions: () => ({ ...state, reload }),
}));

const customer = (
  code: string,
  name: string,
  health: number | null,
  lastInteractionAt: string | null,
): SuggestCustomers.Suggestion => ({
  documentId: `doc-${code}`,
  name,
  shortName: null,
  code,
  tier: 'key',
  health,
  lastInteractionAt,
});

const SUGGESTIONS: SuggestCustomers.Suggestions = {
  atRisk: [
    customer('C-017', '北方雷达研究所', 31, null),
    customer('C-022', '东部战区某部', 38, '2026-05-01T08:00:00.000Z'),
  ],
  recent: [customer('C-003', '空军装备部', 82, '2026-11-30T09:00:00.000Z')],
};

const MESSAGES = { en, 'zh-Hans': zhHans };
const renderIn = (locale: 'en' | 'zh-Hans', onChoose = jest.fn()) => {
  const messages = Object.fromEntries(
    Object.entries(MESSAGES[locale]).map(([id, message]) => [`synergy.${id}`, message]),
  );
  render(
    <IntlProvider locale={locale} messages={messages} defaultLocale="en">
      <DesignSystemProvider locale={locale}>
        <CustomerSuggestions onChoose={onChoose} />
      </DesignSystemProvider>
    </IntlProvider>,
  );
  return onChoose;
};

describe('Customer 360 suggestions (the page before a customer is chosen)', () => {
  it('lists the at-risk customers with their health and the recently active ones with their last contact', () => {
    state = { isLoading: false, suggestions: SUGGESTIONS };
    renderIn('en');
    const atRisk = screen.getByRole('region', { name: 'At risk' });
    expect(
      within(atRisk)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['北方雷达研究所', '东部战区某部']);
    expect(within(atRisk).getByText('Health 31')).toBeTruthy();
    const recent = screen.getByRole('region', { name: 'Recently active' });
    expect(within(recent).getByRole('button', { name: '空军装备部' })).toBeTruthy();
    expect(within(recent).getByText('Last contact Nov 30, 2026')).toBeTruthy();
  });

  it('opens the 360 view of the customer clicked', () => {
    state = { isLoading: false, suggestions: SUGGESTIONS };
    const onChoose = renderIn('en');
    fireEvent.click(screen.getByRole('button', { name: '东部战区某部' }));
    expect(onChoose).toHaveBeenCalledWith('doc-C-022');
  });

  it('speaks Chinese in zh-Hans', () => {
    state = { isLoading: false, suggestions: SUGGESTIONS };
    renderIn('zh-Hans');
    const atRisk = screen.getByRole('region', { name: '风险客户' });
    expect(within(atRisk).getByText('健康度 31')).toBeTruthy();
    expect(screen.getByRole('region', { name: '近期活跃' })).toBeTruthy();
    expect(screen.getByText('在上方搜索客户，或从以下客户开始。')).toBeTruthy();
  });

  it('says which list is empty', () => {
    state = { isLoading: false, suggestions: { atRisk: [], recent: SUGGESTIONS.recent } };
    renderIn('en');
    expect(
      within(screen.getByRole('region', { name: 'At risk' })).getByText('No customer is at risk.'),
    ).toBeTruthy();
  });

  it('shows the plain prompt on an empty database', () => {
    state = { isLoading: false, suggestions: { atRisk: [], recent: [] } };
    renderIn('en');
    expect(screen.getByText('Choose a customer to see everything recorded about it.')).toBeTruthy();
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('says it is loading, and offers a retry when the lists cannot be loaded', () => {
    state = { isLoading: true };
    const { unmount } = render(
      <IntlProvider locale="en" messages={{}} defaultLocale="en">
        <DesignSystemProvider locale="en">
          <CustomerSuggestions onChoose={jest.fn()} />
        </DesignSystemProvider>
      </IntlProvider>,
    );
    expect(screen.getByText('Finding customers to start from…')).toBeTruthy();
    unmount();
    state = { isLoading: false, error: new Error('boom') };
    renderIn('en');
    expect(screen.getByText('The suggested customers could not be loaded.')).toBeTruthy();
    reload.mockClear();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
