/** Naive win/loss: every opportunity read, the closed ones of the period and the open pipeline counted here. */
import type { GetWinLoss } from '../../plugins/synergy/shared/contracts/analytics';
import { isoDay, ratio } from '../../plugins/synergy/server/src/domain/analytics';
import { num, one, periodOf, readAll, str, withCustomer, type NaiveEndpoint } from './read';

const OPEN = ['lead', 'qualification', 'proposal', 'bidding', 'negotiation'];

export const naiveWinLoss: NaiveEndpoint = {
  name: 'win-loss',
  path: '/api/synergy/win-loss',
  reads: ['api::opportunity.opportunity'],
  async compute(strapi, { query }) {
    const period = periodOf(query);
    const [from, to] = [isoDay(period.from), isoDay(period.to)];
    const opportunities = (
      await readAll(strapi, 'api::opportunity.opportunity', {
        populate: { ...withCustomer, competitors: { fields: ['name'] } },
      })
    ).filter((o) => one(o, 'customer') != null);
    const closedIn = (stage: string) =>
      opportunities.filter(
        (o) =>
          str(o, 'stage') === stage &&
          (str(o, 'closedAt') ?? '') >= from &&
          (str(o, 'closedAt') ?? '') <= to,
      ).length;
    const open = opportunities.filter((o) => OPEN.includes(str(o, 'stage') ?? ''));
    const [won, lost] = [closedIn('won'), closedIn('lost')];
    return {
      won,
      lost,
      abandoned: closedIn('abandoned'),
      winRate: ratio(won, won + lost),
      pipelineCount: open.length,
      pipelineValue: open.reduce((sum, o) => sum + (num(o, 'value') ?? 0), 0),
    };
  },
  pick(data) {
    const winLoss = data as GetWinLoss.WinLoss;
    return {
      won: winLoss.won,
      lost: winLoss.lost,
      abandoned: winLoss.abandoned,
      winRate: winLoss.winRate,
      pipelineCount: winLoss.pipeline.count,
      pipelineValue: winLoss.pipeline.value,
    };
  },
};
