import { DesignSystemProvider } from '@strapi/design-system';
import { render, screen, within } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { MemoryRouter } from 'react-router-dom';
import type { GetWinLoss } from '../../../../../shared/contracts/analytics';
import en from '../../../translations/en.json';
import zhHans from '../../../translations/zh-Hans.json';
import WinLossPage from '../WinLossPage';

// Strapi's admin shell is replaced by plain stand-ins: the page, not the shell, is under test.
jest.mock(
  '@strapi/strapi/admin',
  () => jest.requireActual<{ adminShell: object }>('../../../testing/analytics-shell').adminShell,
);

jest.mock('../../../hooks/useExportFiles', () => ({
  useExportFiles: () => ({ exportList: jest.fn(), exportTable: jest.fn() }),
}));

let winLoss: GetWinLoss.Response | undefined;
jest.mock('../../../services/analytics', () => ({
  useAnalyticsEndpoint: () => ({ data: winLoss, isLoading: false, reload: jest.fn() }),
}));

// jsdom has no layout to draw charts in: the bars' data and series are what is under test.
interface BarsProps {
  label: string;
  data: Array<Record<string, unknown>>;
  series: Array<{ key: string; label: string }>;
}
const bars = new Map<string, BarsProps>();
jest.mock('../../../components/analytics/Charts', () => ({
  BarsChart: (props: BarsProps) => {
    bars.set(props.label, props);
    return null;
  },
  TrendChart: () => null,
}));

const share = (
  category: GetWinLoss.WinLoss['statedReasons']['owner']['wins'][number]['category'],
  count: number,
  main: number,
  of: number,
) => ({
  category,
  count,
  main,
  share: count / of,
});

beforeEach(() => {
  bars.clear();
  winLoss = {
    data: {
      won: 1,
      lost: 3,
      abandoned: 0,
      winRate: 0.25,
      competitors: [],
      reasons: { wins: { performance: 1 }, losses: { price: 2, service: 1 } },
      statedReasons: {
        owner: {
          wins: [share('performance', 1, 1, 1)],
          losses: [share('price', 2, 2, 3), share('service', 1, 1, 3)],
        },
        buyer: {
          wins: [share('performance', 1, 1, 1)],
          losses: [share('service', 2, 2, 4), share('price', 1, 1, 4), share('delivery', 1, 0, 4)],
        },
      },
      interviews: {
        closed: 4,
        interviewed: 3,
        coverage: 0.75,
        count: 4,
        compared: 3,
        agreed: 2,
        agreementRate: 2 / 3,
        disagreements: [{ owner: 'price', buyer: 'service', count: 1 }],
      },
      series: [],
      pipeline: { stages: [], count: 0, value: 0, weightedValue: 0 },
    },
    meta: {
      period: { from: '2025-11-01T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' },
      filters: { tier: null, type: null, domain: null },
      clearance: 'internal',
      marking: { level: 'internal', caveats: [], banner: '内部 — INTERNAL' },
    },
  };
});

const ENUMS = {
  en: { price: 'Price', service: 'Service', delivery: 'Delivery', performance: 'Performance' },
  'zh-Hans': { price: '价格', service: '服务', delivery: '交付', performance: '性能' },
};

const renderPage = (locale: 'en' | 'zh-Hans' = 'en') => {
  const plugin = locale === 'en' ? en : zhHans;
  const messages = {
    ...ENUMS[locale],
    ...Object.fromEntries(Object.entries(plugin).map(([key, value]) => [`synergy.${key}`, value])),
  };
  return render(
    <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <IntlProvider
        locale={locale}
        messages={messages}
        defaultLocale="en"
        // Enumerations the page does not show here (filters) fall back to their value.
        onError={(error) => {
          if (error.code !== 'MISSING_TRANSLATION') throw error;
        }}
      >
        <DesignSystemProvider locale={locale}>
          <WinLossPage />
        </DesignSystemProvider>
      </IntlProvider>
    </MemoryRouter>,
  );
};

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('gridcell')
        .map((cell) => cell.textContent),
    );

describe('Win/loss page: buyer-stated vs owner-stated reasons', () => {
  it('shows interview coverage and the buyer–owner agreement as headline figures', () => {
    renderPage();
    expect(screen.getByRole('article', { name: 'Interview coverage' }).textContent).toContain(
      '75%',
    );
    expect(screen.getByRole('article', { name: 'Buyer–owner agreement' }).textContent).toContain(
      '66.7%',
    );
    // The coverage opens the interviews of the period's won and lost opportunities.
    const link = within(screen.getByRole('article', { name: 'Interview coverage' })).getByRole(
      'link',
    );
    expect(decodeURIComponent(link.getAttribute('href')!)).toContain(
      'api::win-loss-interview.win-loss-interview?page=1&filters[$and][0][opportunity][closedAt][$gte]=2025-11-01',
    );
  });

  it('lists each category with both sides’ counts and shares, most stated losses first', () => {
    renderPage();
    const table = screen.getByRole('grid', { name: 'Reasons by who stated them' });
    expect(rowsOf(table)).toEqual([
      ['Price', '—', '—', '2 (66.7%)', '1 (25%)'],
      ['Service', '—', '—', '1 (33.3%)', '2 (50%)'],
      ['Delivery', '—', '—', '—', '1 (25%)'],
      ['Performance', '1 (100%)', '1 (100%)', '—', '—'],
    ]);
    const chart = bars.get('Why we lost, by who says so')!;
    expect(chart.series.map((s) => s.label)).toEqual(['Owner-stated', 'Buyer-stated']);
    expect(chart.data.map((row) => [row.label, row.ownerLossShare, row.buyerLossShare])).toEqual([
      ['Price', 2 / 3, 0.25],
      ['Service', 1 / 3, 0.5],
      ['Delivery', 0, 0.25],
      ['Performance', 0, 0],
    ]);
  });

  it('names where the buyer and the owner disagree on the main reason', () => {
    renderPage();
    const table = screen.getByRole('grid', { name: 'Where buyer and owner disagree' });
    expect(rowsOf(table)).toEqual([['Price', 'Service', '1']]);
    expect(
      screen.getByText('Buyer and owner name the same main reason in 2 of 3 interviews'),
    ).toBeTruthy();
  });

  it('says so when no interview can be compared yet', () => {
    winLoss!.data.interviews = {
      ...winLoss!.data.interviews,
      compared: 0,
      agreed: 0,
      agreementRate: null,
      disagreements: [],
    };
    renderPage();
    expect(screen.getByText('No interview to compare yet')).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Buyer–owner agreement' }).textContent).toContain(
      '—',
    );
  });

  it('reads in Chinese', () => {
    renderPage('zh-Hans');
    expect(screen.getByRole('article', { name: '复盘访谈覆盖率' })).toBeTruthy();
    expect(screen.getByRole('article', { name: '客户与负责人一致率' })).toBeTruthy();
    const table = screen.getByRole('grid', { name: '按陈述方的输赢原因' });
    expect(rowsOf(table)[0]).toEqual(['价格', '—', '—', '2（66.7%）', '1（25%）']);
    expect(screen.getByText('3 次访谈中有 2 次客户与负责人所述主要原因一致')).toBeTruthy();
    expect(bars.get('丢标原因：按陈述方')!.series.map((s) => s.label)).toEqual([
      '负责人所述',
      '客户所述',
    ]);
  });
});
