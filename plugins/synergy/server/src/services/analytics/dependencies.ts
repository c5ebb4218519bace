import { SETTINGS_KIND, type DataKind } from '../data-versions';

const CUSTOMER = 'api::customer.customer';
const CONTACT = 'api::contact.contact';
const INTERACTION = 'api::interaction.interaction';
const FEEDBACK = 'api::feedback.feedback';
const TICKET = 'api::service-ticket.service-ticket';
const SURVEY = 'api::survey-response.survey-response';
const OPPORTUNITY = 'api::opportunity.opportunity';
const PRODUCT = 'api::product.product';
const COMPETITOR = 'api::competitor.competitor';
const OFFERING = 'api::competitor-offering.competitor-offering';
const STRATEGY = 'api::strategy.strategy';

/** What a customer's health reads (SPEC §4): its records of every kind and the SLA targets. */
const HEALTH = [CUSTOMER, INTERACTION, FEEDBACK, TICKET, SURVEY, OPPORTUNITY, PRODUCT, SETTINGS_KIND];
/** What a strategy's scorecard reads: the strategy, its targets and their outcomes. */
const SCORECARD = [STRATEGY, CUSTOMER, FEEDBACK, TICKET, SURVEY, OPPORTUNITY, PRODUCT, COMPETITOR];

/**
 * The data each analytics answer is computed from: a cached answer is reused only while none of
 * these changed. Every table an endpoint reads must be covered (the content type that owns it, and
 * for a link table both of its sides); `tests/api/analytics-cache.test.ts` checks this against the
 * SQL each endpoint runs.
 */
export const ANALYTICS_DEPENDENCIES = {
  overview: [CUSTOMER, FEEDBACK, TICKET, SURVEY, PRODUCT, SETTINGS_KIND],
  coverage: [CUSTOMER, FEEDBACK, STRATEGY, OPPORTUNITY, PRODUCT],
  impact: [STRATEGY, CUSTOMER, FEEDBACK, TICKET, SURVEY, OPPORTUNITY, PRODUCT],
  portfolio: SCORECARD,
  competitors: [COMPETITOR, OFFERING, PRODUCT, STRATEGY, OPPORTUNITY, CUSTOMER],
  winLoss: [OPPORTUNITY, COMPETITOR, CUSTOMER, PRODUCT],
  dataQuality: [...HEALTH, CONTACT, COMPETITOR],
  scorecard: SCORECARD,
  customerHealth: HEALTH,
} satisfies Record<string, DataKind[]>;

export type AnalyticsEndpoint = keyof typeof ANALYTICS_DEPENDENCIES;
