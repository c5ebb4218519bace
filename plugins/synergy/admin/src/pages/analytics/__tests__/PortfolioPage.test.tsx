import { DesignSystemProvider } from '@strapi/design-system';
import { render, screen } from '@testing-library/react';
import { createIntl, IntlProvider } from 'react-intl';
import { MemoryRouter } from 'react-router-dom';
import type { GetPortfolio, Scorecard } from '../../../../../shared/contracts/analytics';
import { formatAxisTick, formatFigure } from '../../../components/analytics/format';
import PortfolioPage from '../PortfolioPage';

// Strapi's admin shell is replaced by plain stand-ins: the page, not the shell, is under test.
jest.mock(
  '@strapi/strapi/admin',
  () => jest.requireActual<{ adminShell: object }>('../../../testing/analytics-shell').adminShell,
);

// The scorecard table's export needs the admin's fetch client, which is not under test here.
jest.mock('../../../hooks/useExportFiles', () => ({
  useExportFiles: () => ({ exportList: jest.fn(), exportTable: jest.fn() }),
}));

let portfolio: GetPortfolio.Response | undefined;
jest.mock('../../../services/analytics', () => ({
  useAnalyticsEndpoint: () => ({ data: portfolio, isLoading: false, reload: jest.fn() }),
}));

// jsdom has no layout to draw charts in: the scatter's props are what is under test.
interface ScatterProps {
  yKind?: Parameters<typeof formatFigure>[2];
  yLabel: string;
  points: Array<{ y: number }>;
}
const scatter: { props?: ScatterProps } = {};
jest.mock('../../../components/analytics/Charts', () => ({
  BarsChart: () => null,
  ScatterMap: (props: ScatterProps) => {
    scatter.props = props;
    return null;
  },
}));

const card = (title: string, investment: number): Scorecard => ({
  strategy: { documentId: `doc-${title}`, title, dimension: 'product', status: 'active' },
  depth: 50,
  integration: 100,
  defensibility: 50,
  efficiency: 40,
  roi: -0.2,
  imitability: 3,
  investment,
  realizedBenefit: investment * 0.8,
  overall: 60,
  kpis: [],
});

const statuses = { draft: 0, in_review: 0, approved: 0, active: 0, completed: 0, retired: 0 };

beforeEach(() => {
  portfolio = {
    data: {
      matrix: {
        product: { ...statuses, active: 2 },
        service: statuses,
        technology: statuses,
        brand: statuses,
      },
      total: 2,
      integration: 0.5,
      dimensionCoverage: 0.25,
      customers: [],
      scorecards: [card('雷达升级', 2600), card('保障体系', 80)],
    },
    meta: {
      period: { from: '2025-11-01T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' },
      filters: { tier: null, type: null, domain: null },
      clearance: 'internal',
      marking: { level: 'confidential', caveats: [], banner: '秘密 — CONFIDENTIAL' },
    },
  };
});

const renderPage = () =>
  render(
    <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <IntlProvider locale="en" messages={{}} defaultLocale="en">
        <DesignSystemProvider locale="en">
          <PortfolioPage />
        </DesignSystemProvider>
      </IntlProvider>
    </MemoryRouter>,
  );

describe('Portfolio page', () => {
  it('plots investment as an amount in 10k CNY: plain numbers on the axis, the unit in the tooltip', () => {
    renderPage();
    const props = scatter.props!;
    expect(props.yLabel).toBe('Investment (10k CNY)');
    expect(props.points.map((point) => point.y)).toEqual([2600, 80]);
    for (const locale of ['en', 'zh-Hans']) {
      const intl = createIntl({ locale, messages: {} });
      expect(formatAxisTick(intl, 2600, props.yKind!)).toBe('2,600');
      expect(formatAxisTick(intl, 2600, props.yKind!)).not.toMatch(/%/);
    }
    expect(formatFigure(createIntl({ locale: 'en' }), 2600, props.yKind!)).toBe('2,600 × 10k CNY');
  });

  it('shows the integration share as a percentage', () => {
    renderPage();
    expect(screen.getByRole('article', { name: 'Integrated strategies' }).textContent).toContain(
      '50%',
    );
  });
});

describe('axis ticks', () => {
  const intl = createIntl({ locale: 'en' });
  it('write amounts as plain numbers and keep the other kinds as the figures write them', () => {
    expect(formatAxisTick(intl, 260000, 'money')).toBe('260,000');
    expect(formatAxisTick(intl, 0.25, 'rate')).toBe(formatFigure(intl, 0.25, 'rate'));
    expect(formatAxisTick(intl, 12, 'count')).toBe('12');
  });
});
