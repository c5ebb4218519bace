import { DesignSystemProvider } from '@strapi/design-system';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type * as React from 'react';
import { IntlProvider } from 'react-intl';
import { MemoryRouter } from 'react-router-dom';
import type {
  GetImportTypes,
  ImportProgress,
  ImportRequest,
  PostImport,
} from '../../services/import';
import ImportPage from '../ImportPage';

// Strapi's admin shell is replaced by plain stand-ins: the page, not the shell, is under test.
const toggleNotification = jest.fn();
jest.mock('@strapi/strapi/admin', () => ({
  Page: {
    Main: ({ children, ...props }: { children: React.ReactNode }) => (
      <main {...props}>{children}</main>
    ),
    Title: () => null,
    Protect: ({ children }: { children: React.ReactNode }) => <>{children}</>,
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
  FetchError: class FetchError extends Error {},
  adminApi: jest
    .requireActual('../../testing/admin-api-stand-in')
    .createAdminApiStandIn(() => undefined),
  useAuth: () => 'token',
  useNotification: () => ({ toggleNotification }),
  useAPIErrorHandler: () => ({
    formatAPIError: (error: Error) => error.message,
    _unstableFormatAPIError: (error: Error) => error.message,
  }),
}));

type RunOptions = { signal: AbortSignal; onProgress: (progress: ImportProgress) => void };
const runImport = jest.fn<Promise<PostImport.Report>, [ImportRequest, RunOptions]>();
let types: GetImportTypes.ImportType[] = [];

jest.mock('../../services/import', () => ({
  ...jest.requireActual('../../services/import'),
  useImportTypes: () => ({ data: types, isLoading: false, reload: jest.fn() }),
  useImportRun: () => runImport,
}));

const saved: Blob[] = [];
jest.mock('../../services/download', () => ({
  saveBlob: (blob: Blob, name: string) => saved.push(Object.assign(blob, { fileName: name })),
}));

// The design system's Select observes, measures and captures the pointer, which jsdom does not do.
class ObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(globalThis, { IntersectionObserver: ObserverStub, ResizeObserver: ObserverStub });
Object.assign(Element.prototype, {
  hasPointerCapture: () => false,
  releasePointerCapture: () => undefined,
  scrollIntoView: () => undefined,
});

const label = (en: string, zh: string) => ({ en, 'zh-Hans': zh });
const CUSTOMERS: GetImportTypes.ImportType = {
  type: 'customers',
  uid: 'api::customer.customer',
  savedMapping: null,
  fields: [
    { name: 'name', type: 'string', required: true, labels: label('Name', '单位名称') },
    { name: 'code', type: 'string', required: true, labels: label('Code', '编码') },
    { name: 'tier', type: 'enumeration', required: false, labels: label('Tier', '客户等级') },
    { name: 'notes', type: 'text', required: false, labels: label('Notes', '备注') },
  ],
};

const report = (overrides: Partial<PostImport.Report> = {}): PostImport.Report => ({
  type: 'customers',
  mode: 'dry-run',
  onDuplicate: 'skip',
  columns: ['单位名称', '编码', '等级', '说明'],
  mapping: { 单位名称: 'name', 编码: 'code', 等级: 'tier', 说明: null },
  proposals: {
    单位名称: { field: 'name', confidence: 1, method: 'label', needsConfirmation: false },
    编码: { field: 'code', confidence: 1, method: 'label', needsConfirmation: false },
    等级: { field: 'tier', confidence: 0.9, method: 'synonym', needsConfirmation: false },
    说明: null,
  },
  rows: { total: 5, valid: 3, invalid: 2 },
  errors: [
    { line: 3, field: 'tier', reason: 'must be one of strategic, key, regular, prospect' },
    { line: 5, field: 'name', reason: '=HYPERLINK("x") is required' },
  ],
  duplicates: [
    {
      line: 4,
      match: 'code',
      existing: { documentId: 'doc-4', name: '兰州导航与控制研究所', code: 'CN-RI-00001' },
    },
  ],
  interpreted: [],
  preview: [
    { line: 2, data: { name: '西安雷达研究所', code: 'S-001', tier: 'key' } },
    { line: 4, data: { name: '兰州导航与控制研究所', code: 'CN-RI-00001', tier: null } },
  ],
  ...overrides,
});

const FILE = new File(['单位名称,编码\n'], 'customers.csv', { type: 'text/csv' });

const renderPage = () =>
  render(
    <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <IntlProvider locale="en" messages={{}} defaultLocale="en">
        <DesignSystemProvider locale="en">
          <ImportPage />
        </DesignSystemProvider>
      </IntlProvider>
    </MemoryRouter>,
  );

/** Chooses the type and the file and runs the dry-run, as a user does. */
const checkFile = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(screen.getByRole('combobox', { name: 'Content type' }));
  await user.click(await screen.findByRole('option', { name: 'Customer' }));
  await user.upload(screen.getByLabelText(/^File\*?$/), FILE);
  await user.click(screen.getByRole('button', { name: 'Check the file' }));
  await screen.findByRole('heading', { name: 'Columns and preview' });
};

