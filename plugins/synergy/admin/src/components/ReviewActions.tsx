import * as React from 'react';
import { Button, Flex, Typography } from '@strapi/design-system';
import { ArrowLeft, Check, PaperPlane } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { Review, ReviewAction } from '../../../shared/contracts/reviews';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { isVersionConflict, useReviewActions } from '../services/reviews';
import { getTranslation } from '../utils/getTranslation';
import { ReviewRejectDialog } from './ReviewRejectDialog';

interface ReviewActionsProps {
  contentType: string;
  documentId: string;
  review: Review | null;
  /** Whether the user may submit a document that has no review yet. */
  canSubmit: boolean;
  /** Unsaved edits in the form: submitting now would submit the saved version. */
  hasUnsavedChanges: boolean;
}

const SUCCESS: Record<ReviewAction, { id: string; defaultMessage: string }> = {
  submit: { id: getTranslation('reviews.done.submit'), defaultMessage: 'Submitted for review.' },
  approve: { id: getTranslation('reviews.done.approve'), defaultMessage: 'Approved.' },
  reject: {
    id: getTranslation('reviews.done.reject'),
    defaultMessage: 'Rejected: changes requested.',
  },
  withdraw: {
    id: getTranslation('reviews.done.withdraw'),
    defaultMessage: 'Withdrawn: back to draft.',
  },
};

/** The review buttons the current user may use now (the server's `allowedActions`, or `canSubmit`). */
export const ReviewActions = ({
  contentType,
  documentId,
  review,
  canSubmit,
  hasUnsavedChanges,
}: ReviewActionsProps) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const errorMessage = useErrorMessage();
  const { submit, act } = useReviewActions();
  const [pending, setPending] = React.useState<ReviewAction | null>(null);

  const allowed = new Set<ReviewAction>(
    review ? review.allowedActions : canSubmit ? ['submit'] : [],
  );

  /**
   * Runs one action; answers whether it succeeded. Every action, refused ones too (409: a stale
   * version), invalidates the review and the document, so the panel shows the server's state.
   */
  const run = async (action: ReviewAction, comment?: string): Promise<boolean> => {
    setPending(action);
    try {
      if (action === 'submit') {
        await submit({
          contentType,
          documentId,
          version: review?.version ?? 0,
          ...(comment ? { comment } : {}),
        });
      } else if (review) {
        await act(review, action, { version: review.version, ...(comment ? { comment } : {}) });
      }
      toggleNotification({ type: 'success', message: formatMessage(SUCCESS[action]) });
      return true;
    } catch (error) {
      toggleNotification(
        isVersionConflict(error)
          ? {
              type: 'warning',
              message: formatMessage({
                id: getTranslation('reviews.conflict'),
                defaultMessage: 'Someone else acted first — refreshed.',
              }),
            }
          : { type: 'danger', message: errorMessage(error) },
      );
      // After a conflict the dialog has nothing left to do: the review has changed.
      return isVersionConflict(error);
    } finally {
      setPending(null);
    }
  };

  if (allowed.size === 0) return null;
  const busy = pending !== null;

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {allowed.has('submit') ? (
        <>
          <Button
            startIcon={<PaperPlane />}
            loading={pending === 'submit'}
            disabled={busy || hasUnsavedChanges}
            onClick={() => run('submit')}
            fullWidth
          >
            {review && review.state !== 'draft'
              ? formatMessage({
                  id: getTranslation('reviews.action.resubmit'),
                  defaultMessage: 'Submit again',
                })
              : formatMessage({
                  id: getTranslation('reviews.action.submit'),
                  defaultMessage: 'Submit for review',
                })}
          </Button>
          {hasUnsavedChanges ? (
            <Typography variant="pi" textColor="neutral600">
              {formatMessage({
                id: getTranslation('reviews.saveFirst'),
                defaultMessage: 'Save your changes before submitting them for review.',
              })}
            </Typography>
          ) : null}
        </>
      ) : null}
      {allowed.has('approve') ? (
        <Button
          variant="success"
          startIcon={<Check />}
          loading={pending === 'approve'}
          disabled={busy}
          onClick={() => run('approve')}
          fullWidth
        >
          {formatMessage({
            id: getTranslation('reviews.action.approve'),
            defaultMessage: 'Approve',
          })}
        </Button>
      ) : null}
      {allowed.has('reject') ? (
        <ReviewRejectDialog
          stageName={review?.stage?.name ?? null}
          disabled={busy}
          onReject={(comment) => run('reject', comment)}
        />
      ) : null}
      {allowed.has('withdraw') ? (
        <Button
          variant="tertiary"
          startIcon={<ArrowLeft />}
          loading={pending === 'withdraw'}
          disabled={busy}
          onClick={() => run('withdraw')}
          fullWidth
        >
          {formatMessage({
            id: getTranslation('reviews.action.withdraw'),
            defaultMessage: 'Withdraw',
          })}
        </Button>
      ) : null}
    </Flex>
  );
};
