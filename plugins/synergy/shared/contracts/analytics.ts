/**
 * Synergy analytics (SPEC §4): request and response types of the analytics endpoints, shared by
 * the controllers and the admin dashboards.
 *
 * Content API: GET /api/synergy/<endpoint>; admin API: GET /synergy/analytics/<endpoint>, same
 * query and same answer. Every answer is `{ data, meta }` with `meta: AnalyticsMeta`.
 *
 * Conventions of every figure: rates, shares and compliance are fractions 0–1; scores 0–100;
 * durations decimal hours; a figure with nothing to compute from is `null`, never 0. Only records
 * the caller may see (classification ≤ clearance) are counted.
 */
import type { Marking } from './marking';

export type CustomerTier = 'strategic' | 'key' | 'regular' | 'prospect';
export type CustomerType =
  | 'military_unit'
  | 'procurement_agency'
  | 'research_institute'
  | 'state_enterprise'
  | 'foreign_government'
  | 'other';
export type ProductDomain =
  | 'uav'
  | 'radar'
  | 'avionics'
  | 'communications'
  | 'electronic_warfare'
  | 'navigation'
  | 'simulation'
  | 'other';
export type Severity = 'low' | 'medium' | 'high' | 'critical';
export type FeedbackCategory =
  | 'performance'
  | 'quality'
  | 'reliability'
  | 'delivery'
  | 'service'
  | 'training'
  | 'price'
  | 'technology'
  | 'other';
export type Priority = 'p1' | 'p2' | 'p3' | 'p4';
export type Dimension = 'product' | 'service' | 'technology' | 'brand';
export type StrategyStatus =
  'draft' | 'in_review' | 'approved' | 'active' | 'completed' | 'retired';
export type ThreatLevel = 'low' | 'medium' | 'high' | 'critical';
export type OpportunityStage =
  'lead' | 'qualification' | 'proposal' | 'bidding' | 'negotiation' | 'won' | 'lost' | 'abandoned';
export type OpenOpportunityStage =
  'lead' | 'qualification' | 'proposal' | 'bidding' | 'negotiation';
export type ReasonCategory =
  | 'price'
  | 'performance'
  | 'quality'
  | 'reliability'
  | 'service'
  | 'delivery'
  | 'technology'
  | 'relationship'
  | 'compliance'
  | 'other';
export type HealthBand = 'healthy' | 'watch' | 'at_risk';
export type Classification = 'public' | 'internal' | 'confidential' | 'secret';

/** Query of every analytics endpoint (all optional). */
export interface AnalyticsQuery {
  /** ISO date (YYYY-MM-DD) or date-time; default `to` − 365 days. Inclusive. */
  from?: string;
  /** ISO date or date-time; default now. A date alone means the end of that day (inclusive). */
  to?: string;
  /** Only records of customers of this tier. */
  tier?: CustomerTier;
  /** Only records of customers of this type. */
  type?: CustomerType;
  /** Only records tied to a product of this domain (feedback/ticket product, opportunity/strategy products). */
  domain?: ProductDomain;
}

/** The period actually used: ISO date-times, both inclusive. */
export interface Period {
  from: string;
  to: string;
}

export interface AnalyticsMeta {
  period: Period;
  filters: { tier: CustomerTier | null; type: CustomerType | null; domain: ProductDomain | null };
  /** The caller's clearance; null for system code (unrestricted). */
  clearance: Classification | null;
  /** The highest level and the caveats of the records the answer could be computed from. */
  marking: Marking;
}

/** A strategy as listed inside analytics answers. */
export interface StrategyRef {
  documentId: string;
  title: string;
  dimension: Dimension | null;
  status: StrategyStatus | null;
}

export interface CustomerRef {
  documentId: string;
  name: string;
  code: string | null;
}

// ---------------------------------------------------------------------------------------------
// Overview

export interface SatisfactionFigures {
  /** Survey responses in the period. */
  responses: number;
  /** Mean `overall` (1–5) of those responses; null without responses. */
  mean: number | null;
  /** % recommend 9–10 minus % 0–6, −100..100; null without a `recommend` answer. */
  nps: number | null;
}

