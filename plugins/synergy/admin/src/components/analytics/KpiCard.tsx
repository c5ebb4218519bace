import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { ArrowDown, ArrowRight, ArrowUp } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { getTranslation } from '../../utils/getTranslation';
import {
  formatChange,
  formatFigure,
  isMissing,
  toneOf,
  type Direction,
  type FigureKind,
} from './format';

export interface KpiCardProps {
  title: string;
  value: number | null | undefined;
  kind: FigureKind;
  /** current − previous; leave out for figures without a previous period. */
  change?: number | null;
  previous?: number | null;
  direction?: Direction;
  /** The records behind the figure. */
  href?: string;
  hint?: string;
}

const TONE_COLOUR = { good: 'success600', bad: 'danger600', neutral: 'neutral600' } as const;

/** One headline figure with its change against the previous period of equal length. */
export const KpiCard = ({
  title,
  value,
  kind,
  change,
  previous,
  direction = 'higherIsBetter',
  href,
  hint,
}: KpiCardProps) => {
  const intl = useIntl();
  const text = formatFigure(intl, value, kind);
  const tone = toneOf(change, direction);
  const hasChange = change !== undefined;
  const ChangeIcon =
    isMissing(change) || change === 0 ? ArrowRight : change > 0 ? ArrowUp : ArrowDown;
  const changeLabel = intl.formatMessage(
    {
      id: getTranslation('analytics.kpi.change'),
      defaultMessage: '{change} vs previous period ({previous})',
    },
    { change: formatChange(intl, change, kind), previous: formatFigure(intl, previous, kind) },
  );

  return (
    <Box
      background="neutral0"
      hasRadius
      shadow="tableShadow"
      padding={5}
      height="100%"
      tag="article"
      aria-label={title}
    >
      <Flex direction="column" alignItems="flex-start" gap={2}>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {title}
        </Typography>
        <Typography variant="alpha" tag="p" fontWeight="bold">
          {href && !isMissing(value) ? (
            <Link
              tag={NavLink}
              to={href}
              aria-label={intl.formatMessage(
                {
                  id: getTranslation('analytics.openRecords'),
                  defaultMessage: '{label}: {value}, open the records',
                },
                { label: title, value: text },
              )}
            >
              <Typography variant="alpha" tag="span" fontWeight="bold" textColor="primary600">
                {text}
              </Typography>
            </Link>
          ) : (
            text
          )}
        </Typography>
        {hasChange ? (
          <Flex gap={1} alignItems="center">
            <Typography textColor={TONE_COLOUR[tone]} aria-hidden>
              <ChangeIcon width="1.2rem" height="1.2rem" fill="currentColor" />
            </Typography>
            <Typography variant="pi" textColor={TONE_COLOUR[tone]}>
              {changeLabel}
            </Typography>
          </Flex>
        ) : null}
        {hint ? (
          <Typography variant="pi" textColor="neutral500">
            {hint}
          </Typography>
        ) : null}
      </Flex>
    </Box>
  );
};
