/** Campaigns: dated around now, linking strategies, target customers and brand materials. */
import { pickCumulative, Random } from '../random';
import * as words from '../vocabulary';
import { DAY, isoDate } from './calendar';
import { classify, fill } from './fields';
import { keyOf } from './keys';
import type { SeedPlan, StreamRecord } from './types';

export function* campaignRecords(plan: SeedPlan): Generator<StreamRecord> {
  const random = Random.stream(plan.seed, 'campaigns');
  const year = new Date(plan.now).getUTCFullYear();
  for (let index = 0; index < plan.counts.campaigns; index += 1) {
    const domain = words.PRODUCT_DOMAIN_LABELS[random.pick(plan.products).domain];
    const startOffset = random.int(-600, 90);
    const startDate = Math.floor(plan.now / DAY) * DAY + startOffset * DAY;
    const endDate = startDate + random.int(7, 120) * DAY;
    const status = random.chance(0.1)
      ? 'cancelled'
      : startDate > plan.now
        ? 'planned'
        : endDate >= plan.now
          ? 'running'
          : 'finished';
    const strategies = random
      .sample(
        plan.strategies.filter(
          (s) => s.dimension === 'brand' || s.dimension === 'service' || random.chance(0.2),
        ),
        random.int(1, 3),
      )
      .map((s) => s.key)
      .sort();
    const customerIndexes = new Set<number>();
    const targetCount = random.int(2, Math.min(8, plan.customers.length));
    while (customerIndexes.size < targetCount)
      customerIndexes.add(pickCumulative(random, plan.customerWeights));
    const materials = random
      .sample(
        Array.from({ length: plan.counts.brandMaterials }, (_, i) => keyOf('brand-material', i)),
        random.int(1, 3),
      )
      .sort();
    yield {
      key: keyOf('campaign', index, 3),
      data: {
        name: fill(words.CAMPAIGN_NAMES[index % words.CAMPAIGN_NAMES.length], {
          year: new Date(startDate).getUTCFullYear() || year,
          domain,
        }),
        objective: random.pick([
          '提升重点客户满意度与品牌认知',
          '推广新型号装备，获取商机线索',
          '巩固出口市场合作关系',
          '展示全寿命周期保障能力',
        ]),
        startDate: isoDate(startDate),
        endDate: isoDate(endDate),
        budget: random.float(20, 800, 0),
        status,
        results:
          status === 'finished'
            ? fill(random.pick(words.CAMPAIGN_RESULTS), {
                n: random.int(10, 200),
                m: random.int(1, 12),
              })
            : null,
        classification: classify(random, { internal: 70, public: 20, confidential: 10 }),
      },
      links: {
        strategies,
        targetCustomers: [...customerIndexes]
          .sort((a, b) => a - b)
          .map((i) => plan.customers[i].key),
        materials,
      },
    };
  }
}
