/**
 * Deterministic generator of the Synergy CRM seed (SPEC §8): the same seed, scale and `now` always
 * give the same records, byte for byte. Records stream out of generator functions, one content type
 * after the other in load order, so the bench scale (1,000,000 interactions) never sits in memory:
 * only a small plan (customer profiles, products, competitors, strategy skeletons) is kept.
 *
 * Relations are given by record keys (`customer:0001`, `user:account-manager`), which the loader
 * resolves to documentIds. Every record satisfies the business rules of the synergy plugin.
 *
 * This module is the orchestrator: the options, the uid of each type and the load order. The plan
 * and one stream per content type live in `generate/` (`generate/<type>.ts`).
 */
import { hashString } from './random';
import { SCALES, type Scale, type ScaleCounts } from './scales';
import { brandMaterialRecords } from './generate/brand-material';
import { campaignRecords } from './generate/campaign';
import { competitorRecords } from './generate/competitor';
import { competitorOfferingRecords } from './generate/competitor-offering';
import { contactRecords } from './generate/contact';
import { customerRecords } from './generate/customer';
import { feedbackRecords } from './generate/feedback';
import { interactionRecords } from './generate/interaction';
import { opportunityRecords } from './generate/opportunity';
import { planDataset } from './generate/plan';
import { productRecords } from './generate/product';
import { serviceTicketRecords } from './generate/service-ticket';
import { strategyRecords } from './generate/strategy';
import { surveyResponseRecords } from './generate/survey-response';
import { winLossInterviewRecords } from './generate/win-loss-interview';
import type { SeedPlan, StreamRecord } from './generate/types';

export const DEFAULT_SEED = 20261101;
/** The fixed "today" of the generated data unless `--now` says otherwise (never the clock). */
export const DEFAULT_NOW = '2026-11-01T00:00:00.000Z';

export const UIDS = {
  product: 'api::product.product',
  competitor: 'api::competitor.competitor',
  competitorOffering: 'api::competitor-offering.competitor-offering',
  customer: 'api::customer.customer',
  contact: 'api::contact.contact',
  interaction: 'api::interaction.interaction',
  feedback: 'api::feedback.feedback',
  serviceTicket: 'api::service-ticket.service-ticket',
  surveyResponse: 'api::survey-response.survey-response',
  opportunity: 'api::opportunity.opportunity',
  winLossInterview: 'api::win-loss-interview.win-loss-interview',
  strategy: 'api::strategy.strategy',
  brandMaterial: 'api::brand-material.brand-material',
  campaign: 'api::campaign.campaign',
} as const;

export type SeedUid = (typeof UIDS)[keyof typeof UIDS];

export { DEFAULT_LOCALE } from './generate/fields';

export interface SeedRecord {
  uid: SeedUid;
  /** Stable key, unique in the data set; relations point at it. */
  key: string;
  /** Field values and components (relations excluded). */
  data: Record<string, unknown>;
  /** Relation field → key or keys of the related records (`user:…` for admin users). */
  links: Record<string, string | string[]>;
  /** For localized types: the locale of `data` and the other localizations' fields. */
  locale?: string;
  localizations?: Record<string, Record<string, unknown>>;
  /** Locales to publish (Draft & Publish types); absent or empty = stays a draft. */
  publish?: string[];
}

export interface SeedOptions {
  seed?: number;
  scale?: Scale;
  /** The reference "now" of the data (ISO string or Date); default DEFAULT_NOW. */
  now?: string | Date;
}

export type { SeedPlan } from './generate/types';
export { MONTH_ACTIVITY } from './generate/calendar';
export { SLA_HOURS } from './generate/service-ticket';

/** Builds the in-memory plan (a few thousand small objects even at bench scale). */
export const createPlan = (options: SeedOptions = {}): SeedPlan => {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = options.scale ?? 'demo';
  const now = new Date(options.now ?? DEFAULT_NOW).getTime();
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  if (Number.isNaN(now)) throw new Error(`now must be a date, got ${String(options.now)}`);
  const counts = SCALES[scale];
  if (!counts) throw new Error(`unknown scale ${scale}`);
  return planDataset(seed, scale, now, counts);
};

