/** Naive impact: strategies with their targets, and every survey, ticket and feedback, windowed here. */
import type { GetImpact } from '../../plugins/synergy/shared/contracts/analytics';
import { ratio } from '../../plugins/synergy/server/src/domain/analytics';
import {
  many,
  num,
  one,
  readAll,
  str,
  time,
  type Doc,
  type Headline,
  type NaiveEndpoint,
} from './read';

const DAY_MS = 86_400_000;

export const naiveImpact: NaiveEndpoint = {
  name: 'impact',
  path: '/api/synergy/impact',
  reads: [
    'api::strategy.strategy',
    'api::survey-response.survey-response',
    'api::feedback.feedback',
    'api::service-ticket.service-ticket',
  ],
  async compute(strapi) {
    const window = 180;
    const withCustomer = { populate: { customer: { fields: ['documentId'] } } };
    const [strategies, surveys, feedback, tickets] = await Promise.all([
      readAll(strapi, 'api::strategy.strategy', {
        filters: { startDate: { $notNull: true } },
        populate: { targetCustomers: { fields: ['documentId'] } },
      }),
      readAll(strapi, 'api::survey-response.survey-response', withCustomer),
      readAll(strapi, 'api::feedback.feedback', withCustomer),
      readAll(strapi, 'api::service-ticket.service-ticket', withCustomer),
    ]);
    const figures: Headline = {};
    for (const strategy of strategies) {
      const targets = new Set(many(strategy, 'targetCustomers').map((c) => str(c, 'documentId')));
      if (targets.size === 0) continue;
      const start = new Date(`${str(strategy, 'startDate')}T00:00:00Z`).getTime();
      const bucket = (records: Doc[], field: string) => {
        const inWindow = records.filter((r) => {
          const at = time(r, field);
          return (
            targets.has(str(one(r, 'customer'), 'documentId')) &&
            at != null &&
            at >= start - window * DAY_MS &&
            at <= start + window * DAY_MS
          );
        });
        return {
          before: inWindow.filter((r) => (time(r, field) ?? 0) < start),
          after: inWindow.filter((r) => (time(r, field) ?? 0) >= start),
        };
      };
      const meanOverall = (list: Doc[]) => {
        const values = list.map((s) => num(s, 'overall')).filter((v): v is number => v != null);
        return ratio(
          values.reduce((a, b) => a + b, 0),
          values.length,
        );
      };
      const id = str(strategy, 'documentId');
      const surveyWindows = bucket(surveys, 'respondedAt');
      const feedbackWindows = bucket(feedback, 'receivedAt');
      const ticketWindows = bucket(tickets, 'openedAt');
      const mttr = (list: Doc[]) => {
        const resolved = list.filter((t) => t.resolvedAt != null);
        const total = resolved.reduce(
          (sum, t) => sum + ((time(t, 'resolvedAt') ?? 0) - (time(t, 'openedAt') ?? 0)),
          0,
        );
        const value = ratio(total, resolved.length);
        return value == null ? null : value / 3_600_000;
      };
      Object.assign(figures, {
        [`${id}.targets`]: targets.size,
        [`${id}.satisfactionBefore`]: meanOverall(surveyWindows.before),
        [`${id}.satisfactionAfter`]: meanOverall(surveyWindows.after),
        [`${id}.feedbackBefore`]: feedbackWindows.before.length,
        [`${id}.feedbackAfter`]: feedbackWindows.after.length,
        [`${id}.mttrBefore`]: mttr(ticketWindows.before),
        [`${id}.mttrAfter`]: mttr(ticketWindows.after),
      });
    }
    return figures;
  },
  pick(data) {
    const figures: Headline = {};
    for (const row of (data as GetImpact.Impact).strategies) {
      const id = row.strategy.documentId;
      Object.assign(figures, {
        [`${id}.targets`]: row.targetCustomers,
        [`${id}.satisfactionBefore`]: row.satisfaction.before,
        [`${id}.satisfactionAfter`]: row.satisfaction.after,
        [`${id}.feedbackBefore`]: row.feedback.before,
        [`${id}.feedbackAfter`]: row.feedback.after,
        [`${id}.mttrBefore`]: row.mttrHours.before,
        [`${id}.mttrAfter`]: row.mttrHours.after,
      });
    }
    return figures;
  },
};