export interface FeedbackFigures {
  /** Feedback received in the period. */
  total: number;
  /** Every severity is present (0 when none). Feedback without severity is not counted here. */
  bySeverity: Record<Severity, number>;
  /** Every category is present (0 when none). */
  byCategory: Record<FeedbackCategory, number>;
  /** (resolved + closed) ÷ total; null when total = 0. */
  closureRate: number | null;
  /** Median of respondedAt − receivedAt in hours over responded feedback; null when none responded. */
  medianFirstResponseHours: number | null;
}

export interface SlaTarget {
  responseHours: number;
  resolveHours: number;
}

export type SlaTargets = Record<Priority, SlaTarget>;

export interface SlaFigures {
  /** Tickets opened in the period. */
  tickets: number;
  /** Of those, with acknowledgedAt. */
  acknowledged: number;
  /** Of those, with resolvedAt. */
  resolved: number;
  /** Acknowledged within the response target ÷ acknowledged; null when none acknowledged. */
  responseCompliance: number | null;
  /** Resolved within the resolve target ÷ resolved; null when none resolved. */
  resolveCompliance: number | null;
  /** Mean hours resolvedAt − openedAt over resolved tickets; null when none resolved. */
  mttrHours: number | null;
}

export interface PrioritySlaFigures extends SlaFigures {
  target: SlaTarget;
}

/**
 * Overall figures plus one entry per priority (always all four). Counts and MTTR cover all tickets;
 * compliance only tickets with a priority (a ticket without one has no target).
 */
export interface ServiceFigures extends SlaFigures {
  byPriority: Record<Priority, PrioritySlaFigures>;
}

export interface OverviewFigures {
  period: Period;
  satisfaction: SatisfactionFigures;
  feedback: FeedbackFigures;
  service: ServiceFigures;
}

/** current − previous for each headline figure; null when either side is null. */
export interface OverviewChange {
  mean: number | null;
  nps: number | null;
  closureRate: number | null;
  medianFirstResponseHours: number | null;
  responseCompliance: number | null;
  resolveCompliance: number | null;
  mttrHours: number | null;
  /** Feedback count difference. */
  feedback: number;
  /** Ticket count difference. */
  tickets: number;
}

/** One calendar month (UTC) of the period, every month present, oldest first. */
export interface SatisfactionMonth {
  /** 'YYYY-MM' */
  month: string;
  responses: number;
  mean: number | null;
  nps: number | null;
}

export namespace GetOverview {
  export type Query = AnalyticsQuery;
  export interface Overview {
    current: OverviewFigures;
    /** The period of equal length just before `current` (ending one millisecond before its start). */
    previous: OverviewFigures;
    change: OverviewChange;
    series: SatisfactionMonth[];
  }
  export interface Response {
    data: Overview;
    meta: AnalyticsMeta;
  }
}

// ---------------------------------------------------------------------------------------------
// Coverage (CRM → differentiation)

export interface CoverageCategory {
  category: FeedbackCategory;
  /** Feedback of this category received in the period. */
  volume: number;
  /** Mean `satisfaction` (1–5) of that feedback; null when none has one. */
  mean: number | null;
  /** Of that feedback, linked to at least one approved/active/completed strategy. */
  linked: number;
  /** Distinct approved/active/completed strategies linked to that feedback. */
  strategies: StrategyRef[];
}

export interface CoverageGap {
  category: FeedbackCategory;
  volume: number;
  mean: number | null;
  /** volume × (5 − mean), mean absent counts 3. Gaps are ordered by it, highest first. */
  priority: number;
}

export interface LossReasonGap {
  category: Exclude<ReasonCategory, 'other'>;
  /** The strategy dimension that would answer it. */
  dimension: Dimension;
  /** Reasons of this category on opportunities lost in the period. */
  losses: number;
}

