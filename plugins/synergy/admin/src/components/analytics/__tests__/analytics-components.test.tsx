import { DesignSystemProvider } from '@strapi/design-system';
import { render, screen } from '@testing-library/react';
import type * as React from 'react';
import { IntlProvider } from 'react-intl';
import { MemoryRouter } from 'react-router-dom';
import { ChartCard } from '../ChartCard';
import { KpiCard } from '../KpiCard';
import { contentManagerListUrl, recordsUrl, SCOPES, UID } from '../links';
import { parseAnalyticsFilters } from '../../../hooks/useAnalyticsFilters';

// The filters module reads the URL through Strapi's hook; only its pure parser is tested here (jest hoists the mock).
jest.mock('@strapi/strapi/admin', () => ({ useQueryParams: jest.fn() }));

const renderWithProviders = (ui: React.ReactElement) =>
  render(
    <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <IntlProvider locale="en" messages={{}} defaultLocale="en">
        <DesignSystemProvider locale="en">{ui}</DesignSystemProvider>
      </IntlProvider>
    </MemoryRouter>,
  );

describe('KpiCard', () => {
  it('shows a figure the server could not compute as "—", never 0, and without a link', () => {
    renderWithProviders(
      <KpiCard
        title="NPS"
        value={null}
        kind="nps"
        change={null}
        previous={12}
        href="/content-manager/x"
      />,
    );
    const card = screen.getByRole('article', { name: 'NPS' });
    expect(card.textContent).toContain('—');
    expect(card.textContent).not.toMatch(/\b0\b/);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('links the figure to the records behind it and says how it changed', () => {
    renderWithProviders(
      <KpiCard
        title="Feedback closure rate"
        value={0.9444}
        kind="rate"
        change={-0.032}
        previous={0.976}
        href="/content-manager/collection-types/api::feedback.feedback?page=1"
      />,
    );
    const link = screen.getByRole('link', {
      name: 'Feedback closure rate: 94.4%, open the records',
    });
    expect(link.getAttribute('href')).toBe(
      '/content-manager/collection-types/api::feedback.feedback?page=1',
    );
    expect(screen.getByText('-3.2 pp vs previous period (97.6%)')).toBeTruthy();
  });

  it('writes durations in hours', () => {
    renderWithProviders(<KpiCard title="MTTR" value={79.94} kind="hours" />);
    expect(screen.getByRole('article', { name: 'MTTR' }).textContent).toContain('79.9 h');
  });
});

describe('ChartCard', () => {
  it('is a region named by its title and says when there is nothing to show', () => {
    renderWithProviders(
      <ChartCard title="Feedback by severity" isEmpty>
        <p>chart</p>
      </ChartCard>,
    );
    const region = screen.getByRole('region', { name: 'Feedback by severity' });
    expect(region.textContent).toContain('Nothing to show for this period.');
    expect(region.textContent).not.toMatch('chart');
  });
});

describe('content-manager links', () => {
  it('writes filters the way the content manager does', () => {
    expect(
      contentManagerListUrl(UID.feedback, [
        { path: ['category'], operator: '$eq', value: 'reliability' },
      ]),
    ).toBe(
      '/content-manager/collection-types/api::feedback.feedback?page=1&filters[$and][0][category][$eq]=reliability',
    );
  });

  it('repeats the period and the customer and product filters on the record type', () => {
    const url = recordsUrl(
      UID.feedback,
      SCOPES.feedback,
      { tier: 'strategic', domain: 'radar' },
      { from: '2026-01-01T00:00:00.000Z', to: '2026-06-30T23:59:59.999Z' },
      [{ path: ['status'], operator: '$in', value: ['resolved', 'closed'] }],
    );
    expect(url).toBe(
      '/content-manager/collection-types/api::feedback.feedback?page=1' +
        '&filters[$and][0][receivedAt][$gte]=2026-01-01T00%3A00%3A00.000Z' +
        '&filters[$and][1][receivedAt][$lte]=2026-06-30T23%3A59%3A59.999Z' +
        // Only records whose customer the viewer may see, as the figures count them.
        '&filters[$and][2][customer][id][$notNull]=true' +
        '&filters[$and][3][customer][tier][$eq]=strategic' +
        '&filters[$and][4][product][domain][$eq]=radar' +
        '&filters[$and][5][status][$in][0]=resolved&filters[$and][5][status][$in][1]=closed',
    );
  });
});

describe('parseAnalyticsFilters', () => {
  it('keeps well-formed filters and drops the rest, so a hand-edited address never causes a 400', () => {
    expect(
      parseAnalyticsFilters({
        from: '2026-01-01',
        to: 'yesterday',
        tier: 'strategic',
        type: 'pirate',
        domain: 'radar',
        window: '90',
      }),
    ).toEqual({
      from: '2026-01-01',
      tier: 'strategic',
      domain: 'radar',
      window: 90,
    });
    expect(parseAnalyticsFilters({ window: '0' })).toEqual({});
  });
});
