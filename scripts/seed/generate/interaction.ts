/** Interactions: visits, calls, meetings… with the customer's contacts, owned by sales or service. */
import { USER_KEY } from '../accounts';
import { pickCumulative, Random } from '../random';
import * as words from '../vocabulary';
import { customerTime, DAY, iso } from './calendar';
import { classify, fill } from './fields';
import { contactKey, keyOf } from './keys';
import type { SeedPlan, StreamRecord } from './types';

export function* interactionRecords(plan: SeedPlan): Generator<StreamRecord> {
  const random = Random.stream(plan.seed, 'interactions');
  for (let index = 0; index < plan.counts.interactions; index += 1) {
    const customer = plan.customers[pickCumulative(random, plan.customerWeights)];
    const type = random.weighted({
      visit: 16,
      meeting: 14,
      call: 22,
      email: 14,
      training: 6,
      technical_support: 12,
      exhibition: 3,
      delivery: 6,
      review: 7,
    });
    const occurredAt = customerTime(random, plan, customer);
    const product = plan.products[random.pick(customer.fleet)];
    const contacts = Array.from(
      new Set(
        Array.from({ length: random.int(1, Math.min(3, customer.contactCount)) }, () =>
          contactKey(customer, random),
        ),
      ),
    ).sort();
    const contactName = `${customer.shortName}相关负责同志`;
    const links: Record<string, string | string[]> = { customer: customer.key, contacts };
    links.owner = ['technical_support', 'training', 'delivery'].includes(type)
      ? USER_KEY.serviceEngineer
      : USER_KEY.accountManager;
    const followUp = random.chance(0.35) ? occurredAt + random.int(3, 30) * DAY : null;
    yield {
      key: keyOf('interaction', index, 7),
      data: {
        type,
        occurredAt: iso(occurredAt),
        summary: fill(random.pick(words.INTERACTION_SUMMARIES[type]), {
          customer: customer.shortName,
          product: product.name,
          contact: contactName,
        }),
        outcome: random.chance(0.8) ? random.pick(words.INTERACTION_OUTCOMES) : null,
        followUpAt: followUp === null ? null : iso(followUp),
        classification: classify(random),
      },
      links,
    };
  }
}
