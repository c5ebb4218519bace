/**
 * Naive portfolio, competitors and scorecard: strategies (with KPIs and related strategies) and
 * competitors (with offerings) read one by one; matrix, integration and scores computed here.
 */
import type { Core } from '@strapi/strapi';
import type {
  GetCompetitors,
  GetPortfolio,
  Scorecard,
} from '../../plugins/synergy/shared/contracts/analytics';
import {
  defensibilityScore,
  depthScore,
  dimensionCoverage,
  efficiencyScore,
  integrationScore,
  mean,
  overallScore,
  returnOnInvestment,
} from '../../plugins/synergy/server/src/domain/analytics';
import { many, num, readAll, str, type Doc, type Headline, type NaiveEndpoint } from './read';

const INTEGRATING = ['approved', 'active'];

const readStrategies = (strapi: Core.Strapi, filters?: Record<string, unknown>) =>
  readAll(strapi, 'api::strategy.strategy', {
    ...(filters ? { filters } : {}),
    populate: {
      kpis: true,
      relatedStrategies: { fields: ['documentId', 'dimension', 'status'] },
      targetCustomers: { fields: ['documentId'] },
      targetCompetitors: { fields: ['documentId'] },
    },
  });

/** documentIds of the strategies related (either direction) to an approved/active strategy of another dimension. */
const integrated = (all: Doc[]): Set<string> => {
  const byId = new Map(all.map((s) => [str(s, 'documentId'), s]));
  const result = new Set<string>();
  const link = (a: Doc, b: Doc) => {
    if (INTEGRATING.includes(str(b, 'status') ?? '') && str(b, 'dimension') !== str(a, 'dimension'))
      result.add(str(a, 'documentId') ?? '');
  };
  for (const strategy of all) {
    for (const related of many(strategy, 'relatedStrategies')) {
      link(strategy, related);
      const full = byId.get(str(related, 'documentId'));
      if (full) link(full, strategy);
    }
  }
  return result;
};

const scoresOf = (strategy: Doc, isIntegrated: boolean) => {
  const kpis = many(strategy, 'kpis').map((kpi) => ({
    baseline: num(kpi, 'baseline'),
    target: num(kpi, 'target'),
    actual: num(kpi, 'actual'),
  }));
  const depth = depthScore(kpis);
  const integration = integrationScore(isIntegrated);
  const defensibility = defensibilityScore(num(strategy, 'imitability'));
  const efficiency = efficiencyScore(
    returnOnInvestment(num(strategy, 'investment'), num(strategy, 'realizedBenefit')),
  );
  return {
    depth,
    integration,
    defensibility,
    efficiency,
    overall: overallScore([depth, integration, defensibility, efficiency]),
  };
};

export const naivePortfolio: NaiveEndpoint = {
  name: 'portfolio',
  path: '/api/synergy/portfolio',
  reads: ['api::strategy.strategy'],
  async compute(strapi) {
    const all = await readStrategies(strapi);
    const integratedIds = integrated(all);
    const figures: Headline = { total: all.length };
    for (const s of all) {
      const key = `${str(s, 'dimension')}.${str(s, 'status')}`;
      figures[key] = (figures[key] ?? 0) + 1;
    }
    const governed = all.filter((s) => INTEGRATING.includes(str(s, 'status') ?? ''));
    figures.integration =
      governed.length === 0
        ? null
        : governed.filter((s) => integratedIds.has(str(s, 'documentId') ?? '')).length /
          governed.length;
    const dimensionsByCustomer = new Map<string, Set<string>>();
    for (const s of all.filter((s) => str(s, 'status') === 'active' && s.dimension != null)) {
      for (const customer of many(s, 'targetCustomers')) {
        const set =
          dimensionsByCustomer.get(str(customer, 'documentId') ?? '') ?? new Set<string>();
        set.add(str(s, 'dimension') ?? '');
        dimensionsByCustomer.set(str(customer, 'documentId') ?? '', set);
      }
    }
    figures.dimensionCoverage = mean(
      [...dimensionsByCustomer.values()].map((set) => dimensionCoverage(set.size)),
    );
    figures.overallSum = all.reduce(
      (sum, s) => sum + (scoresOf(s, integratedIds.has(str(s, 'documentId') ?? '')).overall ?? 0),
      0,
    );
    return figures;
  },
  pick(data) {
    const portfolio = data as GetPortfolio.Portfolio;
    const figures: Headline = { total: portfolio.total };
    for (const [dimension, statuses] of Object.entries(portfolio.matrix)) {
      for (const [status, count] of Object.entries(statuses))
        if (count > 0) figures[`${dimension}.${status}`] = count;
    }
    figures.integration = portfolio.integration;
    figures.dimensionCoverage = portfolio.dimensionCoverage;
    figures.overallSum = portfolio.scorecards.reduce((sum, card) => sum + (card.overall ?? 0), 0);
    return figures;
  },
};

export const naiveScorecard: NaiveEndpoint = {
  name: 'scorecard',
  perDocument: true,
  path: '/api/synergy/strategies/:strategy/scorecard',
  reads: ['api::strategy.strategy'],
  async compute(strapi, { strategy }) {
    // The strategy itself and those that name it among their related strategies (the other direction).
    const [own, pointing] = await Promise.all([
      readStrategies(strapi, { documentId: strategy }),
      readStrategies(strapi, { relatedStrategies: { documentId: strategy } }),
    ]);
    const all = [...own, ...pointing.filter((s) => str(s, 'documentId') !== strategy)];
    const scores = scoresOf(own[0], integrated(all).has(strategy));
    return { ...scores };
  },
  pick(data) {
    const { depth, integration, defensibility, efficiency, overall } = data as Scorecard;
    return { depth, integration, defensibility, efficiency, overall };
  },
};

export const naiveCompetitors: NaiveEndpoint = {
  name: 'competitors',
  path: '/api/synergy/competitors',
  reads: [
    'api::competitor.competitor',
    'api::competitor-offering.competitor-offering',
    'api::strategy.strategy',
  ],
  async compute(strapi) {
    const [competitors, active] = await Promise.all([
      readAll(strapi, 'api::competitor.competitor', {
        populate: { offerings: { fields: ['name', 'domain'], populate: { attributes: true } } },
      }),
      readStrategies(strapi, { status: 'active' }),
    ]);
    const figures: Headline = {};
    let uncountered = 0;
    for (const competitor of competitors) {
      const id = str(competitor, 'documentId');
      const targeting = active.filter((s) =>
        many(s, 'targetCompetitors').some((c) => str(c, 'documentId') === id),
      ).length;
      figures[`${id}.offerings`] = many(competitor, 'offerings').length;
      figures[`${id}.activeStrategies`] = targeting;
      if (['high', 'critical'].includes(str(competitor, 'threatLevel') ?? '') && targeting === 0)
        uncountered += 1;
    }
    figures.uncountered = uncountered;
    return figures;
  },
  pick(data) {
    const { competitors, uncountered } = data as GetCompetitors.Competitors;
    const figures: Headline = {};
    for (const competitor of competitors) {
      figures[`${competitor.documentId}.offerings`] = competitor.offerings.length;
      figures[`${competitor.documentId}.activeStrategies`] = competitor.activeStrategies.length;
    }
    figures.uncountered = uncountered.length;
    return figures;
  },
};
