/** Customers: the plan's profiles (type, sector, tier, activity weight, quiet period) and their records. */
import { USER_KEY } from '../accounts';
import { Random } from '../random';
import type { ScaleCounts } from '../scales';
import * as words from '../vocabulary';
import { classify, fill } from './fields';
import { keyOf, pad } from './keys';
import type { CustomerPlan, SeedPlan, StreamRecord } from './types';

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

const customerName = (
  random: Random,
  type: string,
  sector: string,
  region: string,
  index: number,
  seed: number,
) => {
  const city = region.replace(
    /^(河北|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|四川|贵州|云南|陕西|甘肃|青海|新疆|内蒙古)/,
    '',
  );
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

/** Customer profiles and their activity weights (tier, status, a few very large accounts). */
export const planCustomers = (
  random: Random,
  counts: ScaleCounts,
  seed: number,
  productCount: number,
) => {
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
          : random.weighted({
              army: 5,
              navy: 3,
              air_force: 4,
              rocket_force: 2,
              aerospace_force: 1,
              joint_logistics: 1,
              armed_police: 1,
            });
    const region =
      sector === 'export' ? random.pick(words.EXPORT_REGIONS) : random.pick(words.REGIONS);
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
      names = {
        name: duplicateOf.name + random.pick(words.DUPLICATE_SUFFIXES),
        shortName: duplicateOf.shortName,
      };
    } else {
      names = customerName(random, type, sector, region, index, seed);
      for (let attempt = 0; usedNames.has(names.name) && attempt < 12; attempt += 1) {
        names = customerName(
          random,
          type,
          sector,
          random.pick(sector === 'export' ? words.EXPORT_REGIONS : words.REGIONS),
          index,
          seed,
        );
      }
      if (usedNames.has(names.name))
        names = { ...names, name: `${names.name}（${pad(index + 1, 5)}）` };
    }
    usedNames.add(names.name);

    const quietDays =
      status === 'dormant'
        ? random.int(95, 300)
        : status === 'lost'
          ? random.int(200, 500)
          : random.chance(0.15)
            ? random.int(31, 85)
            : random.int(0, 20);
    const domains = SECTOR_DOMAINS[sector];
    const fleet = Array.from(
      new Set(
        Array.from({ length: random.int(1, 4) }, () => {
          const domain = random.pick(domains);
          const candidates = Array.from({ length: productCount }, (_, i) => i).filter(
            (i) =>
              i % words.PRODUCTS.length === words.PRODUCTS.findIndex((f) => f.domain === domain),
          );
          return candidates.length > 0 ? random.pick(candidates) : random.int(0, productCount - 1);
        }),
      ),
    ).sort((a, b) => a - b);
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

export function* customerRecords(plan: SeedPlan): Generator<StreamRecord> {
  const random = Random.stream(plan.seed, 'customers');
  for (const [index, customer] of plan.customers.entries()) {
    const needs = Array.from(
      { length: random.int(customer.tier === 'prospect' ? 0 : 1, 4) },
      () => {
        const category = random.weighted({
          performance: 3,
          quality: 2,
          reliability: 3,
          delivery: 2,
          service: 3,
          training: 2,
          price: 2,
          technology: 3,
          other: 1,
        });
        const product = plan.products[random.pick(customer.fleet)];
        const title = fill(random.pick(words.NEED_TEMPLATES[category]), { product: product.name });
        return {
          title,
          category,
          priority: random.weighted({ low: 2, medium: 4, high: 3, critical: 1 }),
          description: `${customer.shortName}提出：${title}，涉及${product.name}。`,
        };
      },
    );
    const classification =
      customer.type === 'military_unit'
        ? classify(random, { internal: 60, confidential: 32, secret: 8 })
        : classify(random, { internal: 80, public: 8, confidential: 10, secret: 2 });
    const code = `${customer.sector === 'export' ? 'EX' : 'CN'}-${customer.type
      .split('_')
      .map((part) => part[0].toUpperCase())
      .join('')}-${pad(index + 1, 5)}`;
    const links: Record<string, string> = {};
    if (random.chance(0.94)) links.owner = USER_KEY.accountManager;
    yield {
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
        notes: random.chance(0.5)
          ? random.pick([
              '年度订货稳定，重视保障响应',
              '新组建单位，需求处于论证阶段',
              '对价格敏感',
              '关注国产化与自主可控',
              '与竞争对手合作较多',
            ])
          : null,
        classification,
      },
      links,
    };
  }
}