const blobText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });

beforeEach(() => {
  runImport.mockReset();
  toggleNotification.mockReset();
  saved.length = 0;
  types = [CUSTOMERS];
});

describe('Import page', () => {
  it('presets the mapping from the saved one over the automatic one, and runs the dry-run again when a column is remapped', async () => {
    types = [{ ...CUSTOMERS, savedMapping: { 说明: 'notes', 其他: 'code' } }];
    runImport.mockImplementation(async (request) =>
      report({ mapping: { ...report().mapping, ...request.mapping } }),
    );
    const user = userEvent.setup();
    renderPage();
    await checkFile(user);

    // First the server's automatic matching, then again with the saved mapping for the file's columns.
    expect(runImport.mock.calls.map(([request]) => [request.mode, request.mapping])).toEqual([
      ['dry-run', undefined],
      ['dry-run', { 单位名称: 'name', 编码: 'code', 等级: 'tier', 说明: 'notes' }],
    ]);
    expect(runImport.mock.calls[0][0]).toMatchObject({
      type: 'customers',
      file: FILE,
      onDuplicate: 'skip',
      skipInvalid: false,
    });
    expect(screen.getByRole('combobox', { name: 'Field for the column 说明' }).textContent).toMatch(
      'Notes (notes)',
    );
    expect(
      screen.getByRole('combobox', { name: 'Field for the column 单位名称' }).textContent,
    ).toMatch('Name (name)');

    await user.click(screen.getByRole('combobox', { name: 'Field for the column 等级' }));
    await user.click(await screen.findByRole('option', { name: 'Ignore this column' }));
    await waitFor(() => expect(runImport).toHaveBeenCalledTimes(3));
    expect(runImport.mock.calls[2][0].mapping).toEqual({
      单位名称: 'name',
      编码: 'code',
      等级: null,
      说明: 'notes',
    });
  });

  it('shows how each column was matched, and waits for the user to confirm a match by a similar header', async () => {
    const weak = report({
      mapping: { 单位名称: 'name', 编码: 'code', 等级: 'tier', 说明: 'notes' },
      proposals: {
        ...report().proposals,
        说明: { field: 'notes', confidence: 0.53, method: 'similar', needsConfirmation: true },
      },
    });
    runImport.mockResolvedValue(weak);
    const user = userEvent.setup();
    renderPage();
    await checkFile(user);

    const mappingRows = within(screen.getByRole('grid', { name: 'Columns and fields' }))
      .getAllByRole('row')
      .map((row) => row.querySelectorAll('td')[2]?.textContent);
    expect(mappingRows).toEqual([
      undefined,
      '100% · field label',
      '100% · field label',
      '90% · synonym',
      '53% · similar headerConfirm',
    ]);
    const commit = () =>
      screen.getByRole('button', {
        name: 'Import 3 valid rows (skip 2 invalid)',
      }) as HTMLButtonElement;
    expect(commit().disabled).toBe(true);
    expect(screen.getByText(/^Confirm or change the field/).textContent).toBe(
      'Confirm or change the field of the column 说明 first: its header is only similar to the field.',
    );
    await user.click(
      screen.getByRole('checkbox', { name: 'Confirm the field of the column 说明' }),
    );
    expect(commit().disabled).toBe(false);
  });

  it('lists the enumeration cells read from abbreviations with the value stored', async () => {
    const withOptions: GetImportTypes.ImportType = {
      ...CUSTOMERS,
      fields: CUSTOMERS.fields.map((field) =>
        field.name === 'tier'
          ? { ...field, options: [{ value: 'key', labels: label('Key', '重点客户') }] }
          : field,
      ),
    };
    types = [withOptions];
    runImport.mockResolvedValue(
      report({
        interpreted: [{ line: 2, column: '等级', field: 'tier', raw: '重点', value: 'key' }],
      }),
    );
    const user = userEvent.setup();
    renderPage();
    await checkFile(user);

    const table = screen.getByRole('grid', { name: 'Values read from abbreviations' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['LineColumnIn the fileStored as', '2等级重点Key (key)']);
  });

  it('shows the counts, the preview, each bad row with its line, field and reason, and the duplicates', async () => {
    runImport.mockResolvedValue(report());
    const user = userEvent.setup();
    renderPage();
    await checkFile(user);

    const counts = screen.getByRole('status', { name: 'Rows of the file' });
    expect(counts.textContent).toContain('5 rows');
    expect(counts.textContent).toContain('3 valid');
    expect(counts.textContent).toContain('2 invalid');
    expect(counts.textContent).toContain('1 matching existing records');

    const preview = screen.getByRole('grid', { name: 'Preview' });
    expect(
      within(preview)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['LineNameCodeTier', '2西安雷达研究所S-001key', '4兰州导航与控制研究所CN-RI-00001—']);

    const errors = screen.getByRole('grid', { name: 'Rows with errors' });
    expect(
      within(errors)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'LineFieldReason',
      '3Tiermust be one of strategic, key, regular, prospect',
      '5Name=HYPERLINK("x") is required',
    ]);

    const duplicates = screen.getByRole('grid', { name: 'Rows matching existing records' });
    const existing = within(duplicates).getByRole('link', {
      name: '兰州导航与控制研究所 (CN-RI-00001)',
    });
    expect(existing.getAttribute('href')).toBe(
      '/content-manager/collection-types/api::customer.customer/doc-4',
    );
    expect(
      screen
        .getByRole('radio', { name: 'Skip them (keep the existing records)' })
        .getAttribute('aria-checked'),
    ).toBe('true');
    expect(
      screen.getByRole('button', { name: 'Import 3 valid rows (skip 2 invalid)' }),
    ).toBeTruthy();
  });

  it('pages through thousands of bad rows twenty at a time', async () => {
    const errors = Array.from({ length: 2_345 }, (_, index) => ({
      line: index + 2,
      field: 'tier',
      reason: `bad tier ${index + 2}`,
    }));
    runImport.mockResolvedValue(
      report({ rows: { total: 2_345, valid: 0, invalid: 2_345 }, errors }),
    );
    const user = userEvent.setup();
    renderPage();
    await checkFile(user);

    const firstLines = () =>
      within(screen.getByRole('grid', { name: 'Rows with errors' }))
        .getAllByRole('row')
        .slice(1)
        .map((row) => Number(row.querySelector('td')?.textContent));
    expect(screen.getByText('Problems 1–20 of 2,345')).toBeTruthy();
    expect(firstLines()).toEqual(Array.from({ length: 20 }, (_, index) => index + 2));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Problems 21–40 of 2,345')).toBeTruthy();
    expect(firstLines()[0]).toBe(22);
    // Nothing valid to import: the commit is not offered.
    expect(
      (
        screen.getByRole('button', {
          name: 'Import 0 valid rows (skip 2,345 invalid)',
        }) as HTMLButtonElement
      ).disabled,
    ).toBe(true);
  });

  it('downloads the bad rows as CSV with a byte-order mark, field labels and formula cells neutralised', async () => {
    runImport.mockResolvedValue(report());
    const user = userEvent.setup();
    renderPage();
    await checkFile(user);
    await user.click(screen.getByRole('button', { name: 'Download report (CSV)' }));

    expect(saved).toHaveLength(1);
    expect((saved[0] as Blob & { fileName: string }).fileName).toBe('customers-errors.csv');
    const text = await blobText(saved[0]);
    // FileReader drops the byte-order mark when it decodes; it is the blob's first three bytes.
    const bytes = new Uint8Array(
      await new Promise<ArrayBuffer>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.readAsArrayBuffer(saved[0]);
      }),
    );
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.replace(/^\uFEFF/, '').split('\n')).toEqual([
      'Line,Field,Reason',
      '3,Tier,"must be one of strategic, key, regular, prospect"',
      `5,Name,"'=HYPERLINK(""x"") is required"`,
      '',
    ]);
  });

  it('commits the valid rows with the chosen duplicate action, shows the progress, and cancels by aborting the request', async () => {
    let commitOptions: RunOptions | undefined;
    runImport.mockImplementation((request, options) => {
      if (request.mode === 'dry-run') return Promise.resolve(report());
      commitOptions = options;
      return new Promise((_resolve, reject) =>
        options.signal.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    });
    const user = userEvent.setup();
    renderPage();
    await checkFile(user);
    await user.click(screen.getByRole('radio', { name: 'Update the existing records' }));
    await user.click(screen.getByRole('button', { name: 'Import 3 valid rows (skip 2 invalid)' }));

    expect(runImport.mock.calls[1][0]).toMatchObject({
      mode: 'commit',
      onDuplicate: 'update',
      skipInvalid: true,
      mapping: report().mapping,
    });
    act(() => commitOptions!.onProgress({ event: 'progress', phase: 'write', done: 2, total: 3 }));
    expect(screen.getByText('Writing the records: 2 of 3 rows')).toBeTruthy();
    expect(
      screen.getByRole('progressbar', { name: 'Import progress' }).getAttribute('aria-valuenow'),
    ).toBe('67');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(commitOptions!.signal.aborted).toBe(true);
    await waitFor(() =>
      expect(toggleNotification).toHaveBeenCalledWith({
        type: 'info',
        message: 'Import cancelled: nothing was written.',
      }),
    );
    // Back to the report, ready to try again.
    expect(
      screen.getByRole('button', { name: 'Import 3 valid rows (skip 2 invalid)' }),
    ).toBeTruthy();
  });

  it('shows what the commit created, updated and skipped, with a link to the list of records', async () => {
    runImport.mockImplementation(async (request) =>
      request.mode === 'dry-run'
        ? report({ rows: { total: 3, valid: 3, invalid: 0 }, errors: [], duplicates: [] })
        : report({ mode: 'commit', created: 3, updated: 0, skipped: 0 }),
    );
    const user = userEvent.setup();
    renderPage();
    await checkFile(user);
    expect(screen.queryByRole('heading', { name: 'Rows with errors' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Import 3 rows' }));

    await screen.findByText('Import finished: 3 created, 0 updated, 0 skipped.');
    expect(screen.getByRole('link', { name: 'Open the Customer list' }).getAttribute('href')).toBe(
      '/content-manager/collection-types/api::customer.customer',
    );
  });

  it("shows the server's message when the dry-run fails, and keeps the form", async () => {
    runImport.mockRejectedValue(new Error('file: the file has no header row'));
    const user = userEvent.setup();
    renderPage();
    await user.click(screen.getByRole('combobox', { name: 'Content type' }));
    await user.click(await screen.findByRole('option', { name: 'Customer' }));
    await user.upload(screen.getByLabelText(/^File\*?$/), FILE);
    await user.click(screen.getByRole('button', { name: 'Check the file' }));

    await waitFor(() =>
      expect(toggleNotification).toHaveBeenCalledWith({
        type: 'danger',
        message: 'file: the file has no header row',
      }),
    );
    expect(screen.queryByRole('heading', { name: 'Columns and preview' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Check the file' })).toBeTruthy();
  });

  it('refuses a file that is neither CSV nor XLSX', async () => {
    renderPage();
    fireEvent.change(screen.getByLabelText(/^File\*?$/), {
      target: { files: [new File(['x'], 'notes.pdf')] },
    });
    expect(screen.getByText('notes.pdf is neither a CSV nor an XLSX file.')).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: 'Check the file' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});
