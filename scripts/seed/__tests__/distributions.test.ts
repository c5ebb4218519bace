import {
  createPlan,
  generateInteractions,
  generateSurveyResponses,
  MONTH_ACTIVITY,
} from '../generate';

/** The shapes the bench data is asked to have (issue 6): large accounts, seasonality, strategy effect. */
describe('seed distributions (small scale)', () => {
  const plan = createPlan({ scale: 'small' });
  const interactions = [...generateInteractions(plan)];

  it('dates records by season: the year-end peak well above the Spring Festival trough', () => {
    const byMonth = new Array(12).fill(0);
    for (const record of interactions)
      byMonth[new Date(record.data.occurredAt as string).getUTCMonth()] += 1;
    expect(MONTH_ACTIVITY[11]).toBeGreaterThan(MONTH_ACTIVITY[1]);
    expect(byMonth[11]).toBeGreaterThan(byMonth[1] * 1.8);
  });

  it('gives a few large accounts many times the records of a typical customer', () => {
    const perCustomer = new Map<string, number>();
    for (const record of interactions)
      perCustomer.set(
        record.links.customer as string,
        (perCustomer.get(record.links.customer as string) ?? 0) + 1,
      );
    const counts = [...perCustomer.values()].sort((a, b) => b - a);
    const median = counts[Math.floor(counts.length / 2)];
    expect(counts[0]).toBeGreaterThan(median * 10);
  });

  it('raises satisfaction of customers after a product or service strategy starts for them', () => {
    const uplift = new Map(plan.customers.map((customer) => [customer.key, customer.upliftFrom]));
    const before: number[] = [];
    const after: number[] = [];
    for (const record of generateSurveyResponses(plan)) {
      const from = uplift.get(record.links.customer as string) ?? Infinity;
      if (from === Infinity) continue;
      (new Date(record.data.respondedAt as string).getTime() >= from ? after : before).push(
        record.data.overall as number,
      );
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    expect(after.length).toBeGreaterThan(20);
    expect(mean(after)).toBeGreaterThan(mean(before) + 0.2);
  });
});
