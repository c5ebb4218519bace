import { DesignSystemProvider } from '@strapi/design-system';
import { render, screen } from '@testing-library/react';
import type * as React from 'react';
import { IntlProvider } from 'react-intl';
import { MemoryRouter } from 'react-router-dom';
import en from '../../translations/en.json';
import zhHans from '../../translations/zh-Hans.json';
import { BattlecardsPanel } from '../BattlecardsPanel';

let canRead = true;
jest.mock('@strapi/strapi/admin', () => ({
  useRBAC: () => ({ isLoading: false, allowedActions: { canRead } }),
}));

let competitors: Array<{ documentId: string; name: string }> = [];
jest.mock('../../services/battlecard', () => ({
  useBiddingCompetitors: () => ({ competitors, isLoading: false, error: undefined }),
}));

type PanelProps = Parameters<typeof BattlecardsPanel>[0];

/** The panel as the content manager would mount it: its title and content in a locale. */
const Panel = (props: PanelProps) => {
  const panel = BattlecardsPanel(props);
  return panel ? (
    <section aria-label={panel.title}>{panel.content as React.ReactNode}</section>
  ) : null;
};

const MESSAGES = { en, 'zh-Hans': zhHans };
const renderInLocale = (locale: 'en' | 'zh-Hans', props: Partial<PanelProps> = {}) => {
  const messages = Object.fromEntries(
    Object.entries(MESSAGES[locale]).map(([id, message]) => [`synergy.${id}`, message]),
  );
  render(
    <IntlProvider locale={locale} messages={messages} defaultLocale="en">
      <DesignSystemProvider locale={locale}>
        <MemoryRouter>
          <Panel
            {...({
              model: 'api::opportunity.opportunity',
              documentId: 'opp1',
              ...props,
            } as PanelProps)}
          />
        </MemoryRouter>
      </DesignSystemProvider>
    </IntlProvider>,
  );
};

describe('Competitor battlecards panel (opportunity edit view)', () => {
  beforeEach(() => {
    canRead = true;
    competitors = [
      { documentId: 'k1', name: '星辰电子' },
      { documentId: 'k2', name: '远航科技' },
    ];
  });

  it('links each bidding competitor to its battlecard', () => {
    renderInLocale('en');
    expect(screen.getByRole('region', { name: 'Competitor battlecards' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Battlecard: 星辰电子' }).getAttribute('href')).toBe(
      '/plugins/synergy/battlecards/k1',
    );
    expect(screen.getByRole('link', { name: 'Battlecard: 远航科技' })).toBeTruthy();
  });

  it('reads in Chinese, and says when nobody bids', () => {
    competitors = [];
    renderInLocale('zh-Hans');
    expect(screen.getByRole('region', { name: '竞争对手作战卡' }).textContent).toContain(
      '未记录参与投标的竞争对手。',
    );
  });

  it('is not shown on other types, on a new opportunity, or without the permission', () => {
    renderInLocale('en', { model: 'api::customer.customer' });
    renderInLocale('en', { documentId: 'create' });
    canRead = false;
    renderInLocale('en');
    expect(screen.queryByRole('region')).toBeNull();
  });
});
