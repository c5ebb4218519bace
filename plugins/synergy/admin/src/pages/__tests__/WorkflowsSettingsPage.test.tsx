import { screen, within } from '@testing-library/react';
import type * as React from 'react';
import { NO_REMINDERS, type Workflows } from '../../../../shared/contracts/reviews';
import WorkflowsSettingsPage from '../WorkflowsSettingsPage';
import { renderInLocale } from '../../testing/render-in-locale';

// Strapi's admin shell is replaced by plain stand-ins: the page, not the shell, is under test.
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
// The form has its own concerns; the page's gate lines are under test.
jest.mock('../../components/ReviewWorkflowForm', () => ({ ReviewWorkflowForm: () => null }));

const list: Workflows.ListResponse = {
  data: [
    {
      id: 1,
      name: 'Strategy approval',
      contentTypes: ['api::strategy.strategy'],
      stages: [],
      reminders: NO_REMINDERS,
    },
    {
      id: 2,
      name: 'Brand material approval',
      contentTypes: ['api::brand-material.brand-material'],
      stages: [],
      reminders: NO_REMINDERS,
    },
    {
      id: 3,
      name: 'Competitor intelligence review',
      contentTypes: ['api::competitor.competitor', 'api::customer.customer'],
      stages: [],
      reminders: NO_REMINDERS,
    },
  ],
  meta: {
    roles: [],
    gates: {
      'api::strategy.strategy': { publish: false, statuses: ['approved', 'active'] },
      'api::brand-material.brand-material': { publish: true, statuses: [] },
      'api::competitor.competitor': { publish: false, statuses: [] },
      'api::customer.customer': { publish: false, statuses: ['active'] },
    },
  },
};
jest.mock('../../services/reviews', () => ({
  fieldErrorsOf: () => ({}),
  useWorkflows: () => ({ data: list, error: null, isLoading: false, reload: jest.fn() }),
  useUpdateWorkflow: () => jest.fn(),
}));

const renderPage = (locale: 'en' | 'zh-Hans') => renderInLocale(<WorkflowsSettingsPage />, locale);
const linesOf = (name: string) =>
  within(screen.getByRole('region', { name }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('WorkflowsSettingsPage gate lines', () => {
  it('says, for each governed type, which rule its review gates (en)', () => {
    renderPage('en');
    expect(linesOf('What "Strategy approval" gates')).toEqual([
      expect.stringMatching(/: Status approved, active needs an approved review$/),
    ]);
    expect(linesOf('What "Brand material approval" gates')).toEqual([
      expect.stringMatching(/: Publishing needs an approved review$/),
    ]);
    expect(linesOf('What "Competitor intelligence review" gates')).toEqual([
      expect.stringMatching(/: Not gated: no Draft & Publish or gated status$/),
      expect.stringMatching(/: Status active needs an approved review$/),
    ]);
  });

  it('says the same in zh-Hans', () => {
    renderPage('zh-Hans');
    expect(linesOf('“Strategy approval”把关的内容')).toEqual([
      expect.stringMatching(/: 状态 approved, active 需要已批准的审批$/),
    ]);
    expect(linesOf('“Brand material approval”把关的内容')).toEqual([
      expect.stringMatching(/: 发布需要已批准的审批$/),
    ]);
    expect(linesOf('“Competitor intelligence review”把关的内容')[0]).toMatch(
      /: 不受限制：没有草稿与发布，也没有受控状态$/,
    );
  });
});
