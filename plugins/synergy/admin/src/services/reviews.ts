import * as React from 'react';
import { adminApi, useFetchClient, type FetchError } from '@strapi/strapi/admin';
import { useDispatch } from 'react-redux';
import type {
  ActOnReview,
  GetDocumentReview,
  ListReviews,
  ReviewAction,
  SubmitReview,
  Workflows,
} from '../../../shared/contracts/reviews';
import { PLUGIN_ID } from '../pluginId';
import { toQueryParams } from './audit';

/** What a fetch hook answers: the last response, the last error, and a way to fetch again. */
export interface FetchState<T> {
  data: T | undefined;
  error: FetchError | undefined;
  isLoading: boolean;
  reload: () => void;
}

const isAbort = (error: unknown) => error instanceof Error && error.name === 'AbortError';

/**
 * GET `path` with `params` through the admin fetch client; refetches when they change or on
 * `reload()`. Nothing is fetched while `skip` is true.
 */
const useGet = <T>(path: string, params: Record<string, string | number | boolean | undefined>, skip = false): FetchState<T> => {
  const { get } = useFetchClient();
  const [reloadKey, setReloadKey] = React.useState(0);
  const [state, setState] = React.useState<Omit<FetchState<T>, 'reload'>>({ data: undefined, error: undefined, isLoading: !skip });
  // A stable key, so an equal set of parameters does not refetch.
  const key = JSON.stringify(params);

  React.useEffect(() => {
    if (skip) {
      setState({ data: undefined, error: undefined, isLoading: false });
      return undefined;
    }
    const controller = new AbortController();
    setState((previous) => ({ ...previous, error: undefined, isLoading: true }));
    const query = toQueryParams(JSON.parse(key) as Record<string, string | number | undefined>);
    get<T>(path, { params: query, signal: controller.signal })
      .then(({ data }) => {
        if (!controller.signal.aborted) setState({ data, error: undefined, isLoading: false });
      })
      .catch((error: FetchError) => {
        if (controller.signal.aborted || isAbort(error)) return;
        setState({ data: undefined, error, isLoading: false });
      });
    return () => controller.abort();
  }, [get, path, key, skip, reloadKey]);

  const reload = React.useCallback(() => setReloadKey((value) => value + 1), []);
  return { ...state, reload };
};

/** GET /synergy/reviews/document: a document's review with its history, for the edit-view side panel. */
export const useDocumentReview = (contentType: string, documentId: string | undefined, skip = false) =>
  useGet<GetDocumentReview.Response>(`/${PLUGIN_ID}/reviews/document`, { contentType, documentId }, skip || !documentId);

/** GET /synergy/reviews: `mine: true` is the current user's inbox. */
export const useReviews = (query: ListReviews.Query, skip = false) =>
  useGet<ListReviews.Response>(`/${PLUGIN_ID}/reviews`, { ...query, mine: query.mine ? 'true' : undefined }, skip);

/** GET /synergy/workflows, with the admin roles approvers are chosen from. */
export const useWorkflows = (skip = false) => useGet<Workflows.ListResponse>(`/${PLUGIN_ID}/workflows`, {}, skip);

/** The four review actions; each answers the review as it is after the action. */
export const useReviewActions = () => {
  const { post } = useFetchClient();
  return React.useMemo(
    () => ({
      submit: async (body: SubmitReview.Body) =>
        (await post<SubmitReview.Response, SubmitReview.Body>(`/${PLUGIN_ID}/reviews`, body)).data.data,
      act: async (reviewId: number, action: Exclude<ReviewAction, 'submit'>, body: ActOnReview.Body) =>
        (await post<ActOnReview.Response, ActOnReview.Body>(`/${PLUGIN_ID}/reviews/${reviewId}/${action}`, body)).data.data,
    }),
    [post],
  );
};

/** The content manager's cache, typed with the tag its document queries provide. */
const contentManagerCache = adminApi.enhanceEndpoints({ addTagTypes: ['Document'] });

/**
 * Makes the content manager refetch a document: a review action may change it on the server
 * (a strategy's `status` follows its review), and a stale form would send the old value back.
 */
export const useRefreshDocument = () => {
  const dispatch = useDispatch();
  return React.useCallback(
    (contentType: string, documentId: string) =>
      dispatch(contentManagerCache.util.invalidateTags([{ type: 'Document', id: `${contentType}_${documentId}` }])),
    [dispatch],
  );
};

/** PUT /synergy/workflows/:id (Super Admin). */
export const useUpdateWorkflow = () => {
  const { put } = useFetchClient();
  return React.useCallback(
    async (id: number, body: Workflows.UpdateBody) =>
      (await put<Workflows.UpdateResponse, Workflows.UpdateBody>(`/${PLUGIN_ID}/workflows/${id}`, body)).data.data,
    [put],
  );
};

/** Whether an error is the server's answer to a stale `version` (someone else acted first). */
export const isVersionConflict = (error: unknown) => {
  const fetchError = error as FetchError | undefined;
  return fetchError?.status === 409 || fetchError?.response?.data?.error?.status === 409;
};

/**
 * The field errors of a validation error (400), keyed by path ("stages.0.key"), as Strapi's yup
 * validation reports them in `error.details.errors`.
 */
export const fieldErrorsOf = (error: unknown): Record<string, string> => {
  const details = (error as FetchError | undefined)?.response?.data?.error?.details as
    | { errors?: Array<{ path?: Array<string | number> | string; message?: string }> }
    | undefined;
  const errors: Record<string, string> = {};
  for (const item of details?.errors ?? []) {
    const path = Array.isArray(item.path) ? item.path.join('.') : item.path;
    if (path && item.message && !errors[path]) errors[path] = item.message;
  }
  return errors;
};
