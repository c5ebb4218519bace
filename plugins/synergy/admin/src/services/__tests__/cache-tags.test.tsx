import { act, renderHook, waitFor } from '@testing-library/react';
import type { AdminRequest } from '../../testing/admin-api-stand-in';
import { AdminStore } from '../../testing/admin-store';
import { useClearances, useUpdateClearance } from '../clearances';
import { useAuditEntries } from '../audit';
import { useDocumentReview, useReviewActions, useReviews } from '../reviews';

const mockRespond = jest.fn<unknown, [AdminRequest]>();
jest.mock('@strapi/strapi/admin', () => ({
  adminApi: jest
    .requireActual('../../testing/admin-api-stand-in')
    .createAdminApiStandIn((request: AdminRequest) => mockRespond(request)),
}));

const gets = (url: string) =>
  mockRespond.mock.calls.filter(([request]) => request.method === 'GET' && request.url === url)
    .length;

beforeEach(() => mockRespond.mockReset());

describe('the admin API cache tags', () => {
  it('refetches the clearances and the audit trail after a clearance is saved, with the server’s new level', async () => {
    let level = 'internal';
    mockRespond.mockImplementation(async ({ url, method, data }) => {
      if (method === 'PUT') {
        level = (data as { level: string }).level;
        return { data: { userId: 7, level, note: null } };
      }
      if (url === '/synergy/audit')
        return {
          data: [],
          meta: { pagination: { page: 1, pageSize: 25, total: 0, pageCount: 0 } },
        };
      return { data: [{ id: 7, email: 'a@b.c', level }] };
    });
    const { result } = renderHook(
      () => ({
        clearances: useClearances(),
        audit: useAuditEntries({ page: 1, pageSize: 25 }),
        update: useUpdateClearance(),
      }),
      { wrapper: AdminStore },
    );
    await waitFor(() => expect(result.current.clearances.data?.users[0]?.level).toBe('internal'));
    expect(gets('/synergy/audit')).toBe(1);

    await act(() => result.current.update(7, { level: 'public' }));

    await waitFor(() => expect(result.current.clearances.data?.users[0]?.level).toBe('public'));
    expect(gets('/synergy/clearances')).toBe(2);
    await waitFor(() => expect(gets('/synergy/audit')).toBe(2));
  });

  it('refetches the document’s review and the review lists after a review action, a refused one (409) too', async () => {
    const review = { id: 3, contentType: 'api::strategy.strategy', documentId: 'd1', version: 1 };
    mockRespond.mockImplementation(async ({ url, method }) => {
      if (method === 'POST')
        throw Object.assign(new Error('Someone else acted first'), { status: 409 });
      if (url === '/synergy/reviews/document')
        return { data: review, meta: { workflow: null, canSubmit: false } };
      return {
        data: [review],
        meta: { pagination: { page: 1, pageSize: 10, total: 1, pageCount: 1 } },
      };
    });
    const { result } = renderHook(
      () => ({
        panel: useDocumentReview(review.contentType, review.documentId),
        list: useReviews({ page: 1 }),
        actions: useReviewActions(),
      }),
      { wrapper: AdminStore },
    );
    await waitFor(() => expect(result.current.panel.data).toBeDefined());
    await waitFor(() => expect(result.current.list.data).toBeDefined());

    await act(() =>
      expect(result.current.actions.act(review, 'approve', { version: 1 })).rejects.toMatchObject({
        status: 409,
      }),
    );

    await waitFor(() => expect(gets('/synergy/reviews/document')).toBe(2));
    await waitFor(() => expect(gets('/synergy/reviews')).toBe(2));
    const [post] = mockRespond.mock.calls.filter(([request]) => request.method === 'POST');
    expect(post[0]).toMatchObject({ url: '/synergy/reviews/3/approve', data: { version: 1 } });
  });
});
