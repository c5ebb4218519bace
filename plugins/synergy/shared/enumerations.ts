/**
 * The CRM enumerations that code checks or offers, read from the content-type schemas (the one
 * place they are declared) and typed with the API's names for them.
 */
import customerSchema from '../../../src/api/customer/content-types/customer/schema.json';
import opportunitySchema from '../../../src/api/opportunity/content-types/opportunity/schema.json';
import productSchema from '../../../src/api/product/content-types/product/schema.json';
import strategySchema from '../../../src/api/strategy/content-types/strategy/schema.json';
import reasonSchema from '../../../src/components/crm/reason.json';
import type {
  CustomerTier,
  CustomerType,
  Dimension,
  OpenOpportunityStage,
  OpportunityStage,
  ProductDomain,
  ReasonCategory,
  StrategyStatus,
} from './contracts/analytics';

export const CUSTOMER_TIERS = customerSchema.attributes.tier.enum as readonly CustomerTier[];
export const CUSTOMER_TYPES = customerSchema.attributes.type.enum as readonly CustomerType[];
export const PRODUCT_DOMAINS = productSchema.attributes.domain.enum as readonly ProductDomain[];
export const STRATEGY_DIMENSIONS = strategySchema.attributes.dimension.enum as readonly Dimension[];
export const STRATEGY_STATUSES = strategySchema.attributes.status.enum as readonly StrategyStatus[];
export const OPPORTUNITY_STAGES = opportunitySchema.attributes.stage
  .enum as readonly OpportunityStage[];

/** The win/loss reason categories (component crm.reason; a win/loss interview's main reason too). */
export const REASON_CATEGORIES = reasonSchema.attributes.category.enum as readonly ReasonCategory[];

/**
 * Classification levels of SPEC §1, lowest first: every CRM schema's `classification` enum is this
 * list (shared/crm-types' test checks it), and the clearances use the same levels.
 */
export const CLASSIFICATION_LEVELS = ['public', 'internal', 'confidential', 'secret'] as const;

/** The stages an opportunity ends in (SPEC §2: closedAt is required once in one of them). */
export const CLOSED_OPPORTUNITY_STAGES: readonly OpportunityStage[] = ['won', 'lost', 'abandoned'];

export const OPEN_OPPORTUNITY_STAGES = OPPORTUNITY_STAGES.filter(
  (stage): stage is OpenOpportunityStage => !CLOSED_OPPORTUNITY_STAGES.includes(stage),
);
