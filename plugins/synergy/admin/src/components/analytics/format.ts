import type { IntlShape } from 'react-intl';
import { getTranslation } from '../../utils/getTranslation';

/** What a figure is, which decides how it is written and which way is better. */
export type FigureKind = 'count' | 'mean' | 'nps' | 'rate' | 'hours' | 'score' | 'money' | 'ratio';

const EMPTY = { id: getTranslation('value.empty'), defaultMessage: '—' };

/** A figure the server could not compute is `null`: shown as "—", never as 0. */
export const isMissing = (value: number | null | undefined): value is null | undefined =>
  value === null || value === undefined || Number.isNaN(value);

export const formatFigure = (
  intl: IntlShape,
  value: number | null | undefined,
  kind: FigureKind,
): string => {
  if (isMissing(value)) return intl.formatMessage(EMPTY);
  switch (kind) {
    case 'count':
      return intl.formatNumber(value, { maximumFractionDigits: 0 });
    case 'mean':
      return intl.formatNumber(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    case 'nps':
    case 'score':
      return intl.formatNumber(value, { maximumFractionDigits: 0 });
    case 'rate':
      return intl.formatNumber(value, { style: 'percent', maximumFractionDigits: 1 });
    case 'ratio':
      return intl.formatNumber(value, {
        style: 'percent',
        maximumFractionDigits: 0,
        signDisplay: 'exceptZero',
      });
    case 'hours':
      return intl.formatMessage(
        { id: getTranslation('analytics.unit.hours'), defaultMessage: '{value} h' },
        { value: intl.formatNumber(value, { maximumFractionDigits: 1 }) },
      );
    case 'money':
      return intl.formatMessage(
        {
          id: getTranslation('analytics.unit.tenThousandCny'),
          defaultMessage: '{value} × 10k CNY',
        },
        { value: intl.formatNumber(value, { maximumFractionDigits: 1 }) },
      );
    default:
      return String(value);
  }
};

/**
 * How a chart axis writes its ticks: short, with the unit in the axis title or the card's subtitle.
 * An amount in 10k CNY is a plain number there (as a `ratio`, 2,600 would read "+260,000%").
 */
export const axisTickKind = (kind: FigureKind): FigureKind => (kind === 'money' ? 'count' : kind);

export const formatAxisTick = (intl: IntlShape, value: number | null, kind: FigureKind): string =>
  formatFigure(intl, value, axisTickKind(kind));

/** A change against the previous period, with its sign; rates change in percentage points. */
export const formatChange = (
  intl: IntlShape,
  value: number | null | undefined,
  kind: FigureKind,
): string => {
  if (isMissing(value)) return intl.formatMessage(EMPTY);
  switch (kind) {
    case 'rate':
      return intl.formatMessage(
        { id: getTranslation('analytics.unit.points'), defaultMessage: '{value} pp' },
        {
          value: intl.formatNumber(value * 100, {
            maximumFractionDigits: 1,
            signDisplay: 'exceptZero',
          }),
        },
      );
    case 'hours':
      return intl.formatMessage(
        { id: getTranslation('analytics.unit.hours'), defaultMessage: '{value} h' },
        {
          value: intl.formatNumber(value, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
        },
      );
    case 'mean':
      return intl.formatNumber(value, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
    default:
      return intl.formatNumber(value, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  }
};

/** Whether a rise of the figure is good news (satisfaction) or bad news (hours, complaints). */
export type Direction = 'higherIsBetter' | 'lowerIsBetter' | 'neutral';

export type Tone = 'good' | 'bad' | 'neutral';

export const toneOf = (change: number | null | undefined, direction: Direction): Tone => {
  if (isMissing(change) || change === 0 || direction === 'neutral') return 'neutral';
  return change > 0 === (direction === 'higherIsBetter') ? 'good' : 'bad';
};

/** An enumeration value through the content manager's own message id (the raw value). */
export const enumLabel = (intl: IntlShape, value: string | null | undefined): string =>
  value ? intl.formatMessage({ id: value, defaultMessage: value }) : intl.formatMessage(EMPTY);

/** 'YYYY-MM' as a short month name of the locale. */
export const formatMonth = (intl: IntlShape, month: string): string => {
  const [year, monthNumber] = month.split('-').map(Number);
  if (!year || !monthNumber) return month;
  return intl.formatDate(Date.UTC(year, monthNumber - 1, 1), {
    year: '2-digit',
    month: 'short',
    timeZone: 'UTC',
  });
};

/** An ISO date or instant as a calendar day. */
export const formatDay = (intl: IntlShape, value: string | null | undefined): string =>
  value ? intl.formatDate(value, { dateStyle: 'medium' }) : intl.formatMessage(EMPTY);
