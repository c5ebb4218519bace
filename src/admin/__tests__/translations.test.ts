/**
 * The app's admin translations (src/admin/app.tsx): every CRM `status` value reads as a word in the
 * list's status badge, and the Strapi texts supplied in zh-Hans are real Strapi keys, in Chinese,
 * keeping their placeholders.
 */
import fs from 'node:fs';
import path from 'node:path';
import app from '../app';
import strapiZhHans from '../strapi-translations/zh-Hans.json';
import { CRM_CONTENT_TYPES } from '../../../plugins/synergy/shared/crm-types';
import { STATUS_BADGE_PREFIX } from '../status-badges';

const root = path.resolve(__dirname, '../../..');
const translations = app.config.translations as Record<'en' | 'zh-Hans', Record<string, string>>;

/** Every value of an enumeration named `status` in the CRM content types. */
const statusValues = (): string[] => {
  const apiDir = path.join(root, 'src', 'api');
  const values = new Set<string>();
  for (const api of fs.readdirSync(apiDir)) {
    const schemaFile = path.join(apiDir, api, 'content-types', api, 'schema.json');
    if (!fs.existsSync(schemaFile)) continue;
    const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as {
      attributes: Record<string, { type: string; enum?: string[] }>;
    };
    const status = schema.attributes.status;
    if (status?.type === 'enumeration') status.enum?.forEach((value) => values.add(value));
  }
  return [...values].sort();
};

/** A bundle Strapi ships (CommonJS), read by path since the packages export only their entries. */
const strapiBundle = (file: string, prefix = ''): Record<string, string> => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const bundle = require(path.join(root, 'node_modules', file)) as {
    default: Record<string, string>;
  };
  return Object.fromEntries(
    Object.entries(bundle.default).map(([key, value]) => [`${prefix}${key}`, value]),
  );
};

/** Names in braces (arguments, and words of plural options such as `{items}`), each once. */
const placeholders = (message: string) =>
  [...new Set([...message.matchAll(/\{(\w+)/g)].map((match) => match[1]))].sort();
/** The arguments of plurals and selects (`{number, plural, …}`): a translation must keep them. */
const selectors = (message: string) =>
  [...new Set([...message.matchAll(/\{(\w+)\s*,/g)].map((match) => match[1]))].sort();

describe('status badges of the content manager lists', () => {
  const values = statusValues();

  it('covers the status values of customers, feedback, tickets, strategies and campaigns', () => {
    expect(values).toEqual(
      expect.arrayContaining([
        'in_progress',
        'in_review',
        'approved',
        'active',
        'dormant',
        'running',
      ]),
    );
  });

  it.each(['en', 'zh-Hans'] as const)('labels every status value in %s as a word', (locale) => {
    const messages = translations[locale];
    for (const value of values) {
      const label = messages[`${STATUS_BADGE_PREFIX}${value}`];
      expect({ value, label }).toEqual({ value, label: messages[value] });
      expect(label).not.toMatch(/_/);
    }
  });

  it('reads "In progress" and 处理中, "In review" and 审核中', () => {
    expect(translations.en[`${STATUS_BADGE_PREFIX}in_progress`]).toBe('In progress');
    expect(translations['zh-Hans'][`${STATUS_BADGE_PREFIX}in_progress`]).toBe('处理中');
    expect(translations.en[`${STATUS_BADGE_PREFIX}in_review`]).toBe('In review');
    expect(translations['zh-Hans'][`${STATUS_BADGE_PREFIX}in_review`]).toBe('审核中');
  });
});

describe("Strapi's own texts in zh-Hans", () => {
  const english = {
    ...strapiBundle('@strapi/admin/dist/admin/admin/src/translations/en.json.js'),
    ...strapiBundle(
      '@strapi/content-manager/dist/admin/translations/en.json.js',
      'content-manager.',
    ),
  };
  const supplied = strapiZhHans as Record<string, string>;

  it('supplies the content manager texts staff meet first', () => {
    const zh = translations['zh-Hans'];
    expect(zh['content-manager.header.name']).toBe('内容管理器');
    expect(zh['content-manager.components.LeftMenu.collection-types']).toBe('集合类型');
    expect(zh['content-manager.HeaderLayout.button.label-add-entry']).toBe('新建条目');
    expect(zh['content-manager.pages.ListView.header-subtitle']).toBe('共找到 {number} 条记录');
  });

  it('only supplies keys Strapi has, in Chinese, with their placeholders', () => {
    for (const [key, message] of Object.entries(supplied)) {
      expect({ key, known: key in english }).toEqual({ key, known: true });
      expect({ key, chinese: /[\u4e00-\u9fff]/.test(message) }).toEqual({ key, chinese: true });
      const known = placeholders(english[key]);
      expect({
        key,
        unknown: placeholders(message).filter((name) => !known.includes(name)),
      }).toEqual({ key, unknown: [] });
      const kept = selectors(english[key]).filter((name) => !message.includes(`{${name}`));
      expect({ key, dropped: kept }).toEqual({ key, dropped: [] });
    }
  });

  it('leaves the app and plugin messages in charge where they overlap', () => {
    expect(translations['zh-Hans'].draft).toBe('草稿');
  });
});

it('labels the compartments and caveats fields of every CRM type of the registry, in both languages', () => {
  for (const uid of CRM_CONTENT_TYPES) {
    expect(translations.en[`content-manager.content-types.${uid}.compartments`]).toBe(
      'Compartments',
    );
    expect(translations['zh-Hans'][`content-manager.content-types.${uid}.compartments`]).toBe(
      '知悉范围',
    );
    expect(translations['zh-Hans'][`content-manager.content-types.${uid}.caveats`]).toBe(
      '发布限制',
    );
  }
});
