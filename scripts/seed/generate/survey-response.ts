/** Survey responses: scores around the customer's satisfaction, higher after a strategy's uplift. */
import { clamp, pickCumulative, Random } from '../random';
import * as words from '../vocabulary';
import { customerTime, iso } from './calendar';
import { classify } from './fields';
import { contactKey, keyOf } from './keys';
import type { SeedPlan, StreamRecord } from './types';

export function* surveyResponseRecords(plan: SeedPlan): Generator<StreamRecord> {
  const random = Random.stream(plan.seed, 'survey-responses');
  for (let index = 0; index < plan.counts.surveyResponses; index += 1) {
    const customer = plan.customers[pickCumulative(random, plan.customerWeights)];
    const respondedAt = customerTime(random, plan, customer);
    const mean = customer.baseSatisfaction + (respondedAt >= customer.upliftFrom ? 0.5 : 0);
    const score = () => Math.round(clamp(random.normal(mean, 0.7), 1, 5));
    const subScores = {
      productQuality: score(),
      serviceResponsiveness: score(),
      technicalSupport: score(),
      delivery: score(),
      communication: score(),
    };
    const values = Object.values(subScores);
    const overall = Math.round(
      clamp(values.reduce((a, b) => a + b, 0) / values.length + random.normal(0, 0.3), 1, 5),
    );
    const data: Record<string, unknown> = {
      respondedAt: iso(respondedAt),
      overall,
      ...Object.fromEntries(
        Object.entries(subScores).map(([name, value]) => [name, random.chance(0.9) ? value : null]),
      ),
      recommend: Math.round(clamp((overall - 1) * 2.5 + random.normal(0, 1.2), 0, 10)),
      comments: random.chance(0.5) ? random.pick(words.SURVEY_COMMENTS) : null,
      classification: classify(random),
    };
    const links: Record<string, string> = { customer: customer.key };
    if (random.chance(0.8)) links.contact = contactKey(customer, random);
    yield { key: keyOf('survey-response', index, 6), data, links };
  }
}
