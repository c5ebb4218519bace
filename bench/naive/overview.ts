/** Naive overview: surveys, feedback and tickets of both periods read one by one, aggregated here. */
import type { Core } from '@strapi/strapi';
import type {
  GetOverview,
  OverviewFigures,
} from '../../plugins/synergy/shared/contracts/analytics';
import {
  median,
  netPromoterScore,
  previousPeriod,
  ratio,
  type Period,
  type SlaTargets,
} from '../../plugins/synergy/server/src/domain/analytics';
import {
  inPeriod,
  num,
  one,
  periodOf,
  readAll,
  slaTargets,
  str,
  time,
  withCustomer,
  type Doc,
  type Headline,
  type NaiveEndpoint,
} from './read';

const MS_PER_HOUR = 3_600_000;
const CLOSED = ['resolved', 'closed'];

const visible = (docs: Doc[]) => docs.filter((doc) => one(doc, 'customer') != null);

const periodFigures = async (
  strapi: Core.Strapi,
  period: Period,
  targets: SlaTargets,
): Promise<Headline> => {
  const [surveys, feedback, tickets] = await Promise.all([
    readAll(strapi, 'api::survey-response.survey-response', {
      filters: inPeriod('respondedAt', period),
      populate: withCustomer,
    }),
    readAll(strapi, 'api::feedback.feedback', {
      filters: inPeriod('receivedAt', period),
      populate: withCustomer,
    }),
    readAll(strapi, 'api::service-ticket.service-ticket', {
      filters: inPeriod('openedAt', period),
      populate: withCustomer,
    }),
  ]).then((lists) => lists.map(visible));

  const overall = surveys.map((s) => num(s, 'overall')).filter((v): v is number => v != null);
  const recommend = surveys.map((s) => num(s, 'recommend')).filter((v): v is number => v != null);
  const firstResponses = feedback
    .filter((f) => f.respondedAt != null)
    .map((f) => (time(f, 'respondedAt') ?? 0) - (time(f, 'receivedAt') ?? 0));
  const medianMs = median(firstResponses);

  const target = (ticket: Doc, kind: 'responseHours' | 'resolveHours') => {
    const priority = str(ticket, 'priority') as keyof SlaTargets | null;
    return priority && targets[priority] ? targets[priority][kind] * MS_PER_HOUR : null;
  };
  const acknowledged = tickets.filter((t) => t.acknowledgedAt != null);
  const resolved = tickets.filter((t) => t.resolvedAt != null);
  const elapsed = (t: Doc, key: string) => (time(t, key) ?? 0) - (time(t, 'openedAt') ?? 0);
  const within = (t: Doc, key: string, kind: 'responseHours' | 'resolveHours') => {
    const limit = target(t, kind);
    return limit != null && elapsed(t, key) <= limit;
  };
  const resolveMs = resolved.reduce((sum, t) => sum + elapsed(t, 'resolvedAt'), 0);

  return {
    responses: surveys.length,
    mean: ratio(
      overall.reduce((a, b) => a + b, 0),
      overall.length,
    ),
    nps: netPromoterScore({
      promoters: recommend.filter((r) => r >= 9).length,
      detractors: recommend.filter((r) => r <= 6).length,
      answered: recommend.length,
    }),
    feedback: feedback.length,
    closureRate: ratio(
      feedback.filter((f) => CLOSED.includes(str(f, 'status') ?? '')).length,
      feedback.length,
    ),
    medianFirstResponseHours: medianMs == null ? null : medianMs / MS_PER_HOUR,
    tickets: tickets.length,
    responseCompliance: ratio(
      acknowledged.filter((t) => within(t, 'acknowledgedAt', 'responseHours')).length,
      acknowledged.filter((t) => t.priority != null).length,
    ),
    resolveCompliance: ratio(
      resolved.filter((t) => within(t, 'resolvedAt', 'resolveHours')).length,
      resolved.filter((t) => t.priority != null).length,
    ),
    mttrHours: resolved.length === 0 ? null : resolveMs / resolved.length / MS_PER_HOUR,
  };
};

const prefixed = (prefix: string, figures: Headline): Headline =>
  Object.fromEntries(Object.entries(figures).map(([key, value]) => [`${prefix}.${key}`, value]));

const pickPeriod = (figures: OverviewFigures): Headline => ({
  responses: figures.satisfaction.responses,
  mean: figures.satisfaction.mean,
  nps: figures.satisfaction.nps,
  feedback: figures.feedback.total,
  closureRate: figures.feedback.closureRate,
  medianFirstResponseHours: figures.feedback.medianFirstResponseHours,
  tickets: figures.service.tickets,
  responseCompliance: figures.service.responseCompliance,
  resolveCompliance: figures.service.resolveCompliance,
  mttrHours: figures.service.mttrHours,
});

export const naiveOverview: NaiveEndpoint = {
  name: 'overview',
  path: '/api/synergy/overview',
  reads: [
    'api::survey-response.survey-response',
    'api::feedback.feedback',
    'api::service-ticket.service-ticket',
  ],
  async compute(strapi, { query }) {
    const period = periodOf(query);
    const targets = await slaTargets(strapi);
    const [current, previous] = await Promise.all([
      periodFigures(strapi, period, targets),
      periodFigures(strapi, previousPeriod(period), targets),
    ]);
    return { ...prefixed('current', current), ...prefixed('previous', previous) };
  },
  pick(data) {
    const overview = data as GetOverview.Overview;
    return {
      ...prefixed('current', pickPeriod(overview.current)),
      ...prefixed('previous', pickPeriod(overview.previous)),
    };
  },
};
