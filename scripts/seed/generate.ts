/**
 * Deterministic generator of the Synergy CRM seed (SPEC §8): the same seed, scale and `now` always
 * give the same records, byte for byte. Records stream out of generator functions, one content type
 * after the other in load order, so the bench scale (1,000,000 interactions) never sits in memory:
 * only a small plan (customer profiles, products, competitors, strategy skeletons) is kept.
 *
 * Relations are given by record keys (`customer:0001`, `user:account-manager`), which the loader
 * resolves to documentIds. Every record satisfies the business rules of the synergy plugin.
 */
import { clamp, hashString, pickCumulative, Random } from './random';
import { SCALES, type Scale, type ScaleCounts } from './scales';
import { USER_KEY } from './accounts';
import * as words from './vocabulary';

export const DEFAULT_SEED = 20261101;
/** The fixed "today" of the generated data unless `--now` says otherwise (never the clock). */
export const DEFAULT_NOW = '2026-11-01T00:00:00.000Z';

export const UIDS = {
  product: 'api::product.product',
  competitor: 'api::competitor.competitor',
  competitorOffering: 'api::competitor-offering.competitor-offering',
  customer: 'api::customer.customer',
  contact: 'api::contact.contact',
  interaction: 'api::interaction.interaction',
  feedback: 'api::feedback.feedback',
  serviceTicket: 'api::service-ticket.service-ticket',
  surveyResponse: 'api::survey-response.survey-response',
  opportunity: 'api::opportunity.opportunity',
  strategy: 'api::strategy.strategy',
  brandMaterial: 'api::brand-material.brand-material',
  campaign: 'api::campaign.campaign',
} as const;

export type SeedUid = (typeof UIDS)[keyof typeof UIDS];

export const DEFAULT_LOCALE = 'zh-Hans';

export interface SeedRecord {
  uid: SeedUid;
  /** Stable key, unique in the data set; relations point at it. */
  key: string;
  /** Field values and components (relations excluded). */
  data: Record<string, unknown>;
  /** Relation field → key or keys of the related records (`user:…` for admin users). */
  links: Record<string, string | string[]>;
  /** For localized types: the locale of `data` and the other localizations' fields. */
  locale?: string;
  localizations?: Record<string, Record<string, unknown>>;
  /** Locales to publish (Draft & Publish types); absent or empty = stays a draft. */
  publish?: string[];
}

export interface SeedOptions {
  seed?: number;
  scale?: Scale;
  /** The reference "now" of the data (ISO string or Date); default DEFAULT_NOW. */
  now?: string | Date;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const HISTORY_DAYS = 730;

/** SLA targets of SPEC §4 in hours, by priority: [response, resolve]. */
export const SLA_HOURS: Record<string, readonly [number, number]> = {
  p1: [2, 24],
  p2: [4, 72],
  p3: [24, 168],
  p4: [72, 336],
};

const DIMENSION_CATEGORIES: Record<string, readonly string[]> = {
  product: ['performance', 'quality', 'reliability', 'price'],
  service: ['service', 'delivery', 'training'],
  technology: ['technology', 'performance'],
  brand: ['other'],
};

const STRATEGY_STATUSES = ['draft', 'in_review', 'approved', 'active', 'completed', 'retired'] as const;
const DIMENSIONS = ['product', 'service', 'technology', 'brand'] as const;

interface ProductPlan {
  key: string;
  name: string;
  domain: string;
  attributes: { name: string; value: number; unit: string; higherIsBetter: boolean }[];
}

interface CompetitorPlan {
  key: string;
  name: string;
  domains: string[];
}

interface CustomerPlan {
  key: string;
  name: string;
  shortName: string;
  type: string;
  sector: string;
  region: string;
  tier: string;
  status: string;
  contactStart: number;
  contactCount: number;
  /** Indexes of the products the customer operates. */
  fleet: number[];
  baseSatisfaction: number;
  /** Child records of the customer are dated in [now − 730 days, now − quietDays]. */
  quietDays: number;
  /** From this time on, the customer benefits from an active/completed product or service strategy. */
  upliftFrom: number;
}

interface StrategyPlan {
  key: string;
  dimension: string;
  status: string;
  startDate: number | null;
  endDate: number | null;
  targetCustomers: number[];
  feedbacks: number[];
}

export interface SeedPlan {
  seed: number;
  scale: Scale;
  now: number;
  counts: ScaleCounts;
  products: ProductPlan[];
  competitors: CompetitorPlan[];
  customers: CustomerPlan[];
  /** Cumulative activity weights of customers, for weighted picks. */
  customerWeights: number[];
  strategies: StrategyPlan[];
  /** Feedback index → the strategy that cites it (the feedback then matches its dimension and targets). */
  linkedFeedback: Map<number, number>;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const keyOf = (type: string, index: number, width = 4) => `${type}:${pad(index + 1, width)}`;
const iso = (time: number) => new Date(time).toISOString();
const isoDate = (time: number) => iso(time).slice(0, 10);
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

const CLASSIFICATION_DEFAULT = { internal: 76, public: 10, confidential: 11, secret: 3 };
const classify = (random: Random, weights: Record<string, number> = CLASSIFICATION_DEFAULT) =>
  random.weighted(weights);

/** A time on a working day hour (08:00–18:00 Beijing) `daysAgo` days before now. */
const workTime = (random: Random, now: number, daysAgo: number) => {
  const dayStart = now - Math.ceil(daysAgo) * DAY;
  return dayStart + random.int(30, 600) * 60_000;
};

/**
 * Relative activity by calendar month (January first): year-end acceptance and procurement peak in
 * November–December, the Spring Festival empties February, summer leave and National Day slow
 * August and October.
 */
export const MONTH_ACTIVITY = [0.9, 0.55, 1, 1, 1, 1.1, 0.85, 0.8, 1.05, 0.8, 1.2, 1.35] as const;
const PEAK_ACTIVITY = Math.max(...MONTH_ACTIVITY);

/** A time for a customer's record: within the last two years, not in its quiet period, seasonal. */
const customerTime = (random: Random, plan: SeedPlan, customer: CustomerPlan) => {
  const earliest = Math.max(1, customer.quietDays);
  let time = workTime(random, plan.now, random.int(earliest, HISTORY_DAYS));
  // Rejection sampling by month; a few tries keep it cheap and every day still possible.
  for (let attempt = 0; attempt < 3 && !random.chance(MONTH_ACTIVITY[new Date(time).getUTCMonth()] / PEAK_ACTIVITY); attempt += 1) {
    time = workTime(random, plan.now, random.int(earliest, HISTORY_DAYS));
  }
  return time;
};

const chineseName = (random: Random) => {
  const [surname, pinyin] = random.pick(words.SURNAMES);
  const given = random.chance(0.7)
    ? random.pick(words.GIVEN_NAME_CHARACTERS) + random.pick(words.GIVEN_NAME_CHARACTERS)
    : random.pick(words.GIVEN_NAME_CHARACTERS);
  return { fullName: surname + given, pinyin };
};

/** Splits `total` over `weights` (largest remainder), each share at least `minimum`. */
const apportion = (total: number, weights: number[], minimum: number): number[] => {
  const free = total - minimum * weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (free * weight) / sum);
  const shares = exact.map(Math.floor);
  let left = free - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((value, index) => [value - Math.floor(value), index]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let i = 0; left > 0; i = (i + 1) % order.length, left -= 1) shares[order[i][1]] += 1;
  return shares.map((share) => share + minimum);
};

// ---------------------------------------------------------------------------------------------
// Plan: the small, in-memory skeleton every stream refers to.
// ---------------------------------------------------------------------------------------------

const planProducts = (random: Random, count: number): ProductPlan[] =>
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
        value: random.float(attribute.min, attribute.max, attribute.max < 1 ? 3 : attribute.max < 20 ? 2 : 0),
        unit: attribute.unit,
        higherIsBetter: attribute.higherIsBetter,
      })),
    };
  });

