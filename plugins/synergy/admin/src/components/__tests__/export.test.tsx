import { DesignSystemProvider } from '@strapi/design-system';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type * as React from 'react';
import { IntlProvider } from 'react-intl';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { DataTable } from '../analytics/DataTable';
import { ListViewExport } from '../ListViewExport';
import { listExportQuery } from '../../utils/list-export-query';

const get = jest.fn();
let canExport = true;

// Strapi's admin shell is replaced by stand-ins: the buttons, not the shell, are under test.
jest.mock('@strapi/strapi/admin', () => ({
  FetchError: class FetchError extends Error {},
  useFetchClient: () => ({ get }),
  useAuth: () => 'admin-token',
  useRBAC: () => ({ isLoading: false, allowedActions: { canRead: canExport } }),
  useNotification: () => ({ toggleNotification: jest.fn() }),
  useAPIErrorHandler: () => ({ formatAPIError: (error: Error) => error.message }),
}));

// Radix menus use pointer capture, scrolling and intersection observers, which jsdom lacks.
Object.assign(window.HTMLElement.prototype, {
  hasPointerCapture: () => false,
  releasePointerCapture: () => undefined,
  scrollIntoView: () => undefined,
});
class IntersectionObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}
Object.assign(globalThis, { IntersectionObserver: IntersectionObserverStub });
Object.assign(URL, { createObjectURL: () => 'blob:export', revokeObjectURL: () => undefined });
// The download link is clicked, not followed (jsdom cannot navigate): the file names it was given.
const downloads: string[] = [];
Object.assign(window.HTMLAnchorElement.prototype, {
  click(this: HTMLAnchorElement) {
    downloads.push(this.download);
  },
});

const renderAt = (url: string, ui: React.ReactElement) =>
  render(
    <MemoryRouter
      initialEntries={[url]}
      future={{ v7_startTransition: true, v7_relativeSplatPath: true }}
    >
      <IntlProvider locale="en" messages={{}} defaultLocale="en">
        <DesignSystemProvider locale="en">
          <Routes>
            <Route path="/content-manager/collection-types/:slug" element={ui} />
            <Route path="*" element={ui} />
          </Routes>
        </DesignSystemProvider>
      </IntlProvider>
    </MemoryRouter>,
  );

const LIST_URL =
  '/content-manager/collection-types/api::customer.customer?page=2&pageSize=20&sort=name:ASC' +
  '&filters[$and][0][tier][$eq]=strategic&filters[$and][1][name][$contains]=%E5%8C%97&_q=%E6%9F%90%E9%83%A8&plugins[i18n][locale]=en';

beforeEach(() => {
  get.mockReset();
  downloads.length = 0;
  get.mockResolvedValue({
    status: 200,
    data: new Blob(['a,b']),
    headers: new Headers({ 'Content-Disposition': 'attachment; filename="customer.xlsx"' }),
  });
  canExport = true;
});

describe('listExportQuery', () => {
  it('keeps the list URL’s filters, sort and search, turns its i18n locale into locale, and drops paging', () => {
    const query = new URLSearchParams(
      listExportQuery(new URL(LIST_URL, 'http://x').search, 'xlsx'),
    );
    expect([...query.entries()]).toEqual([
      ['format', 'xlsx'],
      ['sort', 'name:ASC'],
      ['filters[$and][0][tier][$eq]', 'strategic'],
      ['filters[$and][1][name][$contains]', '北'],
      ['_q', '某部'],
      ['locale', 'en'],
    ]);
  });
});

describe('content-manager list export', () => {
  it('exports what the list shows, in the format chosen', async () => {
    const user = userEvent.setup();
    renderAt(LIST_URL, <ListViewExport />);
    await user.click(screen.getByRole('button', { name: 'Export this list' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Excel (.xlsx)' }));

    await waitFor(() => expect(get).toHaveBeenCalledTimes(1));
    const [path, options] = get.mock.calls[0] as [string, { params: string; responseType: string }];
    expect(path).toBe('/synergy/export/api::customer.customer');
    expect(options.responseType).toBe('blob');
    const params = new URLSearchParams(options.params);
    expect(params.get('format')).toBe('xlsx');
    expect(params.get('filters[$and][0][tier][$eq]')).toBe('strategic');
    expect(params.get('sort')).toBe('name:ASC');
    expect(params.get('locale')).toBe('en');
    expect(params.has('page')).toBe(false);
    expect(downloads).toEqual(['customer.xlsx']);
  });

  it('is absent without the export permission and on types that are not CRM types', () => {
    canExport = false;
    const { unmount } = renderAt(LIST_URL, <ListViewExport />);
    expect(screen.queryByRole('button', { name: 'Export this list' })).toBeNull();
    unmount();
    canExport = true;
    renderAt(
      '/content-manager/collection-types/plugin::users-permissions.user',
      <ListViewExport />,
    );
    expect(screen.queryByRole('button', { name: 'Export this list' })).toBeNull();
  });
});

describe('analytics table export', () => {
  interface Row {
    id: string;
    name: string;
    rate: number;
  }
  const Badge = ({ value }: { value: number }) => (
    <span>
      <strong>{`${Math.round(value * 100)}%`}</strong> <em>{value > 0.5 ? 'good' : 'poor'}</em>
    </span>
  );

  it('sends the headers and the cells as displayed, without the action columns, and names the file after the table', async () => {
    // jsdom has no fetch Response: the fields postFile reads.
    const fetchMock = jest.fn().mockResolvedValue({
      ok: true,
      status: 200,
      headers: new Headers(),
      blob: async () => new Blob(['x']),
    });
    Object.assign(globalThis, { fetch: fetchMock });
    const user = userEvent.setup();
    renderAt(
      '/analytics',
      <DataTable<Row>
        label="Least complete customers"
        rows={[
          { id: '1', name: '北方某部', rate: 0.4 },
          { id: '2', name: '=HYPERLINK("x")', rate: 0.9 },
        ]}
        rowKey={(row) => row.id}
        columns={[
          {
            key: 'name',
            header: 'Customer',
            render: (row) => <a href={`/c/${row.id}`}>{row.name}</a>,
          },
          { key: 'rate', header: 'Completeness', render: (row) => <Badge value={row.rate} /> },
          {
            key: 'actions',
            header: 'Actions',
            exportable: false,
            render: () => <button type="button">Merge…</button>,
          },
        ]}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Export Least complete customers' }));
    await user.click(await screen.findByRole('menuitem', { name: 'CSV (.csv)' }));

    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/synergy/export/table');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer admin-token');
    expect(JSON.parse(init.body as string)).toEqual({
      format: 'csv',
      title: 'Least complete customers',
      columns: [
        { key: 'name', header: 'Customer' },
        { key: 'rate', header: 'Completeness' },
      ],
      rows: [
        { name: '北方某部', rate: '40% poor' },
        { name: '=HYPERLINK("x")', rate: '90% good' },
      ],
    });
    await waitFor(() => expect(downloads).toEqual(['Least complete customers.csv']));
  });

  it('offers no export for an empty table', () => {
    renderAt(
      '/analytics',
      <DataTable<Row>
        label="Empty"
        rows={[]}
        rowKey={(row) => row.id}
        columns={[{ key: 'name', header: 'Customer', render: (row) => row.name }]}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Export Empty' })).toBeNull();
  });
});