export namespace GetCoverage {
  export type Query = AnalyticsQuery;
  export interface Coverage {
    /** Only categories with feedback in the period, by volume descending then name. */
    categories: CoverageCategory[];
    /** Feedback linked to ≥ 1 approved/active/completed strategy ÷ all feedback; null when no feedback. */
    feedbackLinkedShare: number | null;
    gaps: CoverageGap[];
    /** Loss-reason categories (of lost opportunities in the period) no approved/active strategy of the matching dimension answers; by losses descending. */
    lossReasonGaps: LossReasonGap[];
  }
  export interface Response {
    data: Coverage;
    meta: AnalyticsMeta;
  }
}

// ---------------------------------------------------------------------------------------------
// Impact (differentiation → CRM)

export interface BeforeAfter {
  before: number | null;
  after: number | null;
  /** after − before; null when either is null. */
  change: number | null;
}

export interface StrategyImpact {
  strategy: StrategyRef;
  /** ISO date. */
  startDate: string;
  targetCustomers: number;
  /** Mean survey `overall` of the targets in [start − W, start) and [start, start + W]. */
  satisfaction: BeforeAfter;
  /** MTTR hours of the targets' tickets opened in each window. */
  mttrHours: BeforeAfter;
  /** Feedback count of the targets in each window (0 is a count, never null). */
  feedback: { before: number; after: number; change: number };
}

export namespace GetImpact {
  export interface Query extends AnalyticsQuery {
    /** W, in days (1–3650, default 180). */
    window?: number;
  }
  export interface Impact {
    window: number;
    /** Every visible strategy with a startDate and at least one visible target customer, by startDate (from/to do not apply). */
    strategies: StrategyImpact[];
  }
  export interface Response {
    data: Impact;
    meta: AnalyticsMeta & { window: number };
  }
}

// ---------------------------------------------------------------------------------------------
// Strategy scorecard and portfolio

export interface KpiAttainment {
  name: string | null;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  actual: number | null;
  /** 0–1; null when baseline, target or actual is missing. */
  attainment: number | null;
}

export interface Scorecard {
  strategy: StrategyRef;
  /** Mean KPI attainment × 100; null without a computable KPI. */
  depth: number | null;
  /** 100 if related (either direction) to an approved/active strategy of another dimension, else 0. */
  integration: number | null;
  /** (5 − imitability) ÷ 4 × 100; null without imitability. */
  defensibility: number | null;
  /** clamp(ROI + 1, 0, 2) ÷ 2 × 100; null without investment (or investment 0) or benefit. */
  efficiency: number | null;
  /** (realizedBenefit − investment) ÷ investment; null as efficiency. */
  roi: number | null;
  /** The strategy's own figures behind the scores: imitability 1–5, money in 10k CNY. */
  imitability: number | null;
  investment: number | null;
  realizedBenefit: number | null;
  /** Rounded mean of the four scores present; null if none. */
  overall: number | null;
  kpis: KpiAttainment[];
}

export namespace GetScorecard {
  export interface Params {
    documentId: string;
  }
  export type Query = Record<string, never>;
  export interface Response {
    data: Scorecard;
  }
}

export namespace GetPortfolio {
  export type Query = AnalyticsQuery;
  export interface Portfolio {
    /** Count of strategies per dimension and status, every key present. */
    matrix: Record<Dimension, Record<StrategyStatus, number>>;
    /** Strategies in all. */
    total: number;
    /** Share of approved/active strategies whose integration is 100; null when there are none. */
    integration: number | null;
    /** Mean over customers targeted by an active strategy of (distinct dimensions of those strategies ÷ 4); null when no such customer. */
    dimensionCoverage: number | null;
    /** Per targeted customer: the dimensions of the active strategies targeting it. */
    customers: Array<CustomerRef & { dimensions: Dimension[]; coverage: number }>;
    /** A scorecard for every strategy, by overall descending (null last). */
    scorecards: Scorecard[];
  }
  export interface Response {
    data: Portfolio;
    meta: AnalyticsMeta;
  }
}

