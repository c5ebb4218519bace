import type { StrapiApp } from '@strapi/strapi/admin';
import { needToKnowLabels } from './need-to-know-labels';
import { statusBadgeMessages } from './status-badges';
import strapiZhHans from './strapi-translations/zh-Hans.json';
import en from './translations/en.json';
import zhHans from './translations/zh-Hans.json';

/**
 * Admin panel in English and Simplified Chinese. The translations name the CRM content types
 * (left menu, by `info.displayName`), their fields (`content-manager.content-types.<uid>.<field>`,
 * `content-manager.components.<uid>.<field>`) and enumeration options (by raw value), also as the
 * list's status badges (status-badges.ts). Strapi's own zh-Hans bundle lacks most of the content
 * manager's texts ("Create new entry", "18 entries found"): `strapi-translations/zh-Hans.json`
 * supplies them, since `config.translations` overrides any admin key.
 */
export default {
  config: {
    locales: ['zh-Hans'],
    translations: {
      en: { ...needToKnowLabels('en'), ...en, ...statusBadgeMessages(en) },
      'zh-Hans': {
        ...strapiZhHans,
        ...needToKnowLabels('zh-Hans'),
        ...zhHans,
        ...statusBadgeMessages(zhHans),
      },
    },
    // No call leaves the network: no GitHub release check, no tutorial videos (docs/DEPLOYMENT.md).
    notifications: { releases: false },
    tutorials: false,
  },
  bootstrap(_app: StrapiApp) {},
};
