import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Delegations } from '../../../../shared/contracts/reviews';
import { StandInsSection } from '../StandInsSection';
import { renderInLocale } from '../../testing/render-in-locale';

jest.mock('@strapi/strapi/admin', () => ({
  useNotification: () => ({ toggleNotification: jest.fn() }),
  useAPIErrorHandler: () => ({
    formatAPIError: (error: Error) => error.message,
    _unstableFormatAPIError: () => 'error',
  }),
}));

const list: Delegations.ListResponse = {
  data: {
    given: [
      {
        id: 4,
        delegator: { id: 1, name: '王领导' },
        delegate: { id: 2, name: '李代理' },
        startsOn: '2026-12-01',
        endsOn: '2026-12-09',
        note: '出差',
        active: true,
      },
    ],
    received: [
      {
        id: 5,
        delegator: { id: 3, name: '赵主任' },
        delegate: { id: 1, name: '王领导' },
        startsOn: '2027-01-02',
        endsOn: '2027-01-05',
        note: null,
        active: false,
      },
    ],
  },
  meta: { users: [{ id: 2, name: '李代理' }] },
};
const create = jest.fn();
const remove = jest.fn();
jest.mock('../../services/reviews', () => ({
  fieldErrorsOf: (error: { details?: { errors?: Array<{ path: string[]; message: string }> } }) =>
    Object.fromEntries(
      (error.details?.errors ?? []).map((item) => [item.path.join('.'), item.message]),
    ),
  useDelegations: () => ({ data: list, error: null, isLoading: false, reload: jest.fn() }),
  useDelegationActions: () => ({ create, remove }),
}));

const renderSection = (locale: 'en' | 'zh-Hans') => renderInLocale(<StandInsSection />, locale);

describe('StandInsSection', () => {
  it('lists who stands in for you and for whom you stand in, and ends yours', () => {
    renderSection('en');
    expect(
      screen.getByText('李代理 stands in for you from 2026-12-01 to 2026-12-09 — 出差'),
    ).toBeTruthy();
    expect(screen.getByText('You stand in for 赵主任 from 2027-01-02 to 2027-01-05')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'End' })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'End' }));
    expect(remove).toHaveBeenCalledWith(4);
  });

  it('shows the server’s refusal at the field it names', async () => {
    create.mockRejectedValueOnce({
      name: 'ValidationError',
      details: { errors: [{ path: ['delegateId'], message: 'delegateId is required' }] },
    });
    renderSection('en');
    fireEvent.click(screen.getByRole('button', { name: 'Name a stand-in' }));
    await waitFor(() => expect(screen.getByText('delegateId is required')).toBeTruthy());
  });

  it('speaks zh-Hans', () => {
    renderSection('zh-Hans');
    expect(screen.getByRole('heading', { name: '审批代理' })).toBeTruthy();
    expect(screen.getByText('李代理 于 2026-12-01 至 2026-12-09 代您审批 — 出差')).toBeTruthy();
  });
});