const planCompetitors = (random: Random, count: number): CompetitorPlan[] =>
  Array.from({ length: count }, (_, index) => {
    const base = words.COMPETITORS[index % words.COMPETITORS.length];
    const round = Math.floor(index / words.COMPETITORS.length);
    return {
      key: keyOf('competitor', index, 3),
      name: round > 0 ? `${base.name}（${round + 1}）` : base.name,
      // Beyond the named list (bench scale), a competitor covers one to three random domains.
      domains:
        round === 0
          ? [...base.domains]
          : random.sample(words.PRODUCTS.map((family) => family.domain), random.int(1, 3)).sort(),
    };
  });

const SECTOR_DOMAINS: Record<string, readonly string[]> = {
  army: ['uav', 'communications', 'simulation', 'navigation', 'other'],
  navy: ['radar', 'electronic_warfare', 'communications', 'navigation'],
  air_force: ['avionics', 'radar', 'uav', 'electronic_warfare'],
  rocket_force: ['navigation', 'communications', 'simulation', 'other'],
  aerospace_force: ['communications', 'navigation', 'radar'],
  joint_logistics: ['other', 'communications', 'simulation'],
  armed_police: ['uav', 'communications', 'other'],
  civil: ['navigation', 'uav', 'radar', 'other'],
  export: ['uav', 'radar', 'communications', 'electronic_warfare'],
};

const customerName = (random: Random, type: string, sector: string, region: string, index: number, seed: number) => {
  const city = region.replace(/^(河北|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|四川|贵州|云南|陕西|甘肃|青海|新疆|内蒙古)/, '');
  const branch = words.SECTOR_LABELS[sector];
  switch (type) {
    case 'military_unit': {
      const number = 30001 + ((index * 7919 + (seed % 10_000)) % 69_999);
      const kind = random.pick(words.MILITARY_UNIT_KINDS[sector] ?? words.MILITARY_UNIT_KINDS.army);
      return { name: `中国人民解放军${number}部队`, shortName: `${branch}某${kind}` };
    }
    case 'procurement_agency':
      return { name: `${branch}装备部驻${city}地区军事代表局`, shortName: `驻${city}军代局` };
    case 'research_institute': {
      const field = random.pick(words.RESEARCH_FIELDS);
      return { name: `${city}${field}研究所`, shortName: `${city}${field.slice(0, 2)}所` };
    }
    case 'state_enterprise': {
      const word = random.pick(words.COMPANY_WORDS);
      const field = random.pick(words.COMPANY_FIELDS);
      return { name: `${city}${word}${field}有限公司`, shortName: `${word}${field.slice(0, 2)}` };
    }
    case 'foreign_government': {
      const agency = random.pick(words.FOREIGN_AGENCIES);
      return { name: `${region}某国${agency}`, shortName: `${region}${agency.slice(0, 3)}` };
    }
    default: {
      const other = random.pick(words.OTHER_CUSTOMERS);
      return { name: `${city}${other}`, shortName: other.slice(0, 6) };
    }
  }
};

