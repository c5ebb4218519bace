import { fireEvent, screen, waitFor } from '@testing-library/react';
import type * as React from 'react';
import { renderInLocale } from '../../testing/render-in-locale';
import NeedToKnowSettingsPage from '../NeedToKnowSettingsPage';

jest.mock('@strapi/strapi/admin', () => ({
  Page: {
    Main: ({ children }: { children: React.ReactNode }) => <main>{children}</main>,
    Title: () => null,
    Protect: ({ children }: { children: React.ReactNode }) => <>{children}</>,
  },
  Layouts: {
    Header: ({ title }: { title: string }) => <h1>{title}</h1>,
    Content: ({ children }: { children: React.ReactNode }) => <div>{children}</div>,
  },
  useNotification: () => ({ toggleNotification: jest.fn() }),
  useAPIErrorHandler: () => ({ formatAPIError: (error: Error) => error.message }),
}));

const lists = {
  compartments: [{ id: 1, code: 'program-falcon', name: '猎鹰计划', description: null }],
  caveats: [
    {
      id: 2,
      code: 'export-controlled',
      name: '出口管制',
      nameEn: 'Export-controlled',
      description: null,
      withheldFromExternal: true,
    },
  ],
};
const save = jest.fn(async (_kind: string, body: unknown) => body);
jest.mock('../../services/need-to-know', () => ({
  useNeedToKnowList: (kind: 'compartments' | 'caveats') => ({
    data: lists[kind],
    error: null,
    isLoading: false,
    reload: jest.fn(),
  }),
  useSaveNeedToKnow: () => save,
  useDeleteNeedToKnow: () => jest.fn(),
}));

const renderPage = (locale: 'en' | 'zh-Hans') => renderInLocale(<NeedToKnowSettingsPage />, locale);

describe('NeedToKnowSettingsPage', () => {
  it('lists the compartments and the caveats (en)', () => {
    renderPage('en');
    expect(screen.getByRole('heading', { name: 'Compartments and caveats' })).toBeTruthy();
    expect(screen.getByText('program-falcon')).toBeTruthy();
    expect(screen.getByText('export-controlled')).toBeTruthy();
    expect(
      screen.getAllByRole('checkbox', { name: 'Withheld from external callers' }),
    ).toHaveLength(2);
  });

  it('adds a compartment with its code, name and description', async () => {
    renderPage('en');
    const codes = screen.getAllByRole('textbox', { name: 'Code' });
    fireEvent.change(codes[0], { target: { value: 'project-osprey' } });
    const names = screen.getAllByRole('textbox', { name: 'Name' });
    // The compartments' add row is the second name field (after program-falcon's).
    fireEvent.change(names[1], { target: { value: '鱼鹰项目' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Add' })[0]);
    await waitFor(() =>
      expect(save).toHaveBeenCalledWith('compartments', {
        code: 'project-osprey',
        name: '鱼鹰项目',
        description: null,
      }),
    );
  });

  it('is in Chinese for a zh-Hans user', () => {
    renderPage('zh-Hans');
    expect(screen.getByRole('heading', { name: '知悉范围与发布限制' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '发布限制' })).toBeTruthy();
  });
});
