import type { Knex } from 'knex';
import type { CustomerHealth, HealthBand } from '../../../../shared/contracts/analytics';
import {
  daysBefore,
  daysBetween,
  healthBand,
  healthScore,
  issuesComponent,
  ratio,
  recencyComponent,
  satisfactionComponent,
  serviceComponent,
  toCount,
  type SlaTargets,
} from '../../domain/analytics';
import {
  TABLES,
  records,
  restrict,
  targetMsCase,
  toDate,
  type AnalyticsContext,
  type Row,
  type Scope,
} from './sql';

const OPEN_EXCLUDED = ['resolved', 'closed'];

/**
 * Customer health (SPEC §4) of the customers selected by a query on visible customers `c`: one
 * aggregate query per component, grouped by customer.
 */
export const createHealth = ({ knex, dialect }: AnalyticsContext) => {
  const isOpen = (qb: Knex.QueryBuilder) =>
    qb.where((w) => w.whereNull('r.status').orWhereNotIn('r.status', OPEN_EXCLUDED));

  return async (
    scope: Scope,
    customerIds: number[],
    targets: SlaTargets,
    now: Date,
  ): Promise<Map<number, Omit<CustomerHealth, 'customer'>>> => {
    const result = new Map<number, Omit<CustomerHealth, 'customer'>>();
    if (customerIds.length === 0) return result;
    // Health is about the customer as a whole: only clearance applies, not the period or filters.
    const visible: Scope = {
      levels: scope.levels,
      visibility: scope.visibility,
      tier: null,
      type: null,
      domain: null,
    };
    const yearAgo = dialect.instant(daysBefore(now, 365));
    const nowValue = dialect.instant(now);
    const ofCustomers = (def: (typeof TABLES)[keyof typeof TABLES]) =>
      records(knex, visible, def).whereIn('c.id', customerIds);
    const resolveTarget = targetMsCase(targets, 'resolveHours');
    const resolveMs = dialect.elapsedMs('r.opened_at', 'r.resolved_at');

    const [surveys, interactions, feedback, tickets, compliance] = (await Promise.all([
      ofCustomers(TABLES.survey)
        .where('r.responded_at', '>=', yearAgo)
        .where('r.responded_at', '<=', nowValue)
        .select(
          'c.id as customer_id',
          knex.raw('SUM(r.overall) AS total'),
          knex.raw('COUNT(r.overall) AS n'),
        )
        .groupBy('c.id'),
      ofCustomers(TABLES.interaction)
        .where('r.occurred_at', '<=', nowValue)
        .select('c.id as customer_id', knex.raw('MAX(r.occurred_at) AS last'))
        .groupBy('c.id'),
      ofCustomers(TABLES.feedback)
        .modify(isOpen)
        .whereIn('r.severity', ['high', 'critical'])
        .select('c.id as customer_id', knex.raw('COUNT(*) AS n'))
        .groupBy('c.id'),
      ofCustomers(TABLES.ticket)
        .modify(isOpen)
        .whereIn('r.priority', ['p1', 'p2'])
        .select('c.id as customer_id', knex.raw('COUNT(*) AS n'))
        .groupBy('c.id'),
      ofCustomers(TABLES.ticket)
        .whereNotNull('r.resolved_at')
        .whereNotNull('r.priority')
        .where('r.resolved_at', '>=', yearAgo)
        .where('r.resolved_at', '<=', nowValue)
        .select(
          'c.id as customer_id',
          knex.raw('COUNT(*) AS resolved'),
          knex.raw(`SUM(CASE WHEN ${resolveMs} <= ${resolveTarget} THEN 1 ELSE 0 END) AS in_time`),
        )
        .groupBy('c.id'),
    ])) as Row[][];

    const byCustomer = (rows: Row[]) => new Map(rows.map((row) => [Number(row.customer_id), row]));
    const [surveyBy, interactionBy, feedbackBy, ticketBy, complianceBy] = [
      surveys,
      interactions,
      feedback,
      tickets,
      compliance,
    ].map(byCustomer);
    for (const id of customerIds) {
      const surveyMean = ratio(toCount(surveyBy.get(id)?.total), toCount(surveyBy.get(id)?.n));
      const last = toDate(interactionBy.get(id)?.last);
      const days = last ? Math.max(0, daysBetween(last, now)) : null;
      const openIssues = toCount(feedbackBy.get(id)?.n) + toCount(ticketBy.get(id)?.n);
      const resolveCompliance = ratio(
        toCount(complianceBy.get(id)?.in_time),
        toCount(complianceBy.get(id)?.resolved),
      );
      const components = {
        s: satisfactionComponent(surveyMean),
        r: recencyComponent(days),
        i: issuesComponent(openIssues),
        v: serviceComponent(resolveCompliance),
      };
      const health = healthScore(components);
      result.set(id, {
        ...components,
        health,
        band: healthBand(health) as HealthBand,
        inputs: {
          surveyMean,
          lastInteractionAt: last ? last.toISOString() : null,
          daysSinceInteraction: days,
          openIssues,
          resolveCompliance,
        },
      });
    }
    return result;
  };
};

/** Visible customers selected by documentId or by the scope's filters. */
export const customerRows = (knex: Knex, scope: Scope, documentId?: string) => {
  const qb = knex({ c: 'customers' })
    .select('c.id', 'c.document_id', 'c.name', 'c.code')
    .orderBy(['c.name', 'c.id']);
  restrict(qb, 'c.classification', scope);
  if (documentId) return qb.where('c.document_id', documentId);
  if (scope.tier) qb.where('c.tier', scope.tier);
  if (scope.type) qb.where('c.type', scope.type);
  return qb;
};