const planCustomers = (random: Random, counts: ScaleCounts, seed: number, productCount: number) => {
  const usedNames = new Set<string>();
  // Its own stream, so account sizes do not shift the names and profiles drawn from `random`.
  const sizes = Random.stream(seed, 'plan:customer-sizes');
  const customers: Omit<CustomerPlan, 'contactStart' | 'contactCount' | 'upliftFrom'>[] = [];
  const weights: number[] = [];
  for (let index = 0; index < counts.customers; index += 1) {
    const type = random.weighted({
      military_unit: 40,
      procurement_agency: 20,
      research_institute: 14,
      state_enterprise: 16,
      foreign_government: 6,
      other: 4,
    });
    const sector =
      type === 'foreign_government'
        ? 'export'
        : type === 'state_enterprise' || type === 'other'
          ? random.weighted({ civil: 3, army: 1, navy: 1, air_force: 1 })
          : random.weighted({ army: 5, navy: 3, air_force: 4, rocket_force: 2, aerospace_force: 1, joint_logistics: 1, armed_police: 1 });
    const region = sector === 'export' ? random.pick(words.EXPORT_REGIONS) : random.pick(words.REGIONS);
    const tier = random.weighted({ strategic: 14, key: 28, regular: 42, prospect: 16 });
    const status =
      tier === 'prospect'
        ? random.weighted({ prospect: 85, active: 15 })
        : random.weighted({ active: 80, dormant: 12, lost: 8 });

    // Every 25th customer is a near-duplicate of an earlier one (a branch office entered separately).
    let names: { name: string; shortName: string };
    let duplicateOf: (typeof customers)[number] | null = null;
    if (index % 25 === 24) {
      duplicateOf = customers[(Math.floor(index / 25) * 11 + 3) % index];
      names = { name: duplicateOf.name + random.pick(words.DUPLICATE_SUFFIXES), shortName: duplicateOf.shortName };
    } else {
      names = customerName(random, type, sector, region, index, seed);
      for (let attempt = 0; usedNames.has(names.name) && attempt < 12; attempt += 1) {
        names = customerName(random, type, sector, random.pick(sector === 'export' ? words.EXPORT_REGIONS : words.REGIONS), index, seed);
      }
      if (usedNames.has(names.name)) names = { ...names, name: `${names.name}（${pad(index + 1, 5)}）` };
    }
    usedNames.add(names.name);

    const quietDays =
      status === 'dormant' ? random.int(95, 300) : status === 'lost' ? random.int(200, 500) : random.chance(0.15) ? random.int(31, 85) : random.int(0, 20);
    const domains = SECTOR_DOMAINS[sector];
    const fleet = Array.from(new Set(Array.from({ length: random.int(1, 4) }, () => {
      const domain = random.pick(domains);
      const candidates = Array.from({ length: productCount }, (_, i) => i).filter((i) => i % words.PRODUCTS.length === words.PRODUCTS.findIndex((f) => f.domain === domain));
      return candidates.length > 0 ? random.pick(candidates) : random.int(0, productCount - 1);
    }))).sort((a, b) => a - b);
    customers.push({
      key: keyOf('customer', index),
      ...names,
      type: duplicateOf?.type ?? type,
      sector: duplicateOf?.sector ?? sector,
      region: duplicateOf?.region ?? region,
      tier,
      status,
      fleet,
      baseSatisfaction: status === 'lost' ? random.float(2.2, 3.2) : random.float(3.0, 4.5),
      quietDays,
    });
    const tierWeight = { strategic: 4, key: 2.5, regular: 1, prospect: 0.4 }[tier] ?? 1;
    // A few very large accounts (about 2 %) carry many times the records of their tier.
    const size = sizes.chance(0.02) ? sizes.float(6, 15) : 1;
    weights.push(size * tierWeight * (status === 'dormant' ? 0.5 : status === 'lost' ? 0.3 : 1));
  }
  return { customers, weights };
};

