/** Competitor offerings: a rival's product, mostly compared with one of ours in the same domain. */
import { Random } from '../random';
import * as words from '../vocabulary';
import { DAY, isoDate } from './calendar';
import { credibilityOf } from './competitor';
import { classify } from './fields';
import { keyOf } from './keys';
import type { SeedPlan, StreamRecord } from './types';

export function* competitorOfferingRecords(plan: SeedPlan): Generator<StreamRecord> {
  const random = Random.stream(plan.seed, 'competitor-offerings');
  // Its own stream, so that the source confidence leaves every other seeded value as it was.
  const confidence = Random.stream(plan.seed, 'competitor-offering-confidence');
  for (let index = 0; index < plan.counts.competitorOfferings; index += 1) {
    const competitor = plan.competitors[index % plan.competitors.length];
    const domain = random.pick(competitor.domains);
    const sameDomain = plan.products.filter((product) => product.domain === domain);
    const comparable = sameDomain.length > 0 && random.chance(0.9) ? random.pick(sameDomain) : null;
    const family = words.PRODUCTS.find((candidate) => candidate.domain === domain)!;
    const attributes = comparable
      ? comparable.attributes.map((attribute) => ({
          ...attribute,
          value: Math.round(attribute.value * random.float(0.75, 1.3, 3) * 1000) / 1000,
        }))
      : family.attributes.map((attribute) => ({
          name: attribute.name,
          value: random.float(attribute.min, attribute.max, 2),
          unit: attribute.unit,
          higherIsBetter: attribute.higherIsBetter,
        }));
    // Each figure with the confidence of where it came from; a few ungraded or undated.
    const graded = attributes.map((attribute) => ({
      ...attribute,
      ...(confidence.chance(0.1)
        ? {}
        : {
            reliability: confidence.weighted({ A: 2, B: 4, C: 4, D: 2, E: 1, F: 1 }),
            credibility: credibilityOf(confidence),
          }),
      ...(confidence.chance(0.1) ? {} : { asOf: isoDate(plan.now - confidence.int(3, 300) * DAY) }),
    }));
    const links: Record<string, string> = { competitor: competitor.key };
    if (comparable) links.comparableProduct = comparable.key;
    yield {
      key: keyOf('competitor-offering', index),
      data: {
        name: `${competitor.name.slice(0, 4)} ${random.pick(['WJ', 'HQ', 'TX', 'LX', 'SK', 'ZF'])}-${random.int(2, 90)} ${words.PRODUCT_DOMAIN_LABELS[domain]}`,
        domain,
        attributes: graded,
        priceEstimate: random.float(50, 8000, 0),
        notes: random.pick(['公开展会资料', '根据招标文件推算', '客户反馈信息', '行业报告估算']),
        classification: classify(random, { internal: 60, confidential: 32, secret: 5, public: 3 }),
      },
      links,
    };
  }
}
