/** Competitors: the plan's named rivals (and numbered ones beyond the list) and their intelligence records. */
import { Random } from '../random';
import * as words from '../vocabulary';
import { DAY, isoDate } from './calendar';
import { classify } from './fields';
import { keyOf, pad } from './keys';
import type { CompetitorPlan, SeedPlan, StreamRecord } from './types';

/** The named competitors, then numbered ones with random domains (bench scale). */
export const planCompetitors = (random: Random, count: number): CompetitorPlan[] =>
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
          : random
              .sample(
                words.PRODUCTS.map((family) => family.domain),
                random.int(1, 3),
              )
              .sort(),
    };
  });

/** Information credibility 1–6: mostly probable or possibly true, some doubtful or not judgeable. */
export const credibilityOf = (random: Random): number =>
  Number(random.weighted({ 1: 2, 2: 5, 3: 4, 4: 2, 5: 1, 6: 1 }));

/** A mix of Admiralty grades for the strengths or weaknesses, a few of them left ungraded. */
const assessment = (random: Random, field: 'strengths' | 'weaknesses', now: number) =>
  random.chance(0.15)
    ? {}
    : {
        [`${field}Reliability`]: random.weighted({ A: 2, B: 4, C: 3, D: 2, E: 1, F: 1 }),
        [`${field}Credibility`]: credibilityOf(random),
        [`${field}AsOf`]: isoDate(now - random.int(5, 240) * DAY),
      };

export function* competitorRecords(plan: SeedPlan): Generator<StreamRecord> {
  const random = Random.stream(plan.seed, 'competitors');
  // Its own stream, so that the source confidence leaves every other seeded value as it was.
  const confidence = Random.stream(plan.seed, 'competitor-confidence');
  for (const [index, competitor] of plan.competitors.entries()) {
    const base = words.COMPETITORS[index % words.COMPETITORS.length];
    const sources = Array.from({ length: random.int(1, 3) }, (_, sourceIndex) => ({
      title:
        random.pick([
          '年度报告',
          '防务展现场调研',
          '公开招标结果',
          '行业期刊报道',
          '客户访谈纪要',
          '专利检索分析',
        ]) + `（${sourceIndex + 1}）`,
      url: `https://intel.example.cn/competitors/${pad(index + 1, 3)}/${sourceIndex + 1}`,
      date: isoDate(plan.now - random.int(10, 500) * DAY),
      reliability: random.weighted({ A: 2, B: 4, C: 4, D: 2, E: 1, F: 1 }),
      credibility: credibilityOf(confidence),
    }));
    yield {
      key: competitor.key,
      data: {
        name: competitor.name,
        country: base.country,
        ownership: base.ownership,
        domains: competitor.domains,
        threatLevel: random.weighted({ low: 2, medium: 4, high: 3, critical: 1 }),
        marketShare: random.float(2, 35, 1),
        strengths: base.strengths,
        ...assessment(confidence, 'strengths', plan.now),
        weaknesses: base.weaknesses,
        ...assessment(confidence, 'weaknesses', plan.now),
        // About one in four is stale (not reviewed for 180 days).
        lastReviewedAt: isoDate(
          plan.now - (random.chance(0.25) ? random.int(181, 500) : random.int(5, 170)) * DAY,
        ),
        sources,
        classification: classify(random, { internal: 55, confidential: 35, secret: 8, public: 2 }),
      },
      links: {},
    };
  }
}
