/**
 * The business rules of SPEC §2, as pure checks over a record's values after a write
 * (stored values merged with the incoming ones). Each violation names the field.
 */
export interface RuleViolation {
  field: string;
  message: string;
}

export type RecordValues = Record<string, unknown>;

const PRODUCT_DOMAINS = [
  'uav',
  'radar',
  'avionics',
  'communications',
  'electronic_warfare',
  'navigation',
  'simulation',
  'other',
];

const toTime = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const time = new Date(value as string).getTime();
  return Number.isNaN(time) ? null : time;
};

/** `later` must not precede `earlier` when both are set. */
const notBefore = (values: RecordValues, later: string, earlier: string): RuleViolation[] => {
  const laterTime = toTime(values[later]);
  const earlierTime = toTime(values[earlier]);
  if (laterTime === null || earlierTime === null || laterTime >= earlierTime) return [];
  return [{ field: later, message: `${later} must not be earlier than ${earlier}` }];
};

const requiredRelation = (values: RecordValues, field: string): RuleViolation[] =>
  values[field] ? [] : [{ field, message: `${field} is required` }];

const STAGES = ['lead', 'qualification', 'proposal', 'bidding', 'negotiation', 'won', 'lost', 'abandoned'];
const CLOSED_STAGES = ['won', 'lost', 'abandoned'];

const opportunityRules = (values: RecordValues): RuleViolation[] => {
  const violations: RuleViolation[] = [];
  const stage = values.stage as string | undefined;
  if (stage && CLOSED_STAGES.includes(stage) && !values.closedAt) {
    violations.push({ field: 'closedAt', message: `closedAt is required once the stage is ${stage}` });
  }
  // An unknown stage is the enumeration's error to report, not this rule's.
  if (values.winner && stage !== 'lost' && (stage === undefined || STAGES.includes(stage))) {
    violations.push({ field: 'winner', message: 'winner may only be set when the stage is lost' });
  }
  return violations;
};

const competitorRules = (values: RecordValues): RuleViolation[] => {
  const domains = values.domains;
  if (domains === null || domains === undefined) return [];
  if (!Array.isArray(domains) || domains.some((domain) => !PRODUCT_DOMAINS.includes(domain as string))) {
    return [
      {
        field: 'domains',
        message: `domains must be a list of product domains (${PRODUCT_DOMAINS.join(', ')})`,
      },
    ];
  }
  return [];
};

/**
 * Relations a record must have (SPEC §2). Strapi's schemas cannot mark a relation required, so
 * the rule lives here; the OpenAPI document shows them required too.
 */
export const REQUIRED_RELATIONS: Readonly<Record<string, readonly string[]>> = {
  'api::contact.contact': ['customer'],
  'api::interaction.interaction': ['customer'],
  'api::feedback.feedback': ['customer'],
  'api::service-ticket.service-ticket': ['customer'],
  'api::survey-response.survey-response': ['customer'],
  'api::competitor-offering.competitor-offering': ['competitor'],
  'api::opportunity.opportunity': ['customer'],
};

const RULES: Record<string, (values: RecordValues) => RuleViolation[]> = {
  'api::feedback.feedback': (v) => [...notBefore(v, 'respondedAt', 'receivedAt'), ...notBefore(v, 'resolvedAt', 'receivedAt')],
  'api::service-ticket.service-ticket': (v) => [
    ...notBefore(v, 'acknowledgedAt', 'openedAt'),
    ...notBefore(v, 'resolvedAt', 'openedAt'),
  ],
  'api::competitor.competitor': competitorRules,
  'api::opportunity.opportunity': opportunityRules,
  'api::strategy.strategy': (v) => notBefore(v, 'endDate', 'startDate'),
  'api::campaign.campaign': (v) => notBefore(v, 'endDate', 'startDate'),
};

const isBlank = (value: unknown) => value === null || value === undefined || value === '';

interface AttributeRequirement {
  required?: boolean;
  default?: unknown;
}

/** The schema's required attributes left without a value (one with a default gets it later, from Strapi). */
const missingRequiredAttributes = (attributes: Record<string, AttributeRequirement>, values: RecordValues): RuleViolation[] =>
  Object.entries(attributes)
    .filter(([name, attribute]) => attribute.required === true && attribute.default === undefined && isBlank(values[name]))
    .map(([name]) => ({ field: name, message: `${name} is required` }));

/**
 * The violations of a record's values after a write. When a rule refuses it, the required
 * attributes of `attributes` (the model's) still missing are named too: Strapi's own validator,
 * which would report them, runs only after the rules, so one 400 lists every missing field.
 */
export const checkBusinessRules = (
  uid: string,
  values: RecordValues,
  attributes: Record<string, AttributeRequirement> = {}
): RuleViolation[] => {
  const violations = [
    ...(REQUIRED_RELATIONS[uid] ?? []).flatMap((field) => requiredRelation(values, field)),
    ...(RULES[uid]?.(values) ?? []),
  ];
  return violations.length > 0 ? [...missingRequiredAttributes(attributes, values), ...violations] : [];
};
