/** Service tickets: SLA timings by priority, better once a strategy has lifted the customer. */
import { pickCumulative, Random } from '../random';
import * as words from '../vocabulary';
import { customerTime, DAY, HOUR, iso } from './calendar';
import { classify, fill } from './fields';
import { keyOf } from './keys';
import type { SeedPlan, StreamRecord } from './types';

/** SLA targets of SPEC §4 in hours, by priority: [response, resolve]. */
export const SLA_HOURS: Record<string, readonly [number, number]> = {
  p1: [2, 24],
  p2: [4, 72],
  p3: [24, 168],
  p4: [72, 336],
};

export function* serviceTicketRecords(plan: SeedPlan): Generator<StreamRecord> {
  const random = Random.stream(plan.seed, 'service-tickets');
  for (let index = 0; index < plan.counts.serviceTickets; index += 1) {
    const customer = plan.customers[pickCumulative(random, plan.customerWeights)];
    const priority = random.weighted({ p1: 8, p2: 22, p3: 45, p4: 25 });
    const type = random.weighted({
      repair: 40,
      maintenance: 20,
      upgrade: 12,
      training: 8,
      technical_support: 20,
    });
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
    let resolvedAt: number | null = minute(
      openedAt + Math.max(resolveHours, acknowledgeHours + 0.25) * HOUR,
    );
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
        customerRating:
          resolvedAt !== null && random.chance(0.75)
            ? withinTarget
              ? random.int(4, 5)
              : random.int(2, 4)
            : null,
        classification: classify(random),
      },
      links: { customer: customer.key, product: product.key },
    };
  }
}
