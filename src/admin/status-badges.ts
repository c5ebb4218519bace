/**
 * The content manager shows a list column named `status` as its Draft & Publish badge, whatever
 * the field is: it ignores a plugin's cell formatter for that column and labels the badge with
 * `content-manager.containers.List.<value>`, else the capitalised value (`In_progress`). Customers,
 * feedback, tickets, strategies and campaigns have an enumeration named `status`, so every
 * enumeration label (a message keyed by its raw value) is given under that id too.
 */
const ENUMERATION_VALUE = /^[a-z][a-z0-9_]*$/;

export const STATUS_BADGE_PREFIX = 'content-manager.containers.List.';

export const statusBadgeMessages = (messages: Record<string, string>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(messages)
      .filter(([key]) => ENUMERATION_VALUE.test(key))
      .map(([value, label]) => [`${STATUS_BADGE_PREFIX}${value}`, label]),
  );
