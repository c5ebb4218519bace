/**
 * Record counts of each seed scale (SPEC §8). The demo is about 50 customers and ~3,000 records;
 * `small` is about 1 % of `bench` (≈ 15,000 records), for smoke runs of the bulk loader and the bench.
 */
export type Scale = 'demo' | 'small' | 'bench';

export interface ScaleCounts {
  products: number;
  competitors: number;
  competitorOfferings: number;
  customers: number;
  contacts: number;
  interactions: number;
  feedback: number;
  serviceTickets: number;
  surveyResponses: number;
  opportunities: number;
  /** On a share of the won and lost opportunities. */
  winLossInterviews: number;
  strategies: number;
  brandMaterials: number;
  campaigns: number;
}

export const SCALES: Record<Scale, ScaleCounts> = {
  demo: {
    products: 16,
    competitors: 10,
    competitorOfferings: 30,
    customers: 50,
    contacts: 200,
    interactions: 1500,
    feedback: 400,
    serviceTickets: 300,
    surveyResponses: 400,
    opportunities: 120,
    winLossInterviews: 30,
    strategies: 32,
    brandMaterials: 12,
    campaigns: 8,
  },
  small: {
    products: 30,
    competitors: 12,
    competitorOfferings: 60,
    customers: 100,
    contacts: 500,
    interactions: 10_000,
    feedback: 2_000,
    serviceTickets: 1_000,
    surveyResponses: 1_000,
    opportunities: 200,
    winLossInterviews: 50,
    strategies: 40,
    brandMaterials: 20,
    campaigns: 10,
  },
  bench: {
    products: 60,
    competitors: 12,
    competitorOfferings: 120,
    customers: 10_000,
    contacts: 50_000,
    interactions: 1_000_000,
    feedback: 200_000,
    serviceTickets: 100_000,
    surveyResponses: 100_000,
    opportunities: 20_000,
    winLossInterviews: 5_000,
    strategies: 1_000,
    brandMaterials: 200,
    campaigns: 100,
  },
};

export const isScale = (value: unknown): value is Scale =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(SCALES, value);
