import { DesignSystemProvider } from '@strapi/design-system';
import { render, screen, within } from '@testing-library/react';
import type * as React from 'react';
import { IntlProvider } from 'react-intl';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import type { GetBattlecard } from '../../../../shared/contracts/battlecard';
import appEn from '../../../../../../src/admin/translations/en.json';
import appZhHans from '../../../../../../src/admin/translations/zh-Hans.json';
import en from '../../translations/en.json';
import zhHans from '../../translations/zh-Hans.json';
import BattlecardPage from '../BattlecardPage';

// Strapi's admin shell is replaced by plain stand-ins: the page, not the shell, is under test.
jest.mock('@strapi/strapi/admin', () => ({
  Page: {
    Main: ({ children, ...props }: { children: React.ReactNode }) => (
      <main {...props}>{children}</main>
    ),
    Title: () => null,
  },
  Layouts: {
    Header: ({ title, primaryAction }: { title: string; primaryAction?: React.ReactNode }) => (
      <header>
        <h1>{title}</h1>
        {primaryAction}
      </header>
    ),
    Content: ({ children }: { children: React.ReactNode }) => <div>{children}</div>,
  },
  useAPIErrorHandler: () => ({
    formatAPIError: (error: Error) => error.message,
    _unstableFormatAPIError: (error: Error) => error.message,
  }),
}));

interface State {
  battlecard?: GetBattlecard.Battlecard;
  marking?: GetBattlecard.Response['meta']['marking'];
  error?: { status: number };
  isLoading: boolean;
}
let state: State = { isLoading: true };
jest.mock('../../services/api', () => ({
  statusOf: (error: { status?: number } | undefined) => error?.status,
}));
jest.mock('../../services/battlecard', () => ({
  useBattlecard: () => ({ ...state, reload: jest.fn() }),
}));

const fresh = { asOf: '2026-11-20', ageDays: 16, stale: false };
const BATTLECARD: GetBattlecard.Battlecard = {
  competitor: {
    documentId: 'k1',
    name: '星辰电子',
    country: '中国',
    threatLevel: 'high',
    marketShare: 12.5,
    classification: 'internal',
    lastReviewed: { asOf: '2026-05-01', ageDays: 219, stale: true },
  },
  strengths: {
    text: '价格低',
    reliability: 'A',
    credibility: 1,
    grade: 'A1',
    unconfirmed: false,
    ...fresh,
  },
  weaknesses: null,
  sources: [
    {
      title: '传闻',
      url: null,
      reliability: 'E',
      credibility: 5,
      grade: 'E5',
      unconfirmed: true,
      asOf: null,
      ageDays: null,
      stale: true,
    },
  ],
  headToHead: [
    {
      offering: { documentId: 'o1', name: '星辰雷达X', domain: 'radar' },
      product: { documentId: 'p1', name: '雷达A' },
      attributes: [
        {
          name: '探测距离',
          unit: 'km',
          theirs: 280,
          ours: 300,
          higherIsBetter: true,
          better: 'ours',
          reliability: 'F',
          credibility: 6,
          grade: 'F6',
          unconfirmed: true,
          asOf: '2026-01-01',
          ageDays: 339,
          stale: true,
        },
      ],
      wins: 1,
      losses: 0,
      ties: 0,
      unconfirmed: 1,
    },
  ],
  winLoss: {
    bids: 4,
    open: 1,
    won: 1,
    lost: 2,
    abandoned: 0,
    winRate: 1 / 3,
    lostToIt: 1,
    topLossReasons: [{ category: 'price', count: 2 }],
  },
  strategies: [],
  peopleToAsk: [{ name: '李娜', email: 'li@example.cn', bids: 3 }],
  confidence: { confirmed: 1, unconfirmed: 2, byGrade: { A1: 1, E5: 1, F6: 1 } },
  freshness: { staleAfterDays: 90, facts: 3, stale: 2, oldestAgeDays: 339 },
};

