/** The plan every stream refers to: products, competitors, customers with their contacts, strategies. */
import { Random } from '../random';
import type { Scale, ScaleCounts } from '../scales';
import { planCompetitors } from './competitor';
import { planCustomers } from './customer';
import { planProducts } from './product';
import { planStrategies } from './strategy';
import type { CustomerPlan, SeedPlan } from './types';

/** Splits `total` over `weights` (largest remainder), each share at least `minimum`. */
const apportion = (total: number, weights: number[], minimum: number): number[] => {
  const free = total - minimum * weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (free * weight) / sum);
  const shares = exact.map(Math.floor);
  let left = free - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => [value - Math.floor(value), index])
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let i = 0; left > 0; i = (i + 1) % order.length, left -= 1) shares[order[i][1]] += 1;
  return shares.map((share) => share + minimum);
};

/**
 * Builds the in-memory plan (a few thousand small objects even at bench scale) for checked options.
 * Each part draws from its own random stream, so a part's size never shifts another part's values.
 */
export const planDataset = (
  seed: number,
  scale: Scale,
  now: number,
  counts: ScaleCounts,
): SeedPlan => {
  const products = planProducts(Random.stream(seed, 'plan:products'), counts.products);
  const competitors = planCompetitors(Random.stream(seed, 'plan:competitors'), counts.competitors);
  const { customers: profiles, weights } = planCustomers(
    Random.stream(seed, 'plan:customers'),
    counts,
    seed,
    counts.products,
  );

  const contactCounts = apportion(counts.contacts, weights, 1);
  let contactStart = 0;
  const customers: CustomerPlan[] = profiles.map((profile, index) => {
    const planned = {
      ...profile,
      contactStart,
      contactCount: contactCounts[index],
      upliftFrom: Number.POSITIVE_INFINITY,
    };
    contactStart += contactCounts[index];
    return planned;
  });
  const customerWeights: number[] = [];
  weights.reduce((sum, weight) => {
    customerWeights.push(sum + weight);
    return sum + weight;
  }, 0);

  const { strategies, linkedFeedback } = planStrategies(Random.stream(seed, 'plan:strategies'), {
    now,
    counts,
    customers,
    customerWeights,
  });
  for (const strategy of strategies) {
    if (
      (strategy.status === 'active' || strategy.status === 'completed') &&
      strategy.startDate !== null &&
      strategy.dimension !== 'brand'
    ) {
      for (const target of strategy.targetCustomers) {
        customers[target].upliftFrom = Math.min(customers[target].upliftFrom, strategy.startDate);
      }
    }
  }

  return {
    seed,
    scale,
    now,
    counts,
    products,
    competitors,
    customers,
    customerWeights,
    strategies,
    linkedFeedback,
  };
};
