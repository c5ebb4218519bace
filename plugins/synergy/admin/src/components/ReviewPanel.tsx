import * as React from 'react';
import { Button, Divider, Flex, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useForm, useRBAC } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import type { GetDocumentReview } from '../../../shared/contracts/reviews';
import { PERMISSIONS } from '../permissions';
import { statusOf } from '../services/api';
import { useDocumentReview } from '../services/reviews';
import { getTranslation } from '../utils/getTranslation';
import { ReviewActions } from './ReviewActions';
import { formatReviewTime, ReviewStateBadge } from './ReviewStateBadge';
import { ReviewTimeline } from './ReviewTimeline';

const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Flex direction="column" alignItems="flex-start" gap={1}>
    <Typography variant="sigma" textColor="neutral600">
      {label}
    </Typography>
    <Typography variant="omega" textColor="neutral800">
      {children}
    </Typography>
  </Flex>
);

interface ReviewPanelContentProps {
  contentType: string;
  documentId: string;
  data: GetDocumentReview.Response;
  isLoading: boolean;
}

/** State, stage, approvals, submitter, the user's buttons, and the history of one document's review. */
const ReviewPanelContent = ({
  contentType,
  documentId,
  data,
  isLoading,
}: ReviewPanelContentProps) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const modified = useForm('ReviewPanel', (state) => state.modified, false) ?? false;
  const review = data.data;
  const workflow = review?.workflow ?? data.meta.workflow;
  const stageCount = workflow?.stages.length ?? 0;

  return (
    <Flex direction="column" alignItems="stretch" gap={4} aria-busy={isLoading} width="100%">
      <Flex justifyContent="space-between" gap={2} wrap="wrap">
        <ReviewStateBadge state={review?.state ?? 'draft'} />
        {workflow ? (
          <Typography variant="pi" textColor="neutral600">
            {workflow.name}
          </Typography>
        ) : null}
      </Flex>

      {review?.state === 'in_review' && review.stage ? (
        <>
          <Row
            label={formatMessage(
              {
                id: getTranslation('reviews.panel.stage'),
                defaultMessage: 'Stage {index} of {count}',
              },
              { index: review.stageIndex + 1, count: stageCount },
            )}
          >
            {review.stage.name}
          </Row>
          <Row
            label={formatMessage({
              id: getTranslation('reviews.panel.approvals'),
              defaultMessage: 'Approvals',
            })}
          >
            {formatMessage(
              {
                id: getTranslation('reviews.panel.approvalsCount'),
                defaultMessage: '{soFar} of {needed}',
              },
              { soFar: review.approvalsSoFar, needed: review.approvalsNeeded },
            )}
          </Row>
          {review.stage.approverRoleNames.length > 0 ? (
            <Row
              label={formatMessage({
                id: getTranslation('reviews.panel.approvers'),
                defaultMessage: 'Approvers',
              })}
            >
              {review.stage.approverRoleNames.join(
                formatMessage({ id: getTranslation('value.separator'), defaultMessage: ', ' }),
              )}
            </Row>
          ) : null}
        </>
      ) : null}

      {review?.submittedBy ? (
        <Row
          label={formatMessage({
            id: getTranslation('reviews.panel.submitted'),
            defaultMessage: 'Submitted',
          })}
        >
          {formatMessage(
            { id: getTranslation('reviews.panel.submittedByAt'), defaultMessage: '{name}, {time}' },
            { name: review.submittedBy.name, time: formatReviewTime(intl, review.submittedAt) },
          )}
        </Row>
      ) : null}

      {!review ? (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage({
            id: getTranslation('reviews.panel.notSubmitted'),
            defaultMessage:
              'Not submitted yet: it must be approved at every stage before it takes effect.',
          })}
        </Typography>
      ) : null}

      <ReviewActions
        contentType={contentType}
        documentId={documentId}
        review={review}
        canSubmit={data.meta.canSubmit}
        hasUnsavedChanges={modified}
      />

      {review ? (
        <>
          <Divider />
          <Typography variant="sigma" textColor="neutral600" tag="h3">
            {formatMessage({ id: getTranslation('reviews.history'), defaultMessage: 'History' })}
          </Typography>
          <ReviewTimeline events={review.events} />
        </>
      ) : null}
    </Flex>
  );
};

/**
 * Edit-view side panel of the content types a workflow governs: the document's review and what the
 * current user may do with it. Hidden for other types, for new documents and without
 * `plugin::synergy.reviews.read`.
 */
export const ReviewPanel: PanelComponent = ({ model, documentId }) => {
  const { formatMessage } = useIntl();
  const {
    isLoading: isLoadingPermissions,
    allowedActions: { canRead },
  } = useRBAC({ read: PERMISSIONS.reviewsRead });
  const hasDocument = Boolean(documentId && documentId !== 'create');
  const { data, error, isLoading, reload } = useDocumentReview(
    model,
    documentId,
    isLoadingPermissions || !canRead || !hasDocument,
  );
  if (!hasDocument || !documentId || isLoadingPermissions || !canRead) return null;
  // Not governed (or not readable): no panel at all.
  if (statusOf(error) === 403 || statusOf(error) === 404) return null;
  if (data && !data.meta.workflow && !data.data) return null;
  // The first load shows nothing, so that ungoverned types never flash a panel.
  if (!data && !error) return null;

  const title = formatMessage({
    id: getTranslation('reviews.panel.title'),
    defaultMessage: 'Review',
  });
  if (!data) {
    return {
      title,
      content: (
        <Flex direction="column" alignItems="stretch" gap={2} width="100%">
          <Typography variant="pi" textColor="danger600">
            {formatMessage({
              id: getTranslation('reviews.panel.error'),
              defaultMessage: 'The review could not be loaded.',
            })}
          </Typography>
          <Button variant="secondary" size="S" startIcon={<ArrowClockwise />} onClick={reload}>
            {formatMessage({ id: getTranslation('reviews.retry'), defaultMessage: 'Retry' })}
          </Button>
        </Flex>
      ),
    };
  }

  return {
    title,
    content: (
      <ReviewPanelContent
        contentType={model}
        documentId={documentId}
        data={data}
        isLoading={isLoading}
      />
    ),
  };
};
