import type { IntlShape } from 'react-intl';
import { CRM_TYPES } from '../../../shared/crm-types';
import { getTranslation } from '../utils/getTranslation';

/**
 * The CRM content types by uid, with their `info.displayName`: the app's translations
 * (src/admin/translations) use the display name as message id, as Strapi's left menu does.
 */
export const CRM_CONTENT_TYPES: ReadonlyArray<{ uid: string; displayName: string }> = CRM_TYPES;

/** The plugin's own types that appear in the trail, with their message ids in the plugin's translations. */
const PLUGIN_CONTENT_TYPES: Record<string, { id: string; defaultMessage: string }> = {
  'plugin::synergy.clearance': {
    id: getTranslation('audit.contentType.clearance'),
    defaultMessage: 'Clearance',
  },
  'plugin::synergy.audit-entry': {
    id: getTranslation('audit.contentType.auditEntry'),
    defaultMessage: 'Audit trail',
  },
};

const displayNameOf = new Map(CRM_CONTENT_TYPES.map(({ uid, displayName }) => [uid, displayName]));

/** Whether a uid is a CRM type, whose records open in the content manager. */
export const isCrmContentType = (uid: string | null | undefined): uid is string =>
  Boolean(uid && displayNameOf.has(uid));

/** A content type's translated name ("Customer", "客户单位"); other uids are shown as they are. */
export const contentTypeLabel = (intl: IntlShape, uid: string | null | undefined): string => {
  if (!uid) return intl.formatMessage({ id: getTranslation('value.empty'), defaultMessage: '—' });
  const displayName = displayNameOf.get(uid);
  if (displayName) return intl.formatMessage({ id: displayName, defaultMessage: displayName });
  const pluginType = PLUGIN_CONTENT_TYPES[uid];
  return pluginType ? intl.formatMessage(pluginType) : uid;
};

/** The content types offered by the filter: the CRM types, then the plugin's own. */
export const FILTERABLE_CONTENT_TYPES = [
  ...CRM_CONTENT_TYPES.map(({ uid }) => uid),
  ...Object.keys(PLUGIN_CONTENT_TYPES),
];

/** A calendar day (YYYY-MM-DD) of the URL, or undefined when it is not one. */
export const parseDay = (value: unknown): Date | undefined => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(year, month - 1, day);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/** A local calendar day as YYYY-MM-DD, for the URL. */
export const formatDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** The first instant of a local day (the `from` filter). */
export const startOfDay = (day: Date) =>
  new Date(day.getFullYear(), day.getMonth(), day.getDate()).toISOString();

/** The last instant of a local day (the `to` filter includes the whole day). */
export const endOfDay = (day: Date) =>
  new Date(day.getFullYear(), day.getMonth(), day.getDate(), 23, 59, 59, 999).toISOString();

export const actorTypeMessage = (actorType: string) => ({
  id: getTranslation(`audit.actorType.${actorType}`),
  defaultMessage: actorType,
});

export const actionMessage = (action: string) => ({
  id: getTranslation(`audit.action.${action}`),
  defaultMessage: action,
});
