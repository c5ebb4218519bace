import { createIntl } from 'react-intl';
import en from '../../translations/en.json';
import zh from '../../translations/zh-Hans.json';
import { formatWaitingTime, splitDuration } from '../waiting-time';

const prefixed = (messages: Record<string, string>) =>
  Object.fromEntries(Object.entries(messages).map(([key, value]) => [`synergy.${key}`, value]));

const NOW = new Date('2026-12-03T12:00:00.000Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('formatWaitingTime', () => {
  const english = createIntl({ locale: 'en', messages: prefixed(en) });
  const chinese = createIntl({ locale: 'zh-Hans', messages: prefixed(zh) });

  it('says days and hours, hours and minutes, or minutes, in both languages', () => {
    expect(formatWaitingTime(english, ago(2 * 24 * HOUR + 4 * HOUR + 7 * MINUTE), NOW)).toBe(
      '2 days 4 h',
    );
    expect(formatWaitingTime(english, ago(24 * HOUR), NOW)).toBe('1 day 0 h');
    expect(formatWaitingTime(english, ago(3 * HOUR + 5 * MINUTE), NOW)).toBe('3 h 5 min');
    expect(formatWaitingTime(english, ago(35 * MINUTE + 59_000), NOW)).toBe('35 min');
    expect(formatWaitingTime(chinese, ago(2 * 24 * HOUR + 4 * HOUR), NOW)).toBe('2 天 4 小时');
    expect(formatWaitingTime(chinese, ago(3 * HOUR + 5 * MINUTE), NOW)).toBe('3 小时 5 分钟');
  });

  it('shows a dash for a review that is not waiting, and 0 min for a clock slightly ahead', () => {
    expect(formatWaitingTime(english, null, NOW)).toBe('—');
    expect(formatWaitingTime(english, ago(-5_000), NOW)).toBe('0 min');
    expect(splitDuration(-1)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });
});
