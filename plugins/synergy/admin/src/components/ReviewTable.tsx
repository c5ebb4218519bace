import { Link, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import type { Review } from '../../../shared/contracts/reviews';
import { getTranslation } from '../utils/getTranslation';
import { formatWaitingTime } from '../utils/waiting-time';
import { TableHead, translatedHeaders } from './TableHead';
import { contentTypeLabel } from './audit-format';
import {
  formatReviewTime,
  reviewDocumentPath,
  ReviewStateBadge,
  reviewTitle,
} from './ReviewStateBadge';

const COLUMNS = [
  { key: 'document', defaultMessage: 'Document' },
  { key: 'contentType', defaultMessage: 'Content type' },
  { key: 'state', defaultMessage: 'State' },
  { key: 'stage', defaultMessage: 'Stage' },
  { key: 'approvals', defaultMessage: 'Approvals' },
  { key: 'waiting', defaultMessage: 'Waiting' },
  { key: 'submittedBy', defaultMessage: 'Submitted by' },
  { key: 'updatedAt', defaultMessage: 'Last change' },
] as const;

interface ReviewTableProps {
  reviews: Review[];
  /** The table's accessible name ("Waiting for you", "All reviews"). */
  label: string;
}

/** Reviews, one row each, the document's title linking to its edit view in the content manager. */
export const ReviewTable = ({ reviews, label }: ReviewTableProps) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const empty = formatMessage({ id: getTranslation('value.empty'), defaultMessage: '—' });

  return (
    <Table colCount={COLUMNS.length} rowCount={reviews.length + 1} aria-label={label}>
      <TableHead headers={translatedHeaders(formatMessage, 'approvals.column', COLUMNS)} />
      <Tbody>
        {reviews.map((review) => (
          <Tr key={review.id}>
            <Td>
              <Link tag={NavLink} to={reviewDocumentPath(review.contentType, review.documentId)}>
                {reviewTitle(review)}
              </Link>
            </Td>
            <Td>
              <Typography textColor="neutral800">
                {contentTypeLabel(intl, review.contentType)}
              </Typography>
            </Td>
            <Td>
              <ReviewStateBadge state={review.state} />
            </Td>
            <Td>
              <Typography textColor="neutral800">
                {review.state === 'in_review' ? (review.stage?.name ?? empty) : empty}
              </Typography>
            </Td>
            <Td>
              <Typography textColor="neutral800">
                {review.state === 'in_review'
                  ? formatMessage(
                      {
                        id: getTranslation('reviews.panel.approvalsCount'),
                        defaultMessage: '{soFar} of {needed}',
                      },
                      { soFar: review.approvalsSoFar, needed: review.approvalsNeeded },
                    )
                  : empty}
              </Typography>
            </Td>
            <Td>
              <Typography
                textColor="neutral800"
                title={
                  review.waitingSince ? formatReviewTime(intl, review.waitingSince) : undefined
                }
              >
                {formatWaitingTime(intl, review.waitingSince)}
              </Typography>
            </Td>
            <Td>
              <Typography textColor="neutral800">{review.submittedBy?.name ?? empty}</Typography>
            </Td>
            <Td>
              <Typography textColor="neutral800">
                {formatReviewTime(intl, review.updatedAt)}
              </Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
