/** Naive coverage: the period's feedback with its strategies, counted per category here. */
import type { GetCoverage } from '../../plugins/synergy/shared/contracts/analytics';
import { ratio } from '../../plugins/synergy/server/src/domain/analytics';
import {
  inPeriod,
  many,
  one,
  periodOf,
  readAll,
  str,
  type Headline,
  type NaiveEndpoint,
} from './read';

const ANSWERING = ['approved', 'active', 'completed'];

export const naiveCoverage: NaiveEndpoint = {
  name: 'coverage',
  path: '/api/synergy/coverage',
  reads: ['api::feedback.feedback'],
  async compute(strapi, { query }) {
    const feedback = (
      await readAll(strapi, 'api::feedback.feedback', {
        filters: inPeriod('receivedAt', periodOf(query)),
        populate: { customer: { fields: ['documentId'] }, strategies: { fields: ['status'] } },
      })
    ).filter((f) => one(f, 'customer') != null);
    const answered = (f: (typeof feedback)[number]) =>
      many(f, 'strategies').some((s) => ANSWERING.includes(str(s, 'status') ?? ''));
    const figures: Headline = {
      feedbackLinkedShare: ratio(feedback.filter(answered).length, feedback.length),
    };
    for (const f of feedback) {
      const category = str(f, 'category');
      if (!category) continue;
      figures[`${category}.volume`] = (figures[`${category}.volume`] ?? 0) + 1;
      figures[`${category}.linked`] = (figures[`${category}.linked`] ?? 0) + (answered(f) ? 1 : 0);
    }
    return figures;
  },
  pick(data) {
    const coverage = data as GetCoverage.Coverage;
    const figures: Headline = { feedbackLinkedShare: coverage.feedbackLinkedShare };
    for (const row of coverage.categories) {
      figures[`${row.category}.volume`] = row.volume;
      figures[`${row.category}.linked`] = row.linked;
    }
    return figures;
  },
};
