/**
 * Naive customer health and data quality: customers, contacts, interactions, surveys, feedback and
 * tickets read one by one and grouped by customer here; duplicate names paired the obvious way.
 */
import type { Core } from '@strapi/strapi';
import type {
  CustomerHealth,
  GetDataQuality,
} from '../../plugins/synergy/shared/contracts/analytics';
import {
  completeness,
  daysBefore,
  daysBetween,
  duplicateCandidates,
  healthBand,
  healthScore,
  issuesComponent,
  mean,
  ratio,
  recencyComponent,
  satisfactionComponent,
  serviceComponent,
  type SlaTargets,
} from '../../plugins/synergy/server/src/domain/analytics';
import {
  many,
  num,
  one,
  readAll,
  slaTargets,
  str,
  time,
  type Doc,
  type NaiveEndpoint,
} from './read';

const MS_PER_HOUR = 3_600_000;
const CLOSED = ['resolved', 'closed'];

interface CustomerRecords {
  surveys: Doc[];
  interactions: Doc[];
  feedback: Doc[];
  tickets: Doc[];
}

const isOpen = (doc: Doc) => !CLOSED.includes(str(doc, 'status') ?? '');

const healthOf = (
  { surveys, interactions, feedback, tickets }: CustomerRecords,
  targets: SlaTargets,
  now: Date,
): { health: number; lastInteraction: number | null } => {
  const [yearAgo, nowMs] = [daysBefore(now, 365).getTime(), now.getTime()];
  const recentOverall = surveys
    .filter(
      (s) => (time(s, 'respondedAt') ?? 0) >= yearAgo && (time(s, 'respondedAt') ?? 0) <= nowMs,
    )
    .map((s) => num(s, 'overall'))
    .filter((v): v is number => v != null);
  const interactionTimes = interactions
    .map((i) => time(i, 'occurredAt'))
    .filter((t): t is number => t != null && t <= nowMs);
  const lastInteraction = interactionTimes.length === 0 ? null : Math.max(...interactionTimes);
  const openIssues =
    feedback.filter((f) => isOpen(f) && ['high', 'critical'].includes(str(f, 'severity') ?? ''))
      .length +
    tickets.filter((t) => isOpen(t) && ['p1', 'p2'].includes(str(t, 'priority') ?? '')).length;
  const resolved = tickets.filter(
    (t) =>
      t.priority != null &&
      (time(t, 'resolvedAt') ?? 0) >= yearAgo &&
      t.resolvedAt != null &&
      (time(t, 'resolvedAt') ?? 0) <= nowMs,
  );
  const inTime = resolved.filter((t) => {
    const target = targets[str(t, 'priority') as keyof SlaTargets];
    return (
      target != null &&
      (time(t, 'resolvedAt') ?? 0) - (time(t, 'openedAt') ?? 0) <= target.resolveHours * MS_PER_HOUR
    );
  });
  const health = healthScore({
    s: satisfactionComponent(
      ratio(
        recentOverall.reduce((a, b) => a + b, 0),
        recentOverall.length,
      ),
    ),
    r: recencyComponent(
      lastInteraction == null ? null : Math.max(0, daysBetween(new Date(lastInteraction), now)),
    ),
    i: issuesComponent(openIssues),
    v: serviceComponent(ratio(inTime.length, resolved.length)),
  });
  return { health, lastInteraction };
};

const RECORD_TYPES = {
  surveys: 'api::survey-response.survey-response',
  interactions: 'api::interaction.interaction',
  feedback: 'api::feedback.feedback',
  tickets: 'api::service-ticket.service-ticket',
} as const;

/** Every record of the four kinds, grouped by the documentId of its (visible) customer. */
const recordsByCustomer = async (
  strapi: Core.Strapi,
  filters?: Record<string, unknown>,
): Promise<Map<string, CustomerRecords>> => {
  const byCustomer = new Map<string, CustomerRecords>();
  const entries = Object.entries(RECORD_TYPES) as Array<
    [keyof CustomerRecords, (typeof RECORD_TYPES)[keyof CustomerRecords]]
  >;
  const lists = await Promise.all(
    entries.map(([, uid]) =>
      readAll(strapi, uid, {
        ...(filters ? { filters } : {}),
        populate: { customer: { fields: ['documentId'] } },
      }),
    ),
  );
  entries.forEach(([kind], index) => {
    for (const record of lists[index]) {
      const customer = str(one(record, 'customer'), 'documentId');
      if (!customer) continue;
      const entry = byCustomer.get(customer) ?? {
        surveys: [],
        interactions: [],
        feedback: [],
        tickets: [],
      };
      entry[kind].push(record);
      byCustomer.set(customer, entry);
    }
  });
  return byCustomer;
};

const NO_RECORDS: CustomerRecords = { surveys: [], interactions: [], feedback: [], tickets: [] };

export const naiveHealth: NaiveEndpoint = {
  name: 'customer health',
  perDocument: true,
  path: '/api/synergy/customers/:customer/health',
  reads: Object.values(RECORD_TYPES),
  async compute(strapi, { customer }) {
    const records = await recordsByCustomer(strapi, { customer: { documentId: customer } });
    const { health } = healthOf(
      records.get(customer) ?? NO_RECORDS,
      await slaTargets(strapi),
      new Date(),
    );
    return { health };
  },
  pick: (data) => ({ health: (data as CustomerHealth).health }),
};

export const naiveDataQuality: NaiveEndpoint = {
  name: 'data-quality',
  path: '/api/synergy/data-quality',
  reads: ['api::customer.customer', 'api::contact.contact', ...Object.values(RECORD_TYPES)],
  async compute(strapi) {
    const now = new Date();
    const [customers, records, targets] = await Promise.all([
      readAll(strapi, 'api::customer.customer', {
        populate: {
          owner: { fields: ['id'] },
          contacts: { fields: ['isKeyDecisionMaker'] },
          needs: true,
        },
      }),
      recordsByCustomer(strapi),
      slaTargets(strapi),
    ]);
    const recent = daysBefore(now, 90).getTime();
    const bands = { healthy: 0, watch: 0, at_risk: 0 };
    let stale = 0;
    const scores = customers.map((customer) => {
      const own = records.get(str(customer, 'documentId') ?? '') ?? NO_RECORDS;
      const { health, lastInteraction } = healthOf(own, targets, now);
      bands[healthBand(health)] += 1;
      const filled = (key: string) => (str(customer, key) ?? '') !== '';
      const contacts = many(customer, 'contacts');
      const result = completeness({
        code: filled('code'),
        type: filled('type'),
        sector: filled('sector'),
        region: filled('region'),
        tier: filled('tier'),
        owner: one(customer, 'owner') != null,
        contact: contacts.length > 0,
        keyDecisionMaker: contacts.some((contact) => contact.isKeyDecisionMaker === true),
        need: many(customer, 'needs').length > 0,
        recentInteraction: lastInteraction != null && lastInteraction >= recent,
      });
      if (result.failing.includes('recentInteraction')) stale += 1;
      return result.completeness;
    });
    const duplicates = duplicateCandidates(
      customers.map((c, index) => ({ id: index + 1, name: str(c, 'name') ?? '' })),
    );
    return {
      completeness: mean(scores),
      staleCustomers: stale,
      duplicates: duplicates.length,
      ...bands,
    };
  },
  pick(data) {
    const quality = data as GetDataQuality.DataQuality;
    return {
      completeness: quality.completeness,
      staleCustomers: quality.staleCustomers.length,
      duplicates: quality.duplicates.length,
      ...quality.health.bands,
    };
  },
};
