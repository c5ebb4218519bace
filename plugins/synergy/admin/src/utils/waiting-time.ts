import type { IntlShape } from 'react-intl';
import { getTranslation } from './getTranslation';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Whole days, hours and minutes in `ms` (never negative: a clock a little ahead reads 0). */
export const splitDuration = (ms: number) => {
  const rest = Math.max(0, ms);
  return {
    days: Math.floor(rest / DAY),
    hours: Math.floor((rest % DAY) / HOUR),
    minutes: Math.floor((rest % HOUR) / MINUTE),
  };
};

/** How long a review has waited at its stage, to the two largest units ("2 days 4 h", "35 min"). */
export const formatWaitingTime = (intl: IntlShape, since: string | null, now = new Date()) => {
  if (!since) return intl.formatMessage({ id: getTranslation('value.empty'), defaultMessage: '—' });
  const { days, hours, minutes } = splitDuration(now.getTime() - new Date(since).getTime());
  if (days > 0)
    return intl.formatMessage(
      {
        id: getTranslation('approvals.waiting.days'),
        defaultMessage: '{days, plural, one {# day} other {# days}} {hours} h',
      },
      { days, hours },
    );
  if (hours > 0)
    return intl.formatMessage(
      { id: getTranslation('approvals.waiting.hours'), defaultMessage: '{hours} h {minutes} min' },
      { hours, minutes },
    );
  return intl.formatMessage(
    { id: getTranslation('approvals.waiting.minutes'), defaultMessage: '{minutes} min' },
    { minutes },
  );
};
