/** Products (SPEC §2): the plan's product catalogue, with its technical attributes, and their records. */
import { Random } from '../random';
import * as words from '../vocabulary';
import { classify } from './fields';
import { keyOf, pad } from './keys';
import type { ProductPlan, SeedPlan, StreamRecord } from './types';

/** The catalogue: the vocabulary's families in turn, then numbered series once a family's names run out. */
export const planProducts = (random: Random, count: number): ProductPlan[] =>
  Array.from({ length: count }, (_, index) => {
    const family = words.PRODUCTS[index % words.PRODUCTS.length];
    const round = Math.floor(index / words.PRODUCTS.length);
    const baseName = family.names[round % family.names.length];
    const series = Math.floor(round / family.names.length);
    return {
      key: keyOf('product', index, 3),
      name: series > 0 ? `${baseName}（${series + 1}型）` : baseName,
      domain: family.domain,
      attributes: family.attributes.map((attribute) => ({
        name: attribute.name,
        value: random.float(
          attribute.min,
          attribute.max,
          attribute.max < 1 ? 3 : attribute.max < 20 ? 2 : 0,
        ),
        unit: attribute.unit,
        higherIsBetter: attribute.higherIsBetter,
      })),
    };
  });

export function* productRecords(plan: SeedPlan): Generator<StreamRecord> {
  const random = Random.stream(plan.seed, 'products');
  for (const [index, product] of plan.products.entries()) {
    const label = words.PRODUCT_DOMAIN_LABELS[product.domain];
    yield {
      key: product.key,
      data: {
        name: product.name,
        code: `PRD-${product.domain.toUpperCase().replace('_', '')}-${pad(index + 1, 3)}`,
        domain: product.domain,
        lifecycle: random.weighted({ development: 2, production: 4, in_service: 6, retired: 1 }),
        description: `${product.name}，面向${random.pick(['陆军', '海军', '空军', '多军种', '外贸'])}用户的${label}装备，具备${random.pick(['高可靠、易维护', '模块化、可扩展', '自主可控、国产化率高', '全天候、抗干扰'])}的特点。`,
        attributes: product.attributes.map((attribute) => ({ ...attribute })),
        classification: classify(random, { public: 30, internal: 55, confidential: 12, secret: 3 }),
      },
      links: {},
    };
  }
}
