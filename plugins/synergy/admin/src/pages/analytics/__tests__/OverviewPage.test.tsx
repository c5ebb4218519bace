import { DesignSystemProvider } from '@strapi/design-system';
import { fireEvent, render, screen } from '@testing-library/react';
import type * as React from 'react';
import { IntlProvider } from 'react-intl';
import { MemoryRouter } from 'react-router-dom';
import type {
  GetOverview,
  OverviewFigures,
  PrioritySlaFigures,
} from '../../../../../shared/contracts/analytics';
import OverviewPage from '../OverviewPage';

// Strapi's admin shell is replaced by plain stand-ins: the page, not the shell, is under test.
jest.mock('@strapi/strapi/admin', () => ({
  Page: {
    Main: ({ children, ...props }: { children: React.ReactNode }) => (
      <main {...props}>{children}</main>
    ),
    Title: () => null,
  },
  Layouts: {
    Header: ({ title, subtitle }: { title: string; subtitle?: string }) => (
      <header>
        <h1>{title}</h1>
        <p>{subtitle}</p>
      </header>
    ),
    Content: ({ children }: { children: React.ReactNode }) => <div>{children}</div>,
  },
  useQueryParams: () => [{ query: {} }, jest.fn()],
  useNotification: () => ({ toggleNotification: jest.fn() }),
  useAPIErrorHandler: () => ({
    formatAPIError: (error: Error) => error.message,
    _unstableFormatAPIError: (error: Error) => error.message,
  }),
}));

interface EndpointState {
  data?: GetOverview.Response;
  error?: Error;
  isLoading: boolean;
}

let endpoint: EndpointState = { isLoading: true };
const reload = jest.fn();

jest.mock('../../../services/analytics', () => ({
  useAnalyticsEndpoint: () => ({ ...endpoint, reload }),
}));

// Charts measure their container; jsdom has no layout, so they render empty but must not crash.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(globalThis, { ResizeObserver: ResizeObserverStub });

const sla = (tickets: number, compliance: number | null): PrioritySlaFigures => ({
  tickets,
  acknowledged: tickets,
  resolved: tickets,
  responseCompliance: compliance,
  resolveCompliance: compliance,
  mttrHours: tickets ? 12.5 : null,
  target: { responseHours: 4, resolveHours: 72 },
});

const figures = (feedback: number, mean: number | null): OverviewFigures => ({
  period: { from: '2026-01-01T00:00:00.000Z', to: '2026-06-30T23:59:59.999Z' },
  satisfaction: { responses: mean === null ? 0 : 10, mean, nps: mean === null ? null : 20 },
  feedback: {
    total: feedback,
    bySeverity: { low: feedback, medium: 0, high: 0, critical: 0 },
    byCategory: {
      performance: feedback,
      quality: 0,
      reliability: 0,
      delivery: 0,
      service: 0,
      training: 0,
      price: 0,
      technology: 0,
      other: 0,
    },
    closureRate: feedback ? 0.75 : null,
    medianFirstResponseHours: feedback ? 6 : null,
  },
  service: {
    ...sla(8, 0.875),
    byPriority: { p1: sla(2, 1), p2: sla(2, 0.5), p3: sla(4, 1), p4: sla(0, null) },
  },
});

const overview = (current: OverviewFigures, previous: OverviewFigures): GetOverview.Response => ({
  data: {
    current,
    previous,
    change: {
      mean:
        current.satisfaction.mean !== null && previous.satisfaction.mean !== null
          ? current.satisfaction.mean - previous.satisfaction.mean
          : null,
      nps: null,
      closureRate: null,
      medianFirstResponseHours: null,
      responseCompliance: null,
      resolveCompliance: null,
      mttrHours: null,
      feedback: current.feedback.total - previous.feedback.total,
      tickets: 0,
    },
    series: [],
  },
  meta: {
    period: current.period,
    filters: { tier: null, type: null, domain: null },
    clearance: 'internal',
    marking: { level: 'confidential', caveats: [], banner: '秘密 — CONFIDENTIAL' },
  },
});

const renderPage = () =>
  render(
    <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <IntlProvider locale="en" messages={{}} defaultLocale="en">
        <DesignSystemProvider locale="en">
          <OverviewPage />
        </DesignSystemProvider>
      </IntlProvider>
    </MemoryRouter>,
  );

describe('Overview page', () => {
  it('says it is computing while the figures load', () => {
    endpoint = { isLoading: true };
    renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Overview' })).toBeTruthy();
    expect(screen.getByText('Computing the figures…')).toBeTruthy();
  });

  it('offers a retry when the figures cannot be loaded, and asks again', () => {
    endpoint = { isLoading: false, error: new Error('boom') };
    renderPage();
    expect(screen.getByText('The figures could not be loaded.')).toBeTruthy();
    reload.mockClear();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('says so when the period holds nothing', () => {
    const empty = {
      ...figures(0, null),
      service: {
        ...sla(0, null),
        mttrHours: null,
        byPriority: { p1: sla(0, null), p2: sla(0, null), p3: sla(0, null), p4: sla(0, null) },
      },
    };
    endpoint = { isLoading: false, data: overview(empty, empty) };
    renderPage();
    expect(screen.getByText('Nothing recorded for this period and these filters.')).toBeTruthy();
  });

  it('shows the marking of the figures at the top and the bottom of the page', () => {
    endpoint = { isLoading: false, data: overview(figures(4, 4.2), figures(3, null)) };
    renderPage();
    const banners = screen.getAllByRole('note', { name: 'Handling marking' });
    expect(banners.map((banner) => banner.textContent)).toEqual([
      '秘密 — CONFIDENTIAL',
      '秘密 — CONFIDENTIAL',
    ]);
    expect(banners[0].getAttribute('data-marking')).toBe('confidential');
  });

  it('shows each KPI with its value, links it to its records, and shows a figure with nothing to compute from as "—"', () => {
    const current = figures(4, 4.2);
    // Surveys without a recommend answer: no NPS to compute.
    current.satisfaction.nps = null;
    endpoint = { isLoading: false, data: overview(current, figures(3, null)) };
    renderPage();
    const feedback = screen.getByRole('link', { name: /^Feedback received: 4, open the records/ });
    expect(feedback.getAttribute('href')).toMatch(
      /^\/content-manager\/collection-types\/api::feedback\.feedback\?/,
    );
    expect(
      screen.getByRole('link', { name: /^Feedback closure rate: 75(\.0)?%, open the records/ }),
    ).toBeTruthy();
    expect(screen.getByRole('article', { name: 'SLA response compliance' }).textContent).toContain(
      '87.5%',
    );
    expect(screen.getByRole('article', { name: 'Satisfaction (1–5)' }).textContent).toContain(
      '4.2',
    );
    const nps = screen.getByRole('article', { name: 'NPS' });
    expect(nps.textContent).toContain('—');
    expect(nps.textContent).not.toMatch(/\b0\b/);
  });
});
