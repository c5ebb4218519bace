import * as React from 'react';
import type {
  ActOnReview,
  Delegations,
  GetDocumentReview,
  ListReviews,
  Review,
  ReviewAction,
  SubmitReview,
  Workflows,
} from '../../../shared/contracts/reviews';
import { PLUGIN_ID } from '../pluginId';
import { FRESH_ON_MOUNT, queryState, statusOf, synergyApi, toQueryParams } from './api';

/** What an action needs of its review: where to post, and the document it governs. */
type ReviewRef = Pick<Review, 'id' | 'contentType' | 'documentId'>;

/** The content manager's tags of a document and of its type's lists. */
const documentTags = (contentType: string, documentId: string) => [
  { type: 'Document' as const, id: `${contentType}_${documentId}` },
  { type: 'Document' as const, id: `${contentType}_ALL_ITEMS` },
];

/**
 * What a review action changes: the reviews, and the governed document (a strategy's `status`
 * follows its review, and a stale content-manager form would send the old value back) and the
 * figures that read it. A refused action (409: someone acted first) invalidates them too, so the
 * panel shows the server's state.
 */
const reviewActionTags = (contentType: string, documentId: string) => [
  'SynergyReview' as const,
  'SynergyAnalytics' as const,
  'SynergyAudit' as const,
  ...documentTags(contentType, documentId),
];

const reviewsApi = synergyApi.injectEndpoints({
  endpoints: (builder) => ({
    getSynergyDocumentReview: builder.query<
      GetDocumentReview.Response,
      { contentType: string; documentId: string }
    >({
      query: (params) => ({
        url: `/${PLUGIN_ID}/reviews/document`,
        method: 'GET',
        config: { params: toQueryParams(params) },
      }),
      providesTags: ['SynergyReview', 'SynergyWorkflow'],
    }),
    getSynergyReviews: builder.query<ListReviews.Response, ListReviews.Query>({
      query: ({ mine, ...query }) => ({
        url: `/${PLUGIN_ID}/reviews`,
        method: 'GET',
        config: { params: toQueryParams({ ...query, mine: mine ? 'true' : undefined }) },
      }),
      providesTags: ['SynergyReview', 'SynergyWorkflow'],
    }),
    getSynergyWorkflows: builder.query<Workflows.ListResponse, void>({
      query: () => `/${PLUGIN_ID}/workflows`,
      providesTags: ['SynergyWorkflow'],
    }),
    submitSynergyReview: builder.mutation<SubmitReview.Response['data'], SubmitReview.Body>({
      query: (body) => ({ url: `/${PLUGIN_ID}/reviews`, method: 'POST', data: body }),
      transformResponse: (response: SubmitReview.Response) => response.data,
      invalidatesTags: (_result, _error, { contentType, documentId }) =>
        reviewActionTags(contentType, documentId),
    }),
    actOnSynergyReview: builder.mutation<
      ActOnReview.Response['data'],
      { review: ReviewRef; action: Exclude<ReviewAction, 'submit'>; body: ActOnReview.Body }
    >({
      query: ({ review, action, body }) => ({
        url: `/${PLUGIN_ID}/reviews/${review.id}/${action}`,
        method: 'POST',
        data: body,
      }),
      transformResponse: (response: ActOnReview.Response) => response.data,
      invalidatesTags: (_result, _error, { review }) =>
        reviewActionTags(review.contentType, review.documentId),
    }),
    getSynergyDelegations: builder.query<Delegations.ListResponse, void>({
      query: () => `/${PLUGIN_ID}/delegations`,
      providesTags: ['SynergyDelegation'],
    }),
    createSynergyDelegation: builder.mutation<
      Delegations.CreateResponse['data'],
      Delegations.CreateBody
    >({
      query: (body) => ({ url: `/${PLUGIN_ID}/delegations`, method: 'POST', data: body }),
      transformResponse: (response: Delegations.CreateResponse) => response.data,
      // A stand-in's inbox holds the approver's reviews.
      invalidatesTags: ['SynergyDelegation', 'SynergyReview'],
    }),
    deleteSynergyDelegation: builder.mutation<void, number>({
      query: (id) => ({ url: `/${PLUGIN_ID}/delegations/${id}`, method: 'DELETE' }),
      invalidatesTags: ['SynergyDelegation', 'SynergyReview'],
    }),
    updateSynergyWorkflow: builder.mutation<
      Workflows.UpdateResponse['data'],
      { id: number; body: Workflows.UpdateBody }
    >({
      query: ({ id, body }) => ({
        url: `/${PLUGIN_ID}/workflows/${id}`,
        method: 'PUT',
        data: body,
      }),
      transformResponse: (response: Workflows.UpdateResponse) => response.data,
      // Reviews carry their workflow; a type's gate depends on whether a workflow governs it.
      invalidatesTags: ['SynergyWorkflow', 'SynergyAudit'],
    }),
  }),
  overrideExisting: false,
});

