import type { StrapiApp } from '@strapi/strapi/admin';
import en from './translations/en.json';
import zhHans from './translations/zh-Hans.json';

/**
 * Admin panel in English and Simplified Chinese. The translations name the CRM content types
 * (left menu, by `info.displayName`), their fields (`content-manager.content-types.<uid>.<field>`,
 * `content-manager.components.<uid>.<field>`) and enumeration options (by raw value).
 */
export default {
  config: {
    locales: ['zh-Hans'],
    translations: { en, 'zh-Hans': zhHans },
    // No call leaves the network: no GitHub release check, no tutorial videos (docs/DEPLOYMENT.md).
    notifications: { releases: false },
    tutorials: false,
  },
  bootstrap(_app: StrapiApp) {},
};
