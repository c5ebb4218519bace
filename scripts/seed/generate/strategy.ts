/** Strategies: the plan's skeletons (every dimension × status, then weighted) and their records with KPIs. */
import { USER_KEY } from '../accounts';
import { pickCumulative, Random } from '../random';
import * as words from '../vocabulary';
import { DAY, isoDate } from './calendar';
import { classify, fill } from './fields';
import { keyOf, pad } from './keys';
import type { SeedPlan, StrategyPlan, StreamRecord } from './types';

const STRATEGY_STATUSES = [
  'draft',
  'in_review',
  'approved',
  'active',
  'completed',
  'retired',
] as const;
const DIMENSIONS = ['product', 'service', 'technology', 'brand'] as const;
/** The statuses that count for integration (SPEC §4: approved or active). */
const INTEGRATING = new Set<string>(['approved', 'active']);
const LEVELS = ['public', 'internal', 'confidential', 'secret'];

interface GeneratedStrategy {
  key: string;
  dimension: string;
  status: string;
  classification: string;
}

/**
 * The partner that makes every second approved/active strategy integrated (SPEC §4): the earliest
 * approved/active strategy of another dimension classified no higher, so that whoever sees the
 * strategy sees its partner and the portfolio's integration share is not 0 at any clearance.
 */
export const integrationPartner = (
  index: number,
  strategy: GeneratedStrategy,
  earlier: readonly GeneratedStrategy[],
): string | undefined => {
  if (index % 2 !== 0 || !INTEGRATING.has(strategy.status)) return undefined;
  return earlier.find(
    (other) =>
      INTEGRATING.has(other.status) &&
      other.dimension !== strategy.dimension &&
      LEVELS.indexOf(other.classification) <= LEVELS.indexOf(strategy.classification),
  )?.key;
};

/** Strategy skeletons and the feedback each cites (a feedback is cited by one strategy at most). */
export const planStrategies = (
  random: Random,
  plan: Pick<SeedPlan, 'now' | 'counts' | 'customers' | 'customerWeights'>,
) => {
  const strategies: StrategyPlan[] = [];
  const linkedFeedback = new Map<number, number>();
  const combinations = DIMENSIONS.length * STRATEGY_STATUSES.length;
  for (let index = 0; index < plan.counts.strategies; index += 1) {
    // The first 24 cover every dimension × status; the rest lean to active and draft.
    const dimension =
      index < combinations ? DIMENSIONS[index % DIMENSIONS.length] : random.pick(DIMENSIONS);
    const status =
      index < combinations
        ? STRATEGY_STATUSES[Math.floor(index / DIMENSIONS.length)]
        : random.weighted({
            draft: 2,
            in_review: 1,
            approved: 1,
            active: 4,
            completed: 2,
            retired: 1,
          });
    let startDate: number | null = null;
    let endDate: number | null = null;
    const day = (daysFromNow: number) => Math.floor(plan.now / DAY) * DAY + daysFromNow * DAY;
    if (status === 'active') {
      startDate = day(-random.int(60, 540));
      endDate = day(random.int(60, 540));
    } else if (status === 'completed') {
      startDate = day(-random.int(420, 720));
      endDate = day(-random.int(20, 300));
    } else if (status === 'retired') {
      startDate = day(-random.int(300, 700));
      endDate = startDate + random.int(60, 280) * DAY;
    } else if (status === 'approved' || (status === 'in_review' && random.chance(0.6))) {
      startDate = day(random.int(15, 120));
      endDate = startDate + random.int(180, 720) * DAY;
    }
    const targetCount = random.int(2, Math.min(6, plan.customers.length));
    const targets = new Set<number>();
    while (targets.size < targetCount) targets.add(pickCumulative(random, plan.customerWeights));
    const feedbacks: number[] = [];
    const linkCount = status === 'draft' ? random.int(0, 2) : random.int(1, 6);
    for (let link = 0; link < linkCount; link += 1) {
      const feedbackIndex = random.int(0, plan.counts.feedback - 1);
      if (!linkedFeedback.has(feedbackIndex)) {
        linkedFeedback.set(feedbackIndex, index);
        feedbacks.push(feedbackIndex);
      }
    }
    strategies.push({
      key: keyOf('strategy', index),
      dimension,
      status,
      startDate,
      endDate,
      targetCustomers: [...targets].sort((a, b) => a - b),
      feedbacks: feedbacks.sort((a, b) => a - b),
    });
  }
  return { strategies, linkedFeedback };
};

