/** Record counts of each seed scale (SPEC §8). The demo is about 50 customers and ~3,000 records. */
export type Scale = 'demo' | 'bench';

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
    strategies: 32,
    brandMaterials: 12,
    campaigns: 8,
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
    strategies: 1_000,
    brandMaterials: 200,
    campaigns: 100,
  },
};

export const isScale = (value: unknown): value is Scale => value === 'demo' || value === 'bench';
