/** Every CRM content type of SPEC §2: each carries `classification`. */
export const CRM_CONTENT_TYPES = [
  'api::customer.customer',
  'api::contact.contact',
  'api::interaction.interaction',
  'api::feedback.feedback',
  'api::service-ticket.service-ticket',
  'api::survey-response.survey-response',
  'api::product.product',
  'api::competitor.competitor',
  'api::competitor-offering.competitor-offering',
  'api::opportunity.opportunity',
  'api::strategy.strategy',
  'api::brand-material.brand-material',
  'api::campaign.campaign',
] as const;

export type CrmContentType = (typeof CRM_CONTENT_TYPES)[number];

export const isCrmContentType = (uid: string): uid is CrmContentType =>
  (CRM_CONTENT_TYPES as readonly string[]).includes(uid);
