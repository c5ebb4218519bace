import * as React from 'react';
import { Box, Button, EmptyStateLayout, Flex, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import {
  Page,
  Pagination,
  useAuth,
  useNotification,
  useQueryParams,
  useRBAC,
} from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { ListReviews, Person, ReviewState, Workflow } from '../../../shared/contracts/reviews';
import {
  REVIEW_FILTER_KEYS,
  ReviewFilters,
  type ReviewFilterValues,
} from '../components/ReviewFilters';
import { REVIEW_STATES } from '../components/ReviewStateBadge';
import { ReviewTable } from '../components/ReviewTable';
import { StandInsSection } from '../components/StandInsSection';
import { PERMISSIONS } from '../permissions';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { useSeen } from '../hooks/useStateFrom';
import type { QueryState } from '../services/api';
import { useReviews, useWorkflows } from '../services/reviews';
import { getTranslation } from '../utils/getTranslation';
import { LoadError, LoadingState } from '../components/LoadStates';
import { PageFrame } from '../components/PageFrame';

const DEFAULT_PAGE_SIZE = 10;
/** The inbox is short by nature; it shows its first page only, with a count of the rest. */
const INBOX_PAGE_SIZE = 50;

type ApprovalsQuery = ReviewFilterValues & { page?: string; pageSize?: string };

const positiveInteger = (value: unknown, fallback: number, max = Number.MAX_SAFE_INTEGER) => {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 ? Math.min(number, max) : fallback;
};

/** The URL's filters, keeping only what the filter bar can set. */
const filtersOf = (query: ApprovalsQuery): ReviewFilterValues =>
  Object.fromEntries(
    REVIEW_FILTER_KEYS.flatMap((key) =>
      typeof query[key] === 'string' && query[key] ? [[key, query[key]]] : [],
    ),
  );

/** The URL's filters as the server takes them. */
const toServerQuery = (filters: ReviewFilterValues): ListReviews.Query => ({
  state: REVIEW_STATES.includes(filters.state as ReviewState)
    ? (filters.state as ReviewState)
    : undefined,
  stage: filters.stage,
  contentType: filters.contentType,
  submitter:
    filters.submitter && /^[1-9]\d*$/.test(filters.submitter)
      ? Number(filters.submitter)
      : undefined,
});

/** Loading, error and empty states around a table of reviews. */
const ReviewsSection = ({
  state,
  label,
  emptyMessage,
  children,
}: {
  state: QueryState<ListReviews.Response>;
  label: string;
  emptyMessage: string;
  children: (response: ListReviews.Response) => React.ReactNode;
}) => {
  const { formatMessage } = useIntl();
  if (state.isLoading && !state.data) {
    return (
      <LoadingState
        message={formatMessage(
          { id: getTranslation('approvals.loading'), defaultMessage: 'Loading {section}…' },
          { section: label },
        )}
      />
    );
  }
  if (state.error || !state.data) {
    return (
      <LoadError
        message={formatMessage({
          id: getTranslation('approvals.error'),
          defaultMessage: 'The reviews could not be loaded.',
        })}
        onRetry={state.reload}
      />
    );
  }
  if (state.data.data.length === 0) return <EmptyStateLayout content={emptyMessage} />;
  return <Box aria-busy={state.isLoading}>{children(state.data)}</Box>;
};

const ApprovalsPage = () => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const errorMessage = useErrorMessage();
  const user = useAuth('ApprovalsPage', (auth) => auth.user);
  const [{ query }, setQuery] = useQueryParams<ApprovalsQuery>();

  const filters = filtersOf(query);
  const page = positiveInteger(query.page, 1);
  const pageSize = positiveInteger(query.pageSize, DEFAULT_PAGE_SIZE, 100);
  const inbox = useReviews({ mine: true, page: 1, pageSize: INBOX_PAGE_SIZE });
  const all = useReviews({ ...toServerQuery(filters), page, pageSize });
  // Stages and content types for the filters: every workflow for those who may manage them (the
  // route needs that permission), else the workflows of the reviews seen so far.
  const {
    isLoading: isLoadingPermissions,
    allowedActions: { canManage },
  } = useRBAC({ manage: PERMISSIONS.workflowsManage });
  const workflows = useWorkflows(isLoadingPermissions || !canManage);

  const error = inbox.error ?? all.error;
  React.useEffect(() => {
    if (error) toggleNotification({ type: 'danger', message: errorMessage(error) });
  }, [error, errorMessage, toggleNotification]);

  // Everyone seen submitting so far, so that the submitter filter offers names rather than ids.
  const reviews = [...(inbox.data?.data ?? []), ...(all.data?.data ?? [])];
  const seenWorkflows = useSeen<Workflow>(
    reviews.map((review) => review.workflow),
    (workflow) => workflow.id,
  );
  const people = reviews.flatMap((review) => (review.submittedBy ? [review.submittedBy] : []));
  if (user)
    people.push({
      id: Number(user.id),
      name: [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email || '',
    });
  const submitters = useSeen<Person>(people, (person) => person.id);
  const submitterOptions = [...submitters.values()].sort((a, b) => a.name.localeCompare(b.name));
  if (filters.submitter && !submitters.has(Number(filters.submitter))) {
    submitterOptions.push({ id: Number(filters.submitter), name: `#${filters.submitter}` });
  }

  const applyFilters = (next: ReviewFilterValues) => {
    // Replace every filter key: the ones left empty are removed from the URL.
    const cleared = Object.fromEntries(REVIEW_FILTER_KEYS.map((key) => [key, undefined]));
    setQuery({ ...cleared, ...next, page: '1', pageSize: String(pageSize) } as ApprovalsQuery);
  };

  const refresh = () => {
    inbox.reload();
    all.reload();
  };

  const title = formatMessage({
    id: getTranslation('approvals.title'),
    defaultMessage: 'Approvals',
  });
  const inboxLabel = formatMessage({
    id: getTranslation('approvals.inbox'),
    defaultMessage: 'Waiting for you',
  });
  const allLabel = formatMessage({
    id: getTranslation('approvals.all'),
    defaultMessage: 'All reviews',
  });
  const hasFilters = Object.keys(filters).length > 0;

  return (
    <PageFrame
      title={title}
      subtitle={formatMessage({
        id: getTranslation('approvals.subtitle'),
        defaultMessage:
          'Strategies, brand materials and competitor profiles under review, and those waiting for your approval',
      })}
      primaryAction={
        <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={refresh}>
          {formatMessage({ id: getTranslation('approvals.refresh'), defaultMessage: 'Refresh' })}
        </Button>
      }
      isBusy={inbox.isLoading || all.isLoading}
      gap={8}
    >
      <Flex tag="section" direction="column" alignItems="stretch" gap={4} aria-label={inboxLabel}>
        <Flex gap={2} alignItems="baseline">
          <Typography tag="h2" variant="delta">
            {inboxLabel}
          </Typography>
          {inbox.data ? (
            <Typography variant="pi" textColor="neutral600" role="status">
              {formatMessage(
                {
                  id: getTranslation('approvals.inbox.count'),
                  defaultMessage:
                    '{total, plural, =0 {nothing to approve} one {# to approve} other {# to approve}}',
                },
                { total: inbox.data.meta.pagination.total },
              )}
            </Typography>
          ) : null}
        </Flex>
        <ReviewsSection
          state={inbox}
          label={inboxLabel}
          emptyMessage={formatMessage({
            id: getTranslation('approvals.inbox.empty'),
            defaultMessage: 'Nothing is waiting for your approval.',
          })}
        >
          {(response) => <ReviewTable reviews={response.data} label={inboxLabel} />}
        </ReviewsSection>
      </Flex>

      <Flex tag="section" direction="column" alignItems="stretch" gap={4} aria-label={allLabel}>
        <Typography tag="h2" variant="delta">
          {allLabel}
        </Typography>
        <ReviewFilters
          value={filters}
          workflows={workflows.data?.data ?? [...seenWorkflows.values()]}
          submitters={submitterOptions}
          onChange={applyFilters}
        />
        {all.data ? (
          <Typography variant="pi" textColor="neutral600" role="status">
            {hasFilters
              ? formatMessage(
                  {
                    id: getTranslation('approvals.filtered'),
                    defaultMessage:
                      '{total, plural, one {# review matches} other {# reviews match}} the filters.',
                  },
                  { total: all.data.meta.pagination.total },
                )
              : formatMessage(
                  {
                    id: getTranslation('approvals.total'),
                    defaultMessage: '{total, plural, one {# review} other {# reviews}} in all.',
                  },
                  { total: all.data.meta.pagination.total },
                )}
          </Typography>
        ) : null}
        <ReviewsSection
          state={all}
          label={allLabel}
          emptyMessage={
            hasFilters
              ? formatMessage({
                  id: getTranslation('approvals.emptyFiltered'),
                  defaultMessage: 'No review matches these filters.',
                })
              : formatMessage({
                  id: getTranslation('approvals.empty'),
                  defaultMessage: 'Nothing has been submitted for review yet.',
                })
          }
        >
          {(response) => (
            <>
              <ReviewTable reviews={response.data} label={allLabel} />
              <Pagination.Root
                pageCount={response.meta.pagination.pageCount}
                total={response.meta.pagination.total}
                defaultPageSize={DEFAULT_PAGE_SIZE}
              >
                <Pagination.PageSize options={['10', '25', '50', '100']} />
                <Pagination.Links />
              </Pagination.Root>
            </>
          )}
        </ReviewsSection>
      </Flex>
      <StandInsSection />
    </PageFrame>
  );
};

/** The approvals inbox and every review, shown only to holders of `plugin::synergy.reviews.read`. */
export const ProtectedApprovalsPage = () => (
  <Page.Protect permissions={PERMISSIONS.reviewsRead}>
    <ApprovalsPage />
  </Page.Protect>
);

export default ProtectedApprovalsPage;
