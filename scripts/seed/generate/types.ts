/** The plan (the small in-memory skeleton every stream refers to) and what a stream yields. */
import type { SeedRecord } from '../generate';
import type { Scale, ScaleCounts } from '../scales';

/** A record as a content type's stream yields it; the orchestrator adds the type's uid from `UIDS`. */
export type StreamRecord = Omit<SeedRecord, 'uid'>;

export interface ProductPlan {
  key: string;
  name: string;
  domain: string;
  attributes: { name: string; value: number; unit: string; higherIsBetter: boolean }[];
}

export interface CompetitorPlan {
  key: string;
  name: string;
  domains: string[];
}

export interface CustomerPlan {
  key: string;
  name: string;
  shortName: string;
  type: string;
  sector: string;
  region: string;
  tier: string;
  status: string;
  contactStart: number;
  contactCount: number;
  /** Indexes of the products the customer operates. */
  fleet: number[];
  baseSatisfaction: number;
  /** Child records of the customer are dated in [now − 730 days, now − quietDays]. */
  quietDays: number;
  /** From this time on, the customer benefits from an active/completed product or service strategy. */
  upliftFrom: number;
}

export interface StrategyPlan {
  key: string;
  dimension: string;
  status: string;
  startDate: number | null;
  endDate: number | null;
  targetCustomers: number[];
  feedbacks: number[];
}

export interface SeedPlan {
  seed: number;
  scale: Scale;
  now: number;
  counts: ScaleCounts;
  products: ProductPlan[];
  competitors: CompetitorPlan[];
  customers: CustomerPlan[];
  /** Cumulative activity weights of customers, for weighted picks. */
  customerWeights: number[];
  strategies: StrategyPlan[];
  /** Feedback index → the strategy that cites it (the feedback then matches its dimension and targets). */
  linkedFeedback: Map<number, number>;
}
