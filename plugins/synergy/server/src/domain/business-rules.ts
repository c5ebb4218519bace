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
  REASON_CATEGORIES,
} from '../../../shared/enumerations';
import { isClassification, levelRank, type Classification } from './classification';

export interface RuleViolation {
  field: string;
  message: string;
}

export type RecordValues = Record<string, unknown>;

/** What a rule needs to know of a related record (read by the middleware, never from the body). */
export interface RelatedRecord {
  classification: string;
  stage?: string | null;
}

/**
 * What the rules that look past the record itself are given. `related`: the record a
 * `closedOpportunity` field names after the write, or null when there is none or the caller may not
 * know it (a hidden or missing record gets the relation check's answer instead).
 */
export interface RuleContext {
  related?: Readonly<Record<string, RelatedRecord | null>>;
}

/** The level a record is stored at when the write does not name one (every schema's default). */
const DEFAULT_LEVEL: Classification = 'internal';
const OUTCOME_STAGES: readonly string[] = ['won', 'lost'];
const CATEGORIES: readonly string[] = REASON_CATEGORIES;

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

const levelOf = (value: unknown): Classification | null =>
  value === undefined || value === null ? DEFAULT_LEVEL : isClassification(value) ? value : null;

/**
 * A record derived from an opportunity (a win/loss interview) needs it won or lost, and tells as
 * much as it does: it is classified at least as high (derivative classification).
 */
const closedOpportunity = (
  values: RecordValues,
  field: string,
  context: RuleContext,
): RuleViolation[] => {
  const opportunity = context.related?.[field];
  if (!opportunity) return [];
  const violations: RuleViolation[] = [];
  if (!OUTCOME_STAGES.includes(opportunity.stage ?? '')) {
    violations.push({
      field,
      message: `${field} must be won or lost (it is ${opportunity.stage ?? 'without a stage'})`,
    });
  }
  const level = levelOf(values.classification);
  // An unknown level is the enumeration's error to report.
  if (
    level &&
    isClassification(opportunity.classification) &&
    levelRank(level) < levelRank(opportunity.classification)
  ) {
    violations.push({
      field: 'classification',
      message: `classification must be at least the ${field}'s (${opportunity.classification})`,
    });
  }
  return violations;
};

const reasonCategories = (
  values: RecordValues,
  field: string,
  secondary: string,
): RuleViolation[] => {
  const violations: RuleViolation[] = [];
  const main = values[field];
  if (main !== undefined && main !== null && !CATEGORIES.includes(main as string)) {
    violations.push({
      field,
      message: `${field} must be a reason category (${REASON_CATEGORIES.join(', ')})`,
    });
  }
  const reasons = values[secondary];
  if (!Array.isArray(reasons)) return violations;
  const seen = new Set<unknown>(main ? [main] : []);
  reasons.forEach((reason: unknown, index) => {
    const category = (reason as { category?: unknown } | null)?.category;
    const path = `${secondary}[${index}].category`;
    if (!CATEGORIES.includes(category as string)) {
      violations.push({
        field: path,
        message: `${path} must be a reason category (${REASON_CATEGORIES.join(', ')})`,
      });
    } else if (seen.has(category)) {
      // A repeated category would be counted twice in the buyer-stated reasons.
      violations.push({
        field: path,
        message: `${path} repeats ${category === main ? `the ${field}` : 'another reason'} (${String(category)})`,
      });
    }
    seen.add(category);
  });
  return violations;
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

const check = (rule: BusinessRule, values: RecordValues, context: RuleContext): RuleViolation[] => {
  switch (rule.rule) {
    case 'required':
      return requiredRelation(values, rule.field);
    case 'notBefore':
      return notBefore(values, rule.field, rule.earlier);
    case 'productDomains':
      return productDomains(values, rule.field);
    case 'opportunityOutcome':
      return opportunityOutcome(values);
    case 'closedOpportunity':
      return closedOpportunity(values, rule.field, context);
    case 'reasonCategories':
      return reasonCategories(values, rule.field, rule.secondary);
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
  context: RuleContext = {},
): RuleViolation[] => {
  // The descriptor's rules, in its order (shared/crm-types).
  const violations = (crmType(uid)?.businessRules ?? []).flatMap((rule) =>
    check(rule, values, context),
  );
  return violations.length > 0
    ? [...missingRequiredAttributes(attributes, values), ...violations]
    : [];
};

/**
 * An opportunity's classification may not rise above a record derived from it (`closedOpportunity`
 * rules): `derived` are the levels of those records.
 */
export const checkDerivedClassification = (
  classification: unknown,
  derived: readonly string[],
  displayName: string,
): RuleViolation[] => {
  if (!isClassification(classification)) return [];
  const below = derived
    .filter(isClassification)
    .filter((level) => levelRank(level) < levelRank(classification))
    .sort((a, b) => levelRank(a) - levelRank(b));
  if (below.length === 0) return [];
  return [
    {
      field: 'classification',
      message: `classification may not rise above ${below[0]}: ${below.length} ${displayName} record(s) derived from it are classified lower (raise theirs first)`,
    },
  ];
};