/** GET /synergy/reviews/document: a document's review with its history, for the edit-view side panel. */
export const useDocumentReview = (
  contentType: string,
  documentId: string | undefined,
  skip = false,
) =>
  queryState(
    reviewsApi.useGetSynergyDocumentReviewQuery(
      { contentType, documentId: documentId ?? '' },
      { ...FRESH_ON_MOUNT, skip: skip || !documentId },
    ),
  );

/** GET /synergy/reviews: `mine: true` is the current user's inbox. */
export const useReviews = (query: ListReviews.Query, skip = false) =>
  queryState(reviewsApi.useGetSynergyReviewsQuery(query, { ...FRESH_ON_MOUNT, skip }));

/** GET /synergy/workflows, with the admin roles approvers are chosen from. */
export const useWorkflows = (skip = false) =>
  queryState(reviewsApi.useGetSynergyWorkflowsQuery(undefined, { ...FRESH_ON_MOUNT, skip }));

/** The four review actions; each answers the review as it is after the action, or rejects with the server's error. */
export const useReviewActions = () => {
  const [submitReview] = reviewsApi.useSubmitSynergyReviewMutation();
  const [actOnReview] = reviewsApi.useActOnSynergyReviewMutation();
  return React.useMemo(
    () => ({
      submit: (body: SubmitReview.Body) => submitReview(body).unwrap(),
      act: (review: ReviewRef, action: Exclude<ReviewAction, 'submit'>, body: ActOnReview.Body) =>
        actOnReview({ review, action, body }).unwrap(),
    }),
    [submitReview, actOnReview],
  );
};

/** PUT /synergy/workflows/:id (Super Admin); rejects with the server's error. */
export const useUpdateWorkflow = () => {
  const [updateWorkflow] = reviewsApi.useUpdateSynergyWorkflowMutation();
  return React.useCallback(
    (id: number, body: Workflows.UpdateBody) => updateWorkflow({ id, body }).unwrap(),
    [updateWorkflow],
  );
};

/** GET /synergy/delegations: the current user's stand-ins, given and received. */
export const useDelegations = () =>
  queryState(reviewsApi.useGetSynergyDelegationsQuery(undefined, FRESH_ON_MOUNT));

/** Naming and ending stand-ins; each rejects with the server's error. */
export const useDelegationActions = () => {
  const [create] = reviewsApi.useCreateSynergyDelegationMutation();
  const [remove] = reviewsApi.useDeleteSynergyDelegationMutation();
  return React.useMemo(
    () => ({
      create: (body: Delegations.CreateBody) => create(body).unwrap(),
      remove: (id: number) => remove(id).unwrap(),
    }),
    [create, remove],
  );
};

/** Whether an error is the server's answer to a stale `version` (someone else acted first). */
export const isVersionConflict = (error: unknown) => statusOf(error) === 409;

/**
 * The field errors of a validation error (400), keyed by path ("stages.0.key"), as Strapi's yup
 * validation reports them in `error.details.errors` (RTK Query hands over the server's `error`).
 */
export const fieldErrorsOf = (error: unknown): Record<string, string> => {
  const details = (error as { details?: unknown } | undefined)?.details as
    { errors?: Array<{ path?: Array<string | number> | string; message?: string }> } | undefined;
  const errors: Record<string, string> = {};
  for (const item of details?.errors ?? []) {
    const path = Array.isArray(item.path) ? item.path.join('.') : item.path;
    if (path && item.message && !errors[path]) errors[path] = item.message;
  }
  return errors;
};