// ---------------------------------------------------------------------------------------------
// Competitors

export interface HeadToHead {
  offering: { documentId: string; name: string };
  product: { documentId: string; name: string };
  /** Same-named attributes (names folded) with both values numeric. */
  wins: number;
  losses: number;
  ties: number;
  /** Compared attributes whose competitor value is unconfirmed (source E/F, information 5/6, or ungraded). */
  unconfirmed: number;
}

/** Competitor facts (sources, offering attributes, strengths, weaknesses) by source confidence. */
export interface FactConfidence {
  confirmed: number;
  unconfirmed: number;
  /** Facts per Admiralty grade (`B2`; `?` for a missing half). */
  byGrade: Record<string, number>;
}

export interface CompetitorFigures {
  documentId: string;
  name: string;
  threatLevel: ThreatLevel | null;
  offerings: Array<{ documentId: string; name: string; domain: ProductDomain | null }>;
  /** Active strategies whose targetCompetitors include it. */
  activeStrategies: StrategyRef[];
  headToHead: HeadToHead[];
  /** Threat high or critical and no active strategy targets it. */
  uncountered: boolean;
  /** Its facts by confidence: sources, attributes of the offerings shown, strengths, weaknesses. */
  confidence: FactConfidence;
}

export namespace GetCompetitors {
  export type Query = AnalyticsQuery;
  export interface Competitors {
    competitors: CompetitorFigures[];
    /** documentIds of the uncountered competitors. */
    uncountered: string[];
    /** The facts of every competitor shown, by confidence. */
    confidence: FactConfidence;
  }
  export interface Response {
    data: Competitors;
    meta: AnalyticsMeta;
  }
}

// ---------------------------------------------------------------------------------------------
// Win/loss

export interface CompetitorRecord {
  documentId: string;
  name: string;
  /** Closed opportunities of the period it bid in. */
  bids: number;
  /** Of those, won by us. */
  wins: number;
  /** Of those, lost by us. */
  losses: number;
  /** Of the lost ones, how often it was the winner. */
  timesWinner: number;
}

export interface WinRateMonth {
  /** 'YYYY-MM' (by closedAt). */
  month: string;
  won: number;
  lost: number;
  winRate: number | null;
}

export interface PipelineStage {
  stage: OpenOpportunityStage;
  count: number;
  /** Sum of value (10k CNY). */
  value: number;
  /** Sum of value × probability ÷ 100. */
  weightedValue: number;
}

/** One reason category as one side stated it, on won or on lost opportunities. */
export interface StatedReason {
  category: ReasonCategory;
  /** Mentions: every reason of the category (owner: the opportunity's reasons; buyer: main and secondary reasons of the interviews). */
  count: number;
  /** Of those, as the main reason (owner: the first reason listed; buyer: the interview's main reason). */
  main: number;
  /** count ÷ all mentions of that side and outcome. */
  share: number;
}

/** Reasons of one side, on won and on lost opportunities; categories that occur, most mentioned first. */
export interface StatedReasons {
  wins: StatedReason[];
  losses: StatedReason[];
}

/** Where the buyer's main reason (an interview) differs from the owner's (the opportunity's first reason). */
export interface ReasonDisagreement {
  owner: ReasonCategory;
  buyer: ReasonCategory;
  /** Interviews saying so. */
  count: number;
}

/** Win/loss interviews on the won and lost opportunities of the period (SPEC §4). */
export interface InterviewFigures {
  /** Won and lost opportunities of the period. */
  closed: number;
  /** Of those, with at least one interview. */
  interviewed: number;
  /** interviewed ÷ closed; null when nothing closed. */
  coverage: number | null;
  /** Interviews on them. */
  count: number;
  /** Interviews whose opportunity has an owner-stated reason, so the main reasons can be compared. */
  compared: number;
  /** Of those, the buyer's main reason is the owner's. */
  agreed: number;
  /** agreed ÷ compared; null when nothing to compare. */
  agreementRate: number | null;
  /** Disagreeing pairs, most frequent first. */
  disagreements: ReasonDisagreement[];
}

