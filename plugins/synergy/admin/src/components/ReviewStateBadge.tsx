import { Badge } from '@strapi/design-system';
import type { IntlShape } from 'react-intl';
import { useIntl } from 'react-intl';
import {
  REVIEW_STATES,
  type Review,
  type ReviewEventAction,
  type ReviewState,
} from '../../../shared/contracts/reviews';
import { getTranslation } from '../utils/getTranslation';
import { editViewPath } from '../utils/links';

export { REVIEW_STATES };

const STATE_DEFAULTS: Record<ReviewState, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
};

const STATE_VARIANTS = {
  draft: 'neutral',
  in_review: 'secondary',
  changes_requested: 'warning',
  approved: 'success',
} as const;

const EVENT_DEFAULTS: Record<ReviewEventAction, string> = {
  submit: 'Submitted',
  approve: 'Approved',
  reject: 'Rejected',
  withdraw: 'Withdrew',
  advance: 'Moved to the next stage',
  complete: 'Review completed',
  reset: 'Reset to draft after an edit',
  remind: 'Reminder sent to the approvers',
  escalate: 'Escalated',
};

export const reviewStateMessage = (state: ReviewState) => ({
  id: getTranslation(`reviews.state.${state}`),
  defaultMessage: STATE_DEFAULTS[state] ?? state,
});

export const reviewEventMessage = (action: ReviewEventAction) => ({
  id: getTranslation(`reviews.event.${action}`),
  defaultMessage: EVENT_DEFAULTS[action] ?? action,
});

/** A review's state as a coloured badge ("In review", "审核中"). */
export const ReviewStateBadge = ({ state }: { state: ReviewState }) => {
  const { formatMessage } = useIntl();
  return (
    <Badge variant={STATE_VARIANTS[state] ?? 'neutral'}>
      {formatMessage(reviewStateMessage(state))}
    </Badge>
  );
};

/** The document's title, or its documentId when it has none. */
export const reviewTitle = (review: Pick<Review, 'documentTitle' | 'documentId'>) =>
  review.documentTitle || review.documentId;

/** A date and time in the admin panel's language. */
export const formatReviewTime = (intl: IntlShape, value: string | null | undefined) =>
  value
    ? intl.formatDate(value, { dateStyle: 'medium', timeStyle: 'short' })
    : intl.formatMessage({ id: getTranslation('value.empty'), defaultMessage: '—' });

/** Localized types open in the content manager on their default locale (zh-Hans, SPEC §2). */
const LOCALIZED_TYPES = new Set(['api::brand-material.brand-material']);

/** The content manager's edit view of a reviewed document. */
export const reviewDocumentPath = (contentType: string, documentId: string) =>
  LOCALIZED_TYPES.has(contentType)
    ? `${editViewPath(contentType, documentId)}?plugins[i18n][locale]=zh-Hans`
    : editViewPath(contentType, documentId);
