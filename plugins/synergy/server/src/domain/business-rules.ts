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

const RULES: Record<string, (values: RecordValues) => RuleViolation[]> = {
  'api::contact.contact': (v) => requiredRelation(v, 'customer'),
  'api::interaction.interaction': (v) => requiredRelation(v, 'customer'),
  'api::feedback.feedback': (v) => [
    ...requiredRelation(v, 'customer'),
    ...notBefore(v, 'respondedAt', 'receivedAt'),
    ...notBefore(v, 'resolvedAt', 'receivedAt'),
  ],
  'api::service-ticket.service-ticket': (v) => [
    ...requiredRelation(v, 'customer'),
    ...notBefore(v, 'acknowledgedAt', 'openedAt'),
    ...notBefore(v, 'resolvedAt', 'openedAt'),
  ],
  'api::survey-response.survey-response': (v) => requiredRelation(v, 'customer'),
  'api::competitor.competitor': competitorRules,
  'api::competitor-offering.competitor-offering': (v) => requiredRelation(v, 'competitor'),
  'api::opportunity.opportunity': (v) => [...requiredRelation(v, 'customer'), ...opportunityRules(v)],
  'api::strategy.strategy': (v) => notBefore(v, 'endDate', 'startDate'),
  'api::campaign.campaign': (v) => notBefore(v, 'endDate', 'startDate'),
};

export const checkBusinessRules = (uid: string, values: RecordValues): RuleViolation[] =>
  RULES[uid]?.(values) ?? [];