export namespace GetWinLoss {
  export type Query = AnalyticsQuery;
  export interface WinLoss {
    won: number;
    lost: number;
    abandoned: number;
    /** won ÷ (won + lost); null when both 0. */
    winRate: number | null;
    competitors: CompetitorRecord[];
    /** Reason category counts on won and on lost opportunities; only categories that occur. */
    reasons: {
      wins: Partial<Record<ReasonCategory, number>>;
      losses: Partial<Record<ReasonCategory, number>>;
    };
    /** The same reasons by who stated them: the opportunity's owner, or the buyer in an interview. */
    statedReasons: { owner: StatedReasons; buyer: StatedReasons };
    interviews: InterviewFigures;
    series: WinRateMonth[];
    /** Open opportunities (any date) by stage, every open stage present, in stage order. */
    pipeline: { stages: PipelineStage[]; count: number; value: number; weightedValue: number };
  }
  export interface Response {
    data: WinLoss;
    meta: AnalyticsMeta;
  }
}

// ---------------------------------------------------------------------------------------------
// Customer health

export interface CustomerHealth {
  customer: CustomerRef;
  /** Satisfaction component 0–100. */
  s: number;
  /** Recency component 0–100. */
  r: number;
  /** Issues component 0–100. */
  i: number;
  /** Service component 0–100. */
  v: number;
  /** Rounded 0.35 S + 0.25 R + 0.2 I + 0.2 V. */
  health: number;
  band: HealthBand;
  /** Inputs, for explanation. */
  inputs: {
    surveyMean: number | null;
    lastInteractionAt: string | null;
    daysSinceInteraction: number | null;
    openIssues: number;
    resolveCompliance: number | null;
  };
}

export namespace GetCustomerHealth {
  export interface Params {
    documentId: string;
  }
  export type Query = Record<string, never>;
  export interface Response {
    data: CustomerHealth;
  }
}

// ---------------------------------------------------------------------------------------------
// Data quality

export type QualityCheck =
  | 'code'
  | 'type'
  | 'sector'
  | 'region'
  | 'tier'
  | 'owner'
  | 'contact'
  | 'keyDecisionMaker'
  | 'need'
  | 'recentInteraction';

export interface CustomerCompleteness extends CustomerRef {
  /** Passing checks ÷ 10 (0–1). */
  completeness: number;
  failing: QualityCheck[];
}

export namespace GetDataQuality {
  export type Query = AnalyticsQuery;
  export interface DataQuality {
    /** Mean completeness over the customers; null without customers. */
    completeness: number | null;
    /** By completeness ascending, then name. */
    customers: CustomerCompleteness[];
    /** Customers without an interaction in the last 90 days. */
    staleCustomers: Array<CustomerRef & { lastInteractionAt: string | null }>;
    /** Competitors not reviewed in the last 180 days (or never). */
    staleCompetitors: Array<{ documentId: string; name: string; lastReviewedAt: string | null }>;
    /** Pairs of customers whose folded names are equal or one contains the other (both ≥ 4 characters). */
    duplicates: Array<{ a: CustomerRef; b: CustomerRef; reason: 'equal' | 'contains' }>;
    /** Health of every customer (SPEC §4 customer health, the last 365 days from now): counts per band and the at-risk list (lowest first). */
    health: { bands: Record<HealthBand, number>; atRisk: CustomerHealth[] };
  }
  export interface Response {
    data: DataQuality;
    meta: AnalyticsMeta;
  }
}

// ---------------------------------------------------------------------------------------------
// Settings (admin only)

export namespace GetSettings {
  export interface Settings {
    slaTargets: SlaTargets;
  }
  export interface Response {
    data: Settings;
  }
}

/** PUT /synergy/settings — body: the whole settings object; answers the stored settings. */
export namespace UpdateSettings {
  export type Request = GetSettings.Settings;
  export type Response = GetSettings.Response;
}