/**
 * A content type's stream with the type's uid on every record (first, as the loaders and the
 * fingerprint read it): the uid is named once, in `UIDS`, not in each type's module.
 */
const ofType = (uid: SeedUid, records: (plan: SeedPlan) => Iterable<StreamRecord>) =>
  function* (plan: SeedPlan): Generator<SeedRecord> {
    for (const record of records(plan)) yield { uid, ...record };
  };

export const generateProducts = ofType(UIDS.product, productRecords);
export const generateCompetitors = ofType(UIDS.competitor, competitorRecords);
export const generateCompetitorOfferings = ofType(
  UIDS.competitorOffering,
  competitorOfferingRecords,
);
export const generateCustomers = ofType(UIDS.customer, customerRecords);
export const generateContacts = ofType(UIDS.contact, contactRecords);
export const generateInteractions = ofType(UIDS.interaction, interactionRecords);
export const generateFeedback = ofType(UIDS.feedback, feedbackRecords);
export const generateServiceTickets = ofType(UIDS.serviceTicket, serviceTicketRecords);
export const generateSurveyResponses = ofType(UIDS.surveyResponse, surveyResponseRecords);
export const generateOpportunities = ofType(UIDS.opportunity, opportunityRecords);
export const generateWinLossInterviews = ofType(UIDS.winLossInterview, winLossInterviewRecords);
export const generateStrategies = ofType(UIDS.strategy, strategyRecords);
export const generateBrandMaterials = ofType(UIDS.brandMaterial, brandMaterialRecords);
export const generateCampaigns = ofType(UIDS.campaign, campaignRecords);

/** The streams in load order: every relation points at a record of an earlier stream. */
export const STREAMS: readonly {
  uid: SeedUid;
  count: keyof ScaleCounts;
  generate: (plan: SeedPlan) => Generator<SeedRecord>;
}[] = [
  { uid: UIDS.product, count: 'products', generate: generateProducts },
  { uid: UIDS.competitor, count: 'competitors', generate: generateCompetitors },
  {
    uid: UIDS.competitorOffering,
    count: 'competitorOfferings',
    generate: generateCompetitorOfferings,
  },
  { uid: UIDS.customer, count: 'customers', generate: generateCustomers },
  { uid: UIDS.contact, count: 'contacts', generate: generateContacts },
  { uid: UIDS.interaction, count: 'interactions', generate: generateInteractions },
  { uid: UIDS.feedback, count: 'feedback', generate: generateFeedback },
  { uid: UIDS.serviceTicket, count: 'serviceTickets', generate: generateServiceTickets },
  { uid: UIDS.surveyResponse, count: 'surveyResponses', generate: generateSurveyResponses },
  { uid: UIDS.opportunity, count: 'opportunities', generate: generateOpportunities },
  {
    uid: UIDS.winLossInterview,
    count: 'winLossInterviews',
    generate: generateWinLossInterviews,
  },
  { uid: UIDS.strategy, count: 'strategies', generate: generateStrategies },
  { uid: UIDS.brandMaterial, count: 'brandMaterials', generate: generateBrandMaterials },
  { uid: UIDS.campaign, count: 'campaigns', generate: generateCampaigns },
];

/** Every record of the data set, in load order. */
export function* generateDataset(options: SeedOptions = {}): Generator<SeedRecord> {
  const plan = createPlan(options);
  for (const stream of STREAMS) yield* stream.generate(plan);
}

/** A short fingerprint of the options, to print beside the data set. */
export const describeOptions = (options: SeedOptions = {}) => {
  const seed = options.seed ?? DEFAULT_SEED;
  const now = new Date(options.now ?? DEFAULT_NOW).toISOString();
  return {
    seed,
    scale: options.scale ?? 'demo',
    now,
    id: hashString(`${seed}|${options.scale ?? 'demo'}|${now}`).toString(16),
  };
};