const MESSAGES = { en: [appEn, en], 'zh-Hans': [appZhHans, zhHans] } as const;
/** The page in a locale, with the app's messages (enumeration labels) and the plugin's. */
const renderInLocale = (locale: 'en' | 'zh-Hans', path = '/battlecards/k1') => {
  const [app, plugin] = MESSAGES[locale];
  const messages = {
    ...app,
    ...Object.fromEntries(
      Object.entries(plugin).map(([id, message]) => [`synergy.${id}`, message]),
    ),
  };
  render(
    <IntlProvider locale={locale} messages={messages} defaultLocale="en">
      <DesignSystemProvider locale={locale}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/battlecards/:documentId" element={<BattlecardPage />} />
          </Routes>
        </MemoryRouter>
      </DesignSystemProvider>
    </IntlProvider>,
  );
};

describe('Battlecard page', () => {
  it('shows every section, flags the unconfirmed and stale facts, and offers the printable view', () => {
    state = { isLoading: false, battlecard: BATTLECARD };
    renderInLocale('en');
    expect(screen.getByRole('heading', { name: '星辰电子' })).toBeTruthy();
    const headToHead = screen.getByRole('region', { name: 'Head to head' });
    const row = within(headToHead).getByRole('row', { name: /探测距离/ });
    expect(within(row).getByText('F6 unconfirmed')).toBeTruthy();
    expect(within(row).getByText('339 days old')).toBeTruthy();
    expect(within(row).getByText('Stale')).toBeTruthy();
    expect(within(row).getByText('Ours')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Strengths' }).textContent).toContain('A1');
    expect(screen.getByRole('region', { name: 'Weaknesses' }).textContent).toContain(
      'Not recorded.',
    );
    expect(screen.getByRole('region', { name: 'Win/loss against it' }).textContent).toContain(
      '4 bids: 1 won, 2 lost (1 to it), 1 open',
    );
    expect(
      screen.getByRole('region', { name: 'Active strategies that counter it' }).textContent,
    ).toContain('No active strategy targets it.');
    expect(screen.getByRole('link', { name: 'li@example.cn' }).getAttribute('href')).toBe(
      'mailto:li@example.cn',
    );
    expect(screen.getByRole('link', { name: 'Printable view' }).getAttribute('href')).toBe(
      '/plugins/synergy/battlecards/k1?print=1',
    );
    expect(
      screen.getByRole('button', { name: 'Print or save as PDF' }).hasAttribute('disabled'),
    ).toBe(false);
  });

  it('reads in Chinese', () => {
    state = { isLoading: false, battlecard: BATTLECARD };
    renderInLocale('zh-Hans');
    expect(screen.getByRole('region', { name: '正面对比' }).textContent).toContain('F6 未证实');
    expect(screen.getByRole('region', { name: '可咨询的人' }).textContent).toContain('李娜');
    expect(screen.getByRole('button', { name: '打印或另存为 PDF' })).toBeTruthy();
  });

  it('lays the card out alone with ?print=1, with a way back, marked above and below', () => {
    state = {
      isLoading: false,
      battlecard: BATTLECARD,
      marking: { level: 'confidential', caveats: [], banner: '秘密 — CONFIDENTIAL' },
    };
    renderInLocale('en', '/battlecards/k1?print=1');
    expect(
      screen.getAllByRole('note', { name: 'Handling marking' }).map((banner) => banner.textContent),
    ).toEqual(['秘密 — CONFIDENTIAL', '秘密 — CONFIDENTIAL']);
    expect(screen.queryByRole('main')).toBeNull();
    expect(screen.getByRole('heading', { name: '星辰电子 · Battlecard' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the admin' }).getAttribute('href')).toBe(
      '/plugins/synergy/battlecards/k1',
    );
  });

  it('says so when the competitor is missing or hidden', () => {
    state = { isLoading: false, error: { status: 404 } };
    renderInLocale('en');
    expect(screen.getByText('This competitor does not exist or you may not see it.')).toBeTruthy();
  });
});
