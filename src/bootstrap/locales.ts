import type { Core } from '@strapi/strapi';

/** zh-Hans is the default content locale; en exists for export materials (SPEC §2). */
export const ensureContentLocales = async (strapi: Core.Strapi) => {
  const locales = strapi.plugin('i18n').service('locales');
  const existing = (await locales.find()) as Array<{ code: string }>;
  const codes = new Set(existing.map((locale) => locale.code));
  if (!codes.has('zh-Hans'))
    await locales.create({ code: 'zh-Hans', name: 'Chinese (Simplified) (zh-Hans)' });
  if (!codes.has('en')) await locales.create({ code: 'en', name: 'English (en)' });
  const marker = strapi.store({ type: 'app', name: 'synergy', key: 'default-locale-set' });
  if (!(await marker.get({}))) {
    await locales.setDefaultLocale({ code: 'zh-Hans' });
    await marker.set({ value: true });
  }
};
