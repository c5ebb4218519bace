/**
 * Naive win/loss: every opportunity read, the closed ones of the period and the open pipeline
 * counted here; every win/loss interview read with its opportunity, for coverage and agreement.
 */
import type { GetWinLoss } from '../../plugins/synergy/shared/contracts/analytics';
import { isoDay, ratio } from '../../plugins/synergy/server/src/domain/analytics';
import {
  many,
  num,
  one,
  periodOf,
  readAll,
  str,
  withCustomer,
  type Doc,
  type NaiveEndpoint,
} from './read';

const OPEN = ['lead', 'qualification', 'proposal', 'bidding', 'negotiation'];

export const naiveWinLoss: NaiveEndpoint = {
  name: 'win-loss',
  path: '/api/synergy/win-loss',
  reads: ['api::opportunity.opportunity', 'api::win-loss-interview.win-loss-interview'],
  async compute(strapi, { query }) {
    const period = periodOf(query);
    const [from, to] = [isoDay(period.from), isoDay(period.to)];
    const opportunities = (
      await readAll(strapi, 'api::opportunity.opportunity', {
        populate: { ...withCustomer, competitors: { fields: ['name'] } },
      })
    ).filter((o) => one(o, 'customer') != null);
    const isClosedIn = (o: Doc, stage: string) =>
      str(o, 'stage') === stage &&
      (str(o, 'closedAt') ?? '') >= from &&
      (str(o, 'closedAt') ?? '') <= to;
    const closedIn = (stage: string) => opportunities.filter((o) => isClosedIn(o, stage)).length;
    const interviews = (
      await readAll(strapi, 'api::win-loss-interview.win-loss-interview', {
        fields: ['mainReason'],
        populate: {
          opportunity: {
            fields: ['stage', 'closedAt'],
            populate: { ...withCustomer, reasons: true },
          },
        },
      })
    ).filter((i) => {
      const o = one(i, 'opportunity');
      return (
        o != null && one(o, 'customer') != null && (isClosedIn(o, 'won') || isClosedIn(o, 'lost'))
      );
    });
    const compared = interviews.filter((i) => many(one(i, 'opportunity')!, 'reasons').length > 0);
    const agreed = compared.filter(
      (i) => str(many(one(i, 'opportunity')!, 'reasons')[0], 'category') === str(i, 'mainReason'),
    );
    const open = opportunities.filter((o) => OPEN.includes(str(o, 'stage') ?? ''));
    const [won, lost] = [closedIn('won'), closedIn('lost')];
    return {
      won,
      lost,
      abandoned: closedIn('abandoned'),
      winRate: ratio(won, won + lost),
      pipelineCount: open.length,
      pipelineValue: open.reduce((sum, o) => sum + (num(o, 'value') ?? 0), 0),
      interviews: interviews.length,
      interviewed: new Set(interviews.map((i) => str(one(i, 'opportunity'), 'documentId'))).size,
      agreementRate: ratio(agreed.length, compared.length),
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
      interviews: winLoss.interviews.count,
      interviewed: winLoss.interviews.interviewed,
      agreementRate: winLoss.interviews.agreementRate,
    };
  },
};
