import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { ReviewEvent } from '../../../shared/contracts/reviews';
import { getTranslation } from '../utils/getTranslation';
import { formatReviewTime, reviewEventMessage } from './ReviewStateBadge';

const DOT_COLOURS: Partial<Record<ReviewEvent['action'], string>> = {
  approve: 'success600',
  complete: 'success600',
  reject: 'danger600',
  reset: 'warning600',
  remind: 'warning600',
  escalate: 'danger600',
  withdraw: 'neutral500',
};

/** A review's history, newest first: action, actor, stage, comment and time of every event. */
export const ReviewTimeline = ({ events }: { events: ReviewEvent[] }) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const label = formatMessage({ id: getTranslation('reviews.history'), defaultMessage: 'History' });

  if (events.length === 0) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({
          id: getTranslation('reviews.history.empty'),
          defaultMessage: 'No review action yet.',
        })}
      </Typography>
    );
  }

  const newestFirst = [...events].reverse();
  return (
    <Box tag="ol" aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {newestFirst.map((event, index) => (
        <Box
          tag="li"
          key={event.id}
          paddingLeft={5}
          paddingBottom={index === newestFirst.length - 1 ? 0 : 4}
          position="relative"
        >
          {index === newestFirst.length - 1 ? null : (
            <Box
              aria-hidden
              position="absolute"
              background="neutral200"
              style={{ width: 2, left: 4, top: 14, bottom: 0 }}
            />
          )}
          <Box
            aria-hidden
            position="absolute"
            background={DOT_COLOURS[event.action] ?? 'primary600'}
            style={{ width: 10, height: 10, left: 0, top: 4, borderRadius: '50%' }}
          />
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Typography variant="omega" fontWeight="bold" textColor="neutral800">
              {formatMessage(reviewEventMessage(event.action))}
              {event.stageName ? ` · ${event.stageName}` : ''}
            </Typography>
            <Typography variant="pi" textColor="neutral600">
              {formatMessage(
                { id: getTranslation('reviews.history.byAt'), defaultMessage: '{actor}, {time}' },
                {
                  actor: event.standIn
                    ? formatMessage(
                        {
                          id: getTranslation('reviews.history.standIn'),
                          defaultMessage: '{standIn} for {actor}',
                        },
                        { standIn: event.standIn.name, actor: event.actor?.name ?? '' },
                      )
                    : (event.actor?.name ??
                      formatMessage({
                        id: getTranslation('reviews.history.system'),
                        defaultMessage: 'System',
                      })),
                  time: formatReviewTime(intl, event.createdAt),
                },
              )}
            </Typography>
            {event.comment ? (
              <Box background="neutral100" hasRadius padding={2} width="100%">
                <Typography
                  variant="pi"
                  textColor="neutral800"
                  style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
                >
                  {event.comment}
                </Typography>
              </Box>
            ) : null}
          </Flex>
        </Box>
      ))}
    </Box>
  );
};