export function* strategyRecords(plan: SeedPlan): Generator<StreamRecord> {
  const random = Random.stream(plan.seed, 'strategies');
  const generated: GeneratedStrategy[] = [];
  for (const [index, strategy] of plan.strategies.entries()) {
    const products = random
      .sample(plan.products, strategy.dimension === 'brand' ? random.int(0, 1) : random.int(1, 2))
      .map((p) => p.key)
      .sort();
    const mainProduct =
      plan.products.find((p) => p.key === products[0]) ?? random.pick(plan.products);
    const started =
      strategy.status === 'active' ||
      strategy.status === 'completed' ||
      strategy.status === 'retired';
    const progress =
      strategy.status === 'completed'
        ? random.float(0.7, 1.15)
        : strategy.status === 'active'
          ? random.float(0.1, 0.9)
          : strategy.status === 'retired'
            ? random.float(0, 0.5)
            : 0;
    const kpis = random
      .sample(words.KPI_TEMPLATES[strategy.dimension], random.int(1, 3))
      .map((template) => ({
        name: template.name,
        unit: template.unit,
        baseline: template.baseline,
        target: template.target,
        actual: started
          ? Math.round(
              (template.baseline + (template.target - template.baseline) * progress) * 100,
            ) / 100
          : null,
      }));
    const investment = random.float(50, 3000, 0);
    const benefitFactor =
      strategy.status === 'completed'
        ? random.float(0.6, 3)
        : strategy.status === 'active'
          ? random.float(0, 1.6)
          : strategy.status === 'retired'
            ? random.float(0, 0.8)
            : 0;
    // Related strategies point back at earlier ones, mostly of other dimensions (integration).
    const earlier = plan.strategies.slice(0, index);
    const related = random
      .sample(
        earlier.filter((other) => other.dimension !== strategy.dimension || random.chance(0.2)),
        random.int(0, Math.min(2, earlier.length)),
      )
      .map((other) => other.key)
      .sort();
    const targetCompetitors = random
      .sample(plan.competitors, random.int(strategy.dimension === 'brand' ? 0 : 1, 3))
      .map((c) => c.key)
      .sort();
    const title = fill(random.pick(words.STRATEGY_TITLES[strategy.dimension]), {
      product: mainProduct.name.replace(/（.*）$/, ''),
      domain: words.PRODUCT_DOMAIN_LABELS[mainProduct.domain],
    });
    const data = {
      title: `${title}（${pad(index + 1, 3)}）`,
      dimension: strategy.dimension,
      summary: words.STRATEGY_SUMMARIES[strategy.dimension],
      description: `## 背景\n\n${words.STRATEGY_SUMMARIES[strategy.dimension]}\n\n## 主要措施\n\n- ${random.pick(['组建专项团队', '设立专项经费', '与重点客户联合攻关'])}\n- ${random.pick(['按季度评估KPI', '建立月度例会机制', '纳入年度考核'])}\n`,
      status: strategy.status,
      kpis,
      investment,
      realizedBenefit: Math.round(investment * benefitFactor),
      imitability: Number(random.weighted({ '1': 1, '2': 3, '3': 4, '4': 3, '5': 1 })),
      startDate: strategy.startDate === null ? null : isoDate(strategy.startDate),
      endDate: strategy.endDate === null ? null : isoDate(strategy.endDate),
      classification: classify(random, { internal: 50, confidential: 35, secret: 10, public: 5 }),
    };
    const self: GeneratedStrategy = {
      key: strategy.key,
      dimension: strategy.dimension,
      status: strategy.status,
      classification: String(data.classification),
    };
    const partner = integrationPartner(index, self, generated);
    generated.push(self);
    yield {
      key: strategy.key,
      data,
      links: {
        targetCustomers: strategy.targetCustomers.map((i) => plan.customers[i].key),
        targetCompetitors,
        products,
        feedbacks: strategy.feedbacks.map((i) => keyOf('feedback', i, 6)),
        relatedStrategies:
          partner && !related.includes(partner) ? [...related, partner].sort() : related,
        owner: USER_KEY.strategyAnalyst,
      },
    };
  }
}
