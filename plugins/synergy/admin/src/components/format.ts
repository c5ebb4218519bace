import type { IntlShape } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';

/** How a value of a record is shown in the Customer 360 page. */
export type ValueKind =
  'text' | 'enum' | 'datetime' | 'date' | 'number' | 'boolean' | 'relation' | 'relations';

const EMPTY = { id: getTranslation('value.empty'), defaultMessage: '—' };

const nameOf = (value: unknown, mainField: string) =>
  value && typeof value === 'object' ? (value as Record<string, unknown>)[mainField] : undefined;

/**
 * Formats one field for display. Enumeration values use the same message ids as the content
 * manager (the raw value), so both show the same translated label.
 */
export const formatValue = (
  intl: IntlShape,
  value: unknown,
  kind: ValueKind,
  mainField = 'name',
): string => {
  if (value === null || value === undefined || value === '') return intl.formatMessage(EMPTY);
  switch (kind) {
    case 'enum':
      return intl.formatMessage({ id: String(value), defaultMessage: String(value) });
    case 'datetime':
      return intl.formatDate(String(value), { dateStyle: 'medium', timeStyle: 'short' });
    case 'date':
      // Date-only values are calendar days: format them in UTC so no time zone shifts the day.
      return intl.formatDate(String(value), { dateStyle: 'medium', timeZone: 'UTC' });
    case 'number':
      return intl.formatNumber(Number(value));
    case 'boolean':
      return intl.formatMessage(
        value
          ? { id: getTranslation('value.yes'), defaultMessage: 'Yes' }
          : { id: getTranslation('value.no'), defaultMessage: 'No' },
      );
    case 'relation': {
      const name = nameOf(value, mainField);
      return name ? String(name) : intl.formatMessage(EMPTY);
    }
    case 'relations': {
      const names = Array.isArray(value)
        ? value.map((item) => nameOf(item, mainField)).filter(Boolean)
        : [];
      return names.length > 0
        ? names.join(
            intl.formatMessage({ id: getTranslation('value.separator'), defaultMessage: ', ' }),
          )
        : intl.formatMessage(EMPTY);
    }
    default:
      return String(value);
  }
};

/** The content manager's label of a field, so the page and the content manager name fields alike. */
export const fieldLabel = (intl: IntlShape, uid: string, field: string, defaultMessage: string) =>
  intl.formatMessage({ id: `content-manager.content-types.${uid}.${field}`, defaultMessage });