const planStrategies = (random: Random, plan: Pick<SeedPlan, 'now' | 'counts' | 'customers' | 'customerWeights'>) => {
  const strategies: StrategyPlan[] = [];
  const linkedFeedback = new Map<number, number>();
  const combinations = DIMENSIONS.length * STRATEGY_STATUSES.length;
  for (let index = 0; index < plan.counts.strategies; index += 1) {
    // The first 24 cover every dimension × status; the rest lean to active and draft.
    const dimension = index < combinations ? DIMENSIONS[index % DIMENSIONS.length] : random.pick(DIMENSIONS);
    const status =
      index < combinations
        ? STRATEGY_STATUSES[Math.floor(index / DIMENSIONS.length)]
        : random.weighted({ draft: 2, in_review: 1, approved: 1, active: 4, completed: 2, retired: 1 });
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

/** Builds the in-memory plan (a few thousand small objects even at bench scale). */
export const createPlan = (options: SeedOptions = {}): SeedPlan => {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = options.scale ?? 'demo';
  const now = new Date(options.now ?? DEFAULT_NOW).getTime();
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  if (Number.isNaN(now)) throw new Error(`now must be a date, got ${String(options.now)}`);
  const counts = SCALES[scale];
  if (!counts) throw new Error(`unknown scale ${scale}`);

  const products = planProducts(Random.stream(seed, 'plan:products'), counts.products);
  const competitors = planCompetitors(Random.stream(seed, 'plan:competitors'), counts.competitors);
  const { customers: profiles, weights } = planCustomers(Random.stream(seed, 'plan:customers'), counts, seed, counts.products);

  const contactCounts = apportion(counts.contacts, weights, 1);
  let contactStart = 0;
  const customers: CustomerPlan[] = profiles.map((profile, index) => {
    const planned = { ...profile, contactStart, contactCount: contactCounts[index], upliftFrom: Number.POSITIVE_INFINITY };
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
    if ((strategy.status === 'active' || strategy.status === 'completed') && strategy.startDate !== null && strategy.dimension !== 'brand') {
      for (const target of strategy.targetCustomers) {
        customers[target].upliftFrom = Math.min(customers[target].upliftFrom, strategy.startDate);
      }
    }
  }

  return { seed, scale, now, counts, products, competitors, customers, customerWeights, strategies, linkedFeedback };
};

// ---------------------------------------------------------------------------------------------
// Streams, one per content type.
// ---------------------------------------------------------------------------------------------

export function* generateProducts(plan: SeedPlan): Generator<SeedRecord> {
  const random = Random.stream(plan.seed, 'products');
  for (const [index, product] of plan.products.entries()) {
    const label = words.PRODUCT_DOMAIN_LABELS[product.domain];
    yield {
      uid: UIDS.product,
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

export function* generateCompetitors(plan: SeedPlan): Generator<SeedRecord> {
  const random = Random.stream(plan.seed, 'competitors');
  for (const [index, competitor] of plan.competitors.entries()) {
    const base = words.COMPETITORS[index % words.COMPETITORS.length];
    const sources = Array.from({ length: random.int(1, 3) }, (_, sourceIndex) => ({
      title: random.pick(['年度报告', '防务展现场调研', '公开招标结果', '行业期刊报道', '客户访谈纪要', '专利检索分析']) + `（${sourceIndex + 1}）`,
      url: `https://intel.example.cn/competitors/${pad(index + 1, 3)}/${sourceIndex + 1}`,
      date: isoDate(plan.now - random.int(10, 500) * DAY),
      reliability: random.weighted({ A: 2, B: 4, C: 4, D: 2, E: 1, F: 1 }),
    }));
    yield {
      uid: UIDS.competitor,
      key: competitor.key,
      data: {
        name: competitor.name,
        country: base.country,
        ownership: base.ownership,
        domains: competitor.domains,
        threatLevel: random.weighted({ low: 2, medium: 4, high: 3, critical: 1 }),
        marketShare: random.float(2, 35, 1),
        strengths: base.strengths,
        weaknesses: base.weaknesses,
        // About one in four is stale (not reviewed for 180 days).
        lastReviewedAt: isoDate(plan.now - (random.chance(0.25) ? random.int(181, 500) : random.int(5, 170)) * DAY),
        sources,
        classification: classify(random, { internal: 55, confidential: 35, secret: 8, public: 2 }),
      },
      links: {},
    };
  }
}

export function* generateCompetitorOfferings(plan: SeedPlan): Generator<SeedRecord> {
  const random = Random.stream(plan.seed, 'competitor-offerings');
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
    const links: Record<string, string> = { competitor: competitor.key };
    if (comparable) links.comparableProduct = comparable.key;
    yield {
      uid: UIDS.competitorOffering,
      key: keyOf('competitor-offering', index),
      data: {
        name: `${competitor.name.slice(0, 4)} ${random.pick(['WJ', 'HQ', 'TX', 'LX', 'SK', 'ZF'])}-${random.int(2, 90)} ${words.PRODUCT_DOMAIN_LABELS[domain]}`,
        domain,
        attributes,
        priceEstimate: random.float(50, 8000, 0),
        notes: random.pick(['公开展会资料', '根据招标文件推算', '客户反馈信息', '行业报告估算']),
        classification: classify(random, { internal: 60, confidential: 32, secret: 5, public: 3 }),
      },
      links,
    };
  }
}

export function* generateCustomers(plan: SeedPlan): Generator<SeedRecord> {
  const random = Random.stream(plan.seed, 'customers');
  for (const [index, customer] of plan.customers.entries()) {
    const needs = Array.from({ length: random.int(customer.tier === 'prospect' ? 0 : 1, 4) }, () => {
      const category = random.weighted({ performance: 3, quality: 2, reliability: 3, delivery: 2, service: 3, training: 2, price: 2, technology: 3, other: 1 });
      const product = plan.products[random.pick(customer.fleet)];
      const title = fill(random.pick(words.NEED_TEMPLATES[category]), { product: product.name });
      return {
        title,
        category,
        priority: random.weighted({ low: 2, medium: 4, high: 3, critical: 1 }),
        description: `${customer.shortName}提出：${title}，涉及${product.name}。`,
      };
    });
    const classification =
      customer.type === 'military_unit'
        ? classify(random, { internal: 60, confidential: 32, secret: 8 })
        : classify(random, { internal: 80, public: 8, confidential: 10, secret: 2 });
    const code = `${customer.sector === 'export' ? 'EX' : 'CN'}-${customer.type.split('_').map((part) => part[0].toUpperCase()).join('')}-${pad(index + 1, 5)}`;
    const links: Record<string, string> = {};
    if (random.chance(0.94)) links.owner = USER_KEY.accountManager;
    yield {
      uid: UIDS.customer,
      key: customer.key,
      data: {
        name: customer.name,
        shortName: customer.shortName,
        code,
        type: customer.type,
        sector: customer.sector,
        region: customer.region,
        tier: customer.tier,
        status: customer.status,
        needs,
        notes: random.chance(0.5) ? random.pick(['年度订货稳定，重视保障响应', '新组建单位，需求处于论证阶段', '对价格敏感', '关注国产化与自主可控', '与竞争对手合作较多']) : null,
        classification,
      },
      links,
    };
  }
}

export function* generateContacts(plan: SeedPlan): Generator<SeedRecord> {
  const random = Random.stream(plan.seed, 'contacts');
  for (const customer of plan.customers) {
    for (let offset = 0; offset < customer.contactCount; offset += 1) {
      const index = customer.contactStart + offset;
      const { fullName, pinyin } = chineseName(random);
      const isKey = offset === 0 ? random.chance(0.85) : random.chance(0.15);
      yield {
        uid: UIDS.contact,
        key: keyOf('contact', index, 6),
        data: {
          fullName,
          position: random.pick(isKey ? words.POSITIONS_KEY : words.POSITIONS_OTHER),
          department: random.pick(words.DEPARTMENTS),
          phone: random.chance(0.7)
            ? `1${random.pick(['3', '5', '8', '9'])}${random.int(0, 9)}${pad(random.int(0, 99_999_999), 8)}`
            : `0${random.int(10, 99)}-${random.int(6, 8)}${pad(random.int(0, 9_999_999), 7)}`,
          email: random.chance(0.8) ? `${pinyin}${pad(index + 1, 6)}@${customer.key.replace(':', '')}.example.cn` : null,
          isKeyDecisionMaker: isKey,
          influence: isKey ? random.weighted({ high: 8, medium: 2 }) : random.weighted({ low: 4, medium: 5, high: 1 }),
          notes: random.chance(0.2) ? random.pick(['技术出身，关注指标细节', '新到任', '对服务响应要求高', '倾向于国产方案']) : null,
          classification: classify(random),
        },
        links: { customer: customer.key },
      };
    }
  }
}

const contactKey = (customer: CustomerPlan, random: Random) =>
  keyOf('contact', customer.contactStart + random.int(0, customer.contactCount - 1), 6);

export function* generateInteractions(plan: SeedPlan): Generator<SeedRecord> {
  const random = Random.stream(plan.seed, 'interactions');
  for (let index = 0; index < plan.counts.interactions; index += 1) {
    const customer = plan.customers[pickCumulative(random, plan.customerWeights)];
    const type = random.weighted({ visit: 16, meeting: 14, call: 22, email: 14, training: 6, technical_support: 12, exhibition: 3, delivery: 6, review: 7 });
    const occurredAt = customerTime(random, plan, customer);
    const product = plan.products[random.pick(customer.fleet)];
    const contacts = Array.from(new Set(Array.from({ length: random.int(1, Math.min(3, customer.contactCount)) }, () => contactKey(customer, random)))).sort();
    const contactName = `${customer.shortName}相关负责同志`;
    const links: Record<string, string | string[]> = { customer: customer.key, contacts };
    links.owner = ['technical_support', 'training', 'delivery'].includes(type) ? USER_KEY.serviceEngineer : USER_KEY.accountManager;
    const followUp = random.chance(0.35) ? occurredAt + random.int(3, 30) * DAY : null;
    yield {
      uid: UIDS.interaction,
      key: keyOf('interaction', index, 7),
      data: {
        type,
        occurredAt: iso(occurredAt),
        summary: fill(random.pick(words.INTERACTION_SUMMARIES[type]), { customer: customer.shortName, product: product.name, contact: contactName }),
        outcome: random.chance(0.8) ? random.pick(words.INTERACTION_OUTCOMES) : null,
        followUpAt: followUp === null ? null : iso(followUp),
        classification: classify(random),
      },
      links,
    };
  }
}

export function* generateFeedback(plan: SeedPlan): Generator<SeedRecord> {
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
      : random.weighted({ performance: 14, quality: 12, reliability: 16, delivery: 10, service: 16, training: 8, price: 8, technology: 10, other: 6 });
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
    let respondedAt: number | null = status === 'new' ? null : receivedAt + Math.max(0.1, random.logNormal(responseMedianHours)) * HOUR;
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
      uid: UIDS.feedback,
      key: keyOf('feedback', index, 6),
      data: {
        channel: random.weighted({ visit: 20, survey: 12, hotline: 22, email: 14, field_report: 22, review_meeting: 10 }),
        category,
        severity,
        satisfaction: random.chance(0.85) ? Math.round(clamp(random.normal(satisfactionBase, 0.7), 1, 5)) : null,
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

export function* generateServiceTickets(plan: SeedPlan): Generator<SeedRecord> {
  const random = Random.stream(plan.seed, 'service-tickets');
  for (let index = 0; index < plan.counts.serviceTickets; index += 1) {
    const customer = plan.customers[pickCumulative(random, plan.customerWeights)];
    const priority = random.weighted({ p1: 8, p2: 22, p3: 45, p4: 25 });
    const type = random.weighted({ repair: 40, maintenance: 20, upgrade: 12, training: 8, technical_support: 20 });
    const openedAt = customerTime(random, plan, customer);
    const [responseTarget, resolveTarget] = SLA_HOURS[priority];
    const improved = openedAt >= customer.upliftFrom;
    const acknowledgeHours = random.chance(improved ? 0.94 : 0.88)
      ? responseTarget * random.float(0.05, 0.95, 3)
      : responseTarget * random.float(1.05, 3, 3);
    const resolveHours = random.chance(improved ? 0.93 : 0.84)
      ? resolveTarget * random.float(improved ? 0.1 : 0.15, improved ? 0.7 : 0.95, 3)
      : resolveTarget * random.float(1.05, 2.5, 3);
    const minute = (time: number) => Math.round(time / 60_000) * 60_000;
    let acknowledgedAt: number | null = minute(openedAt + acknowledgeHours * HOUR);
    let resolvedAt: number | null = minute(openedAt + Math.max(resolveHours, acknowledgeHours + 0.25) * HOUR);
    let status: string;
    if (acknowledgedAt > plan.now) {
      acknowledgedAt = null;
      resolvedAt = null;
      status = 'open';
    } else if (resolvedAt > plan.now || random.chance(0.02)) {
      // Not yet resolved, and a small backlog of old tickets still in progress.
      resolvedAt = null;
      status = random.chance(0.3) ? 'acknowledged' : 'in_progress';
    } else {
      status = plan.now - resolvedAt < 7 * DAY || random.chance(0.2) ? 'resolved' : 'closed';
    }
    const product = plan.products[random.pick(customer.fleet)];
    const title = fill(random.pick(words.TICKET_TITLES[type]), { product: product.name });
    const withinTarget = resolvedAt !== null && resolvedAt - openedAt <= resolveTarget * HOUR;
    yield {
      uid: UIDS.serviceTicket,
      key: keyOf('service-ticket', index, 6),
      data: {
        title,
        description: `${customer.shortName}报：${title}，请按${priority.toUpperCase()}级别处理。`,
        type,
        priority,
        status,
        openedAt: iso(openedAt),
        acknowledgedAt: acknowledgedAt === null ? null : iso(acknowledgedAt),
        resolvedAt: resolvedAt === null ? null : iso(resolvedAt),
        site: `${customer.region}${random.pick(['外场', '机场', '阵地', '码头', '营区', '试验场', '修理所'])}`,
        team: customer.sector === 'export' ? '海外保障队' : random.pick(words.TEAMS.slice(0, 7)),
        rootCause: resolvedAt !== null && type === 'repair' ? random.pick(words.ROOT_CAUSES) : null,
        customerRating: resolvedAt !== null && random.chance(0.75) ? (withinTarget ? random.int(4, 5) : random.int(2, 4)) : null,
        classification: classify(random),
      },
      links: { customer: customer.key, product: product.key },
    };
  }
}

export function* generateSurveyResponses(plan: SeedPlan): Generator<SeedRecord> {
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
    const overall = Math.round(clamp(values.reduce((a, b) => a + b, 0) / values.length + random.normal(0, 0.3), 1, 5));
    const data: Record<string, unknown> = {
      respondedAt: iso(respondedAt),
      overall,
      ...Object.fromEntries(Object.entries(subScores).map(([name, value]) => [name, random.chance(0.9) ? value : null])),
      recommend: Math.round(clamp((overall - 1) * 2.5 + random.normal(0, 1.2), 0, 10)),
      comments: random.chance(0.5) ? random.pick(words.SURVEY_COMMENTS) : null,
      classification: classify(random),
    };
    const links: Record<string, string> = { customer: customer.key };
    if (random.chance(0.8)) links.contact = contactKey(customer, random);
    yield { uid: UIDS.surveyResponse, key: keyOf('survey-response', index, 6), data, links };
  }
}

const WIN_REASONS = { price: 3, performance: 4, quality: 2, reliability: 2, service: 3, delivery: 2, technology: 3, relationship: 3, compliance: 1, other: 1 };
const LOSS_REASONS = { price: 5, performance: 3, quality: 1, reliability: 2, service: 2, delivery: 3, technology: 2, relationship: 2, compliance: 1, other: 1 };

export function* generateOpportunities(plan: SeedPlan): Generator<SeedRecord> {
  const random = Random.stream(plan.seed, 'opportunities');
  for (let index = 0; index < plan.counts.opportunities; index += 1) {
    const customer = plan.customers[pickCumulative(random, plan.customerWeights)];
    const stage = random.weighted({ lead: 10, qualification: 10, proposal: 12, bidding: 12, negotiation: 8, won: 22, lost: 18, abandoned: 8 });
    const products = random.sample(customer.fleet, random.int(1, Math.min(2, customer.fleet.length))).sort((a, b) => a - b).map((i) => plan.products[i]);
    const domain = products[0].domain;
    const rivals = plan.competitors.filter((competitor) => competitor.domains.includes(domain));
    const competitors = random.sample(rivals.length > 0 ? rivals : plan.competitors, random.int(1, 3)).map((c) => c.key).sort();
    const closed = stage === 'won' || stage === 'lost' || stage === 'abandoned';
    const closedAt = closed ? plan.now - random.int(Math.max(3, customer.quietDays), HISTORY_DAYS) * DAY : null;
    const baseProbability = { lead: 10, qualification: 25, proposal: 40, bidding: 50, negotiation: 70, won: 100, lost: 0, abandoned: 0 }[stage] ?? 0;
    const reasons =
      stage === 'won' || stage === 'lost'
        ? Array.from({ length: random.int(1, 3) }, () => random.weighted(stage === 'won' ? WIN_REASONS : LOSS_REASONS))
            .filter((category, position, all) => all.indexOf(category) === position)
            .map((category) => ({ category, note: words.REASON_NOTES[category][stage === 'won' ? 0 : 1] }))
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
      uid: UIDS.opportunity,
      key: keyOf('opportunity', index, 5),
      data: {
        title: fill(random.pick(words.OPPORTUNITY_TITLES), {
          customer: customer.shortName,
          product: products[0].name,
          domain: words.PRODUCT_DOMAIN_LABELS[domain],
        }),
        stage,
        value: Math.round(Math.exp(random.float(Math.log(80), Math.log(25_000), 4))),
        probability: closed ? baseProbability : clamp(baseProbability + random.int(-10, 10), 0, 100),
        expectedDecisionAt: isoDate(closedAt ?? plan.now + random.int(20, 270) * DAY),
        closedAt: closedAt === null ? null : isoDate(closedAt),
        reasons,
        classification: classify(random, { internal: 65, confidential: 28, secret: 5, public: 2 }),
      },
      links,
    };
  }
}

export function* generateStrategies(plan: SeedPlan): Generator<SeedRecord> {
  const random = Random.stream(plan.seed, 'strategies');
  for (const [index, strategy] of plan.strategies.entries()) {
    const products = random.sample(plan.products, strategy.dimension === 'brand' ? random.int(0, 1) : random.int(1, 2)).map((p) => p.key).sort();
    const mainProduct = plan.products.find((p) => p.key === products[0]) ?? random.pick(plan.products);
    const started = strategy.status === 'active' || strategy.status === 'completed' || strategy.status === 'retired';
    const progress = strategy.status === 'completed' ? random.float(0.7, 1.15) : strategy.status === 'active' ? random.float(0.1, 0.9) : strategy.status === 'retired' ? random.float(0, 0.5) : 0;
    const kpis = random.sample(words.KPI_TEMPLATES[strategy.dimension], random.int(1, 3)).map((template) => ({
      name: template.name,
      unit: template.unit,
      baseline: template.baseline,
      target: template.target,
      actual: started ? Math.round((template.baseline + (template.target - template.baseline) * progress) * 100) / 100 : null,
    }));
    const investment = random.float(50, 3000, 0);
    const benefitFactor = strategy.status === 'completed' ? random.float(0.6, 3) : strategy.status === 'active' ? random.float(0, 1.6) : strategy.status === 'retired' ? random.float(0, 0.8) : 0;
    // Related strategies point back at earlier ones, mostly of other dimensions (integration).
    const earlier = plan.strategies.slice(0, index);
    const related = random
      .sample(earlier.filter((other) => other.dimension !== strategy.dimension || random.chance(0.2)), random.int(0, Math.min(2, earlier.length)))
      .map((other) => other.key)
      .sort();
    const targetCompetitors = random.sample(plan.competitors, random.int(strategy.dimension === 'brand' ? 0 : 1, 3)).map((c) => c.key).sort();
    const title = fill(random.pick(words.STRATEGY_TITLES[strategy.dimension]), {
      product: mainProduct.name.replace(/（.*）$/, ''),
      domain: words.PRODUCT_DOMAIN_LABELS[mainProduct.domain],
    });
    yield {
      uid: UIDS.strategy,
      key: strategy.key,
      data: {
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
      },
      links: {
        targetCustomers: strategy.targetCustomers.map((i) => plan.customers[i].key),
        targetCompetitors,
        products,
        feedbacks: strategy.feedbacks.map((i) => keyOf('feedback', i, 6)),
        relatedStrategies: related,
        owner: USER_KEY.strategyAnalyst,
      },
    };
  }
}

const paragraphs = (texts: string[]) => texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

export function* generateBrandMaterials(plan: SeedPlan): Generator<SeedRecord> {
  const random = Random.stream(plan.seed, 'brand-materials');
  const brandStrategies = plan.strategies.filter((strategy) => strategy.dimension === 'brand');
  for (let index = 0; index < plan.counts.brandMaterials; index += 1) {
    const base = words.MATERIAL_TITLES[index % words.MATERIAL_TITLES.length];
    const round = Math.floor(index / words.MATERIAL_TITLES.length);
    const kind = random.weighted({ brochure: 3, press_release: 2, exhibition: 2, video: 1, article: 2, advertisement: 1, white_paper: 2 });
    const audience = random.weighted({ domestic_military: 4, export: 3, public: 3, internal: 1 });
    const channel = random.pick(words.MATERIAL_CHANNELS);
    const classification =
      audience === 'internal' ? 'internal' : random.weighted({ public: 50, internal: 38, confidential: 12 });
    const slug = `material-${pad(index + 1, 4)}`;
    const zhTitle = round > 0 ? `${base.zh}（${round + 1}）` : base.zh;
    const enTitle = round > 0 ? `${base.en} (${round + 1})` : base.en;
    const hasEnglish = audience === 'export' || random.chance(0.3);
    const published = classification !== 'confidential' && random.chance(0.65);
    const links: Record<string, string> = {};
    if (brandStrategies.length > 0 && random.chance(0.8)) links.strategy = random.pick(brandStrategies).key;
    yield {
      uid: UIDS.brandMaterial,
      key: keyOf('brand-material', index),
      locale: DEFAULT_LOCALE,
      data: {
        title: zhTitle,
        slug,
        kind,
        body: paragraphs([`${zhTitle}。`, random.pick(['公司坚持以客户为中心，提供全寿命周期保障。', '产品经过严格的环境与可靠性试验验证。', '依托自主可控技术，持续提升装备性能。'])]),
        audience,
        channel: channel.zh,
        classification,
      },
      localizations: hasEnglish
        ? {
            en: {
              title: enTitle,
              slug: `${slug}-en`,
              body: paragraphs([`${enTitle}.`, random.pick(['Through-life support, close to the customer.', 'Proven by rigorous environmental and reliability testing.', 'Indigenous technology, continuously improved.'])]),
              channel: channel.en,
            },
          }
        : undefined,
      publish: published ? (hasEnglish ? [DEFAULT_LOCALE, 'en'] : [DEFAULT_LOCALE]) : [],
      links,
    };
  }
}

export function* generateCampaigns(plan: SeedPlan): Generator<SeedRecord> {
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
      .sample(plan.strategies.filter((s) => s.dimension === 'brand' || s.dimension === 'service' || random.chance(0.2)), random.int(1, 3))
      .map((s) => s.key)
      .sort();
    const customerIndexes = new Set<number>();
    const targetCount = random.int(2, Math.min(8, plan.customers.length));
    while (customerIndexes.size < targetCount) customerIndexes.add(pickCumulative(random, plan.customerWeights));
    const materials = random
      .sample(Array.from({ length: plan.counts.brandMaterials }, (_, i) => keyOf('brand-material', i)), random.int(1, 3))
      .sort();
    yield {
      uid: UIDS.campaign,
      key: keyOf('campaign', index, 3),
      data: {
        name: fill(words.CAMPAIGN_NAMES[index % words.CAMPAIGN_NAMES.length], { year: new Date(startDate).getUTCFullYear() || year, domain }),
        objective: random.pick(['提升重点客户满意度与品牌认知', '推广新型号装备，获取商机线索', '巩固出口市场合作关系', '展示全寿命周期保障能力']),
        startDate: isoDate(startDate),
        endDate: isoDate(endDate),
        budget: random.float(20, 800, 0),
        status,
        results: status === 'finished' ? fill(random.pick(words.CAMPAIGN_RESULTS), { n: random.int(10, 200), m: random.int(1, 12) }) : null,
        classification: classify(random, { internal: 70, public: 20, confidential: 10 }),
      },
      links: {
        strategies,
        targetCustomers: [...customerIndexes].sort((a, b) => a - b).map((i) => plan.customers[i].key),
        materials,
      },
    };
  }
}

/** The streams in load order: every relation points at a record of an earlier stream. */
export const STREAMS: readonly { uid: SeedUid; count: keyof ScaleCounts; generate: (plan: SeedPlan) => Generator<SeedRecord> }[] = [
  { uid: UIDS.product, count: 'products', generate: generateProducts },
  { uid: UIDS.competitor, count: 'competitors', generate: generateCompetitors },
  { uid: UIDS.competitorOffering, count: 'competitorOfferings', generate: generateCompetitorOfferings },
  { uid: UIDS.customer, count: 'customers', generate: generateCustomers },
  { uid: UIDS.contact, count: 'contacts', generate: generateContacts },
  { uid: UIDS.interaction, count: 'interactions', generate: generateInteractions },
  { uid: UIDS.feedback, count: 'feedback', generate: generateFeedback },
  { uid: UIDS.serviceTicket, count: 'serviceTickets', generate: generateServiceTickets },
  { uid: UIDS.surveyResponse, count: 'surveyResponses', generate: generateSurveyResponses },
  { uid: UIDS.opportunity, count: 'opportunities', generate: generateOpportunities },
  { uid: UIDS.strategy, count: 'strategies', generate: generateStrategies },
  { uid: UIDS.brandMaterial, count: 'brandMaterials', generate: generateBrandMaterials },
  { uid: UIDS.campaign, count: 'campaigns', generate: generateCampaigns },
];

/** Every record of the data set, in load order. */
export function* generateDataset(options: SeedOptions = {}): Generator<SeedRecord> {
  const plan = createPlan(options);
  for (const stream of STREAMS) yield* stream.generate(plan);
}

/** A short fingerprint of the options, to print beside the data set. */
export const describeOptions = (options: SeedOptions = {}) => {
  const seed = options.seed ?? DEFAULT_SEED;
  const now = new Date(options.now ?? DEFAULT_NOW).toISOString();
  return { seed, scale: options.scale ?? 'demo', now, id: hashString(`${seed}|${options.scale ?? 'demo'}|${now}`).toString(16) };
};
