/** Feedback: response and resolution times by severity; feedback a strategy cites matches its dimension. */
import { clamp, pickCumulative, Random } from '../random';
import * as words from '../vocabulary';
import { customerTime, DAY, HOUR, iso } from './calendar';
import { classify, fill } from './fields';
import { contactKey, keyOf } from './keys';
import type { SeedPlan, StreamRecord } from './types';

const DIMENSION_CATEGORIES: Record<string, readonly string[]> = {
  product: ['performance', 'quality', 'reliability', 'price'],
  service: ['service', 'delivery', 'training'],
  technology: ['technology', 'performance'],
  brand: ['other'],
};

export function* feedbackRecords(plan: SeedPlan): Generator<StreamRecord> {
  const random = Random.stream(plan.seed, 'feedback');
  for (let index = 0; index < plan.counts.feedback; index += 1) {
    const strategyIndex = plan.linkedFeedback.get(index);
    const strategy = strategyIndex === undefined ? null : plan.strategies[strategyIndex];
    // Feedback a strategy cites comes from one of its target customers, in a matching category.
    const customer = strategy
      ? plan.customers[random.pick(strategy.targetCustomers)]
      : plan.customers[pickCumulative(random, plan.customerWeights)];
    const category = strategy
      ? random.pick(DIMENSION_CATEGORIES[strategy.dimension])
      : random.weighted({
          performance: 14,
          quality: 12,
          reliability: 16,
          delivery: 10,
          service: 16,
          training: 8,
          price: 8,
          technology: 10,
          other: 6,
        });
    const severity = random.weighted({ low: 30, medium: 40, high: 22, critical: 8 });
    const receivedAt = customerTime(random, plan, customer);
    const ageDays = (plan.now - receivedAt) / DAY;
    let status =
      ageDays < 7
        ? random.weighted({ new: 35, triaged: 30, in_progress: 35 })
        : ageDays < 30
          ? random.weighted({ triaged: 10, in_progress: 35, resolved: 40, closed: 15 })
          : random.weighted({ in_progress: 4, resolved: 34, closed: 62 });
    const responseMedianHours = { critical: 2, high: 6, medium: 18, low: 36 }[severity] ?? 18;
    let respondedAt: number | null =
      status === 'new'
        ? null
        : receivedAt + Math.max(0.1, random.logNormal(responseMedianHours)) * HOUR;
    if (respondedAt !== null && respondedAt > plan.now) {
      respondedAt = null;
      status = 'new';
    }
    let resolvedAt: number | null = null;
    if ((status === 'resolved' || status === 'closed') && respondedAt !== null) {
      const resolveMedianDays = { critical: 2, high: 5, medium: 9, low: 14 }[severity] ?? 9;
      resolvedAt = respondedAt + Math.max(0.2, random.logNormal(resolveMedianDays, 0.5)) * DAY;
      if (resolvedAt > plan.now) {
        resolvedAt = null;
        status = 'in_progress';
      }
    }
    const product = plan.products[random.pick(customer.fleet)];
    const satisfactionBase = { critical: 1.6, high: 2.4, medium: 3.3, low: 3.9 }[severity] ?? 3;
    const links: Record<string, string> = { customer: customer.key, product: product.key };
    if (random.chance(0.85)) links.contact = contactKey(customer, random);
    yield {
      key: keyOf('feedback', index, 6),
      data: {
        channel: random.weighted({
          visit: 20,
          survey: 12,
          hotline: 22,
          email: 14,
          field_report: 22,
          review_meeting: 10,
        }),
        category,
        severity,
        satisfaction: random.chance(0.85)
          ? Math.round(clamp(random.normal(satisfactionBase, 0.7), 1, 5))
          : null,
        content: fill(random.pick(words.FEEDBACK_CONTENTS[category]), { product: product.name }),
        receivedAt: iso(receivedAt),
        respondedAt: respondedAt === null ? null : iso(Math.round(respondedAt / 60_000) * 60_000),
        status,
        resolution: resolvedAt === null ? null : random.pick(words.FEEDBACK_RESOLUTIONS),
        resolvedAt: resolvedAt === null ? null : iso(Math.round(resolvedAt / 60_000) * 60_000),
        classification: classify(random),
      },
      links,
    };
  }
}
