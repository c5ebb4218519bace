/** Opportunities: stages, values and win/loss reasons, with the competitors of the product's domain. */
import { USER_KEY } from '../accounts';
import { clamp, pickCumulative, Random } from '../random';
import * as words from '../vocabulary';
import { DAY, HISTORY_DAYS, isoDate } from './calendar';
import { classify, fill } from './fields';
import { keyOf } from './keys';
import type { SeedPlan, StreamRecord } from './types';

const WIN_REASONS = {
  price: 3,
  performance: 4,
  quality: 2,
  reliability: 2,
  service: 3,
  delivery: 2,
  technology: 3,
  relationship: 3,
  compliance: 1,
  other: 1,
};
const LOSS_REASONS = {
  price: 5,
  performance: 3,
  quality: 1,
  reliability: 2,
  service: 2,
  delivery: 3,
  technology: 2,
  relationship: 2,
  compliance: 1,
  other: 1,
};

export function* opportunityRecords(plan: SeedPlan): Generator<StreamRecord> {
  const random = Random.stream(plan.seed, 'opportunities');
  for (let index = 0; index < plan.counts.opportunities; index += 1) {
    const customer = plan.customers[pickCumulative(random, plan.customerWeights)];
    const stage = random.weighted({
      lead: 10,
      qualification: 10,
      proposal: 12,
      bidding: 12,
      negotiation: 8,
      won: 22,
      lost: 18,
      abandoned: 8,
    });
    const products = random
      .sample(customer.fleet, random.int(1, Math.min(2, customer.fleet.length)))
      .sort((a, b) => a - b)
      .map((i) => plan.products[i]);
    const domain = products[0].domain;
    const rivals = plan.competitors.filter((competitor) => competitor.domains.includes(domain));
    const competitors = random
      .sample(rivals.length > 0 ? rivals : plan.competitors, random.int(1, 3))
      .map((c) => c.key)
      .sort();
    const closed = stage === 'won' || stage === 'lost' || stage === 'abandoned';
    const closedAt = closed
      ? plan.now - random.int(Math.max(3, customer.quietDays), HISTORY_DAYS) * DAY
      : null;
    const baseProbability =
      {
        lead: 10,
        qualification: 25,
        proposal: 40,
        bidding: 50,
        negotiation: 70,
        won: 100,
        lost: 0,
        abandoned: 0,
      }[stage] ?? 0;
    const reasons =
      stage === 'won' || stage === 'lost'
        ? Array.from({ length: random.int(1, 3) }, () =>
            random.weighted(stage === 'won' ? WIN_REASONS : LOSS_REASONS),
          )
            .filter((category, position, all) => all.indexOf(category) === position)
            .map((category) => ({
              category,
              note: words.REASON_NOTES[category][stage === 'won' ? 0 : 1],
            }))
        : stage === 'abandoned'
          ? [{ category: 'other', note: random.pick(words.REASON_NOTES.other) }]
          : [];
    const links: Record<string, string | string[]> = {
      customer: customer.key,
      products: products.map((product) => product.key),
      competitors,
      owner: USER_KEY.accountManager,
    };
    if (stage === 'lost' && random.chance(0.85)) links.winner = random.pick(competitors);
    yield {
      key: keyOf('opportunity', index, 5),
      data: {
        title: fill(random.pick(words.OPPORTUNITY_TITLES), {
          customer: customer.shortName,
          product: products[0].name,
          domain: words.PRODUCT_DOMAIN_LABELS[domain],
        }),
        stage,
        value: Math.round(Math.exp(random.float(Math.log(80), Math.log(25_000), 4))),
        probability: closed
          ? baseProbability
          : clamp(baseProbability + random.int(-10, 10), 0, 100),
        expectedDecisionAt: isoDate(closedAt ?? plan.now + random.int(20, 270) * DAY),
        closedAt: closedAt === null ? null : isoDate(closedAt),
        reasons,
        classification: classify(random, { internal: 65, confidential: 28, secret: 5, public: 2 }),
      },
      links,
    };
  }
}
