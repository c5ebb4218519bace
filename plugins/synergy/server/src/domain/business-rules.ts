/**
 * The business rules of SPEC §2, as pure checks over a record's values after a write
 * (stored values merged with the incoming ones). Each violation names the field; which rules
 * apply to a type is in its descriptor (shared/crm-types).
 */
import { crmType, type BusinessRule } from '../../../shared/crm-types';
import {
  CLOSED_OPPORTUNITY_STAGES,
  OPPORTUNITY_STAGES,
  PRODUCT_DOMAINS,
} from '../../../shared/enumerations';

export interface RuleViolation {
  field: string;
  message: string;
}

export type RecordValues = Record<string, unknown>;

const PRODUCT_DOMAIN_VALUES: readonly string[] = PRODUCT_DOMAINS;
const STAGES: readonly string[] = OPPORTUNITY_STAGES;
const CLOSED_STAGES: readonly string[] = CLOSED_OPPORTUNITY_STAGES;

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

const opportunityOutcome = (values: RecordValues): RuleViolation[] => {
  const violations: RuleViolation[] = [];
  const stage = values.stage as string | undefined;
  if (stage && CLOSED_STAGES.includes(stage) && !values.closedAt) {
    violations.push({
      field: 'closedAt',
      message: `closedAt is required once the stage is ${stage}`,
    });
  }
  // An unknown stage is the enumeration's error to report, not this rule's.
  if (values.winner && stage !== 'lost' && (stage === undefined || STAGES.includes(stage))) {
    violations.push({ field: 'winner', message: 'winner may only be set when the stage is lost' });
  }
  return violations;
};

const productDomains = (values: RecordValues, field: string): RuleViolation[] => {
  const domains = values[field];
  if (domains === null || domains === undefined) return [];
  if (
    !Array.isArray(domains) ||
    domains.some((domain) => !PRODUCT_DOMAIN_VALUES.includes(domain as string))
  ) {
    return [
      {
        field,
        message: `${field} must be a list of product domains (${PRODUCT_DOMAINS.join(', ')})`,
      },
    ];
  }
  return [];
};

/**
 * Relations a record must have (SPEC §2), from the `required` rules of its descriptor: Strapi's
 * schemas cannot mark a relation required, so the rule lives there; the OpenAPI document shows
 * them required too.
 */
export const requiredRelationsOf = (uid: string): string[] =>
  (crmType(uid)?.businessRules ?? []).flatMap((rule: BusinessRule) =>
    rule.rule === 'required' ? [rule.field] : [],
  );

const check = (rule: BusinessRule, values: RecordValues): RuleViolation[] => {
  switch (rule.rule) {
    case 'required':
      return requiredRelation(values, rule.field);
    case 'notBefore':
      return notBefore(values, rule.field, rule.earlier);
    case 'productDomains':
      return productDomains(values, rule.field);
    case 'opportunityOutcome':
      return opportunityOutcome(values);
  }
};

const isBlank = (value: unknown) => value === null || value === undefined || value === '';

interface AttributeRequirement {
  required?: boolean;
  default?: unknown;
}

/** The schema's required attributes left without a value (one with a default gets it later, from Strapi). */
const missingRequiredAttributes = (
  attributes: Record<string, AttributeRequirement>,
  values: RecordValues,
): RuleViolation[] =>
  Object.entries(attributes)
    .filter(
      ([name, attribute]) =>
        attribute.required === true && attribute.default === undefined && isBlank(values[name]),
    )
    .map(([name]) => ({ field: name, message: `${name} is required` }));

/**
 * The violations of a record's values after a write. When a rule refuses it, the required
 * attributes of `attributes` (the model's) still missing are named too: Strapi's own validator,
 * which would report them, runs only after the rules, so one 400 lists every missing field.
 */
export const checkBusinessRules = (
  uid: string,
  values: RecordValues,
  attributes: Record<string, AttributeRequirement> = {},
): RuleViolation[] => {
  // The descriptor's rules, in its order (shared/crm-types).
  const violations = (crmType(uid)?.businessRules ?? []).flatMap((rule) => check(rule, values));
  return violations.length > 0
    ? [...missingRequiredAttributes(attributes, values), ...violations]
    : [];
};
