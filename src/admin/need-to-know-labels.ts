import { CRM_CONTENT_TYPES } from '../../plugins/synergy/shared/crm-types';

/**
 * Labels of the `compartments` and `caveats` fields every CRM type carries (SPEC §1.1), one per
 * type of the registry: the plugin adds the fields from the registry, so their labels come from it
 * too, and a type added to the registry is labelled with no edit here.
 */
const LABELS = {
  en: { compartments: 'Compartments', caveats: 'Release caveats' },
  'zh-Hans': { compartments: '知悉范围', caveats: '发布限制' },
} as const;

export const needToKnowLabels = (locale: keyof typeof LABELS): Record<string, string> =>
  Object.fromEntries(
    CRM_CONTENT_TYPES.flatMap((uid) =>
      Object.entries(LABELS[locale]).map(([field, label]) => [
        `content-manager.content-types.${uid}.${field}`,
        label,
      ]),
    ),
  );
