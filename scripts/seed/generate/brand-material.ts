/** Brand materials: localized (zh-Hans, often en), published unless confidential or left as drafts. */
import { Random } from '../random';
import * as words from '../vocabulary';
import { DEFAULT_LOCALE } from './fields';
import { keyOf, pad } from './keys';
import type { SeedPlan, StreamRecord } from './types';

const paragraphs = (texts: string[]) =>
  texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

export function* brandMaterialRecords(plan: SeedPlan): Generator<StreamRecord> {
  const random = Random.stream(plan.seed, 'brand-materials');
  const brandStrategies = plan.strategies.filter((strategy) => strategy.dimension === 'brand');
  for (let index = 0; index < plan.counts.brandMaterials; index += 1) {
    const base = words.MATERIAL_TITLES[index % words.MATERIAL_TITLES.length];
    const round = Math.floor(index / words.MATERIAL_TITLES.length);
    const kind = random.weighted({
      brochure: 3,
      press_release: 2,
      exhibition: 2,
      video: 1,
      article: 2,
      advertisement: 1,
      white_paper: 2,
    });
    const audience = random.weighted({ domestic_military: 4, export: 3, public: 3, internal: 1 });
    const channel = random.pick(words.MATERIAL_CHANNELS);
    const classification =
      audience === 'internal'
        ? 'internal'
        : random.weighted({ public: 50, internal: 38, confidential: 12 });
    const slug = `material-${pad(index + 1, 4)}`;
    const zhTitle = round > 0 ? `${base.zh}（${round + 1}）` : base.zh;
    const enTitle = round > 0 ? `${base.en} (${round + 1})` : base.en;
    const hasEnglish = audience === 'export' || random.chance(0.3);
    const published = classification !== 'confidential' && random.chance(0.65);
    const links: Record<string, string> = {};
    if (brandStrategies.length > 0 && random.chance(0.8))
      links.strategy = random.pick(brandStrategies).key;
    yield {
      key: keyOf('brand-material', index),
      locale: DEFAULT_LOCALE,
      data: {
        title: zhTitle,
        slug,
        kind,
        body: paragraphs([
          `${zhTitle}。`,
          random.pick([
            '公司坚持以客户为中心，提供全寿命周期保障。',
            '产品经过严格的环境与可靠性试验验证。',
            '依托自主可控技术，持续提升装备性能。',
          ]),
        ]),
        audience,
        channel: channel.zh,
        classification,
      },
      localizations: hasEnglish
        ? {
            en: {
              title: enTitle,
              slug: `${slug}-en`,
              body: paragraphs([
                `${enTitle}.`,
                random.pick([
                  'Through-life support, close to the customer.',
                  'Proven by rigorous environmental and reliability testing.',
                  'Indigenous technology, continuously improved.',
                ]),
              ]),
              channel: channel.en,
            },
          }
        : undefined,
      publish: published ? (hasEnglish ? [DEFAULT_LOCALE, 'en'] : [DEFAULT_LOCALE]) : [],
      links,
    };
  }
}
