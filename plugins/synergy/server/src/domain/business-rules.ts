/**
 * The business rules of SPEC §2, as pure checks over a record's values after a write
 * (stored values merged with the incoming ones). Each violation names the field; which rules
 * apply to a type is in its descriptor (shared/crm-types).
 */
import { crmType, type BusinessRule } from '../../../shared/crm-types';
import { CLOSED_OPPORTUNITY_STAGES, OPPORTUNITY_STAGES, PRODUCT_DOMAINS } from '../../../shared/enumerations';

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
    violations.push({ field: 'closedAt', message: `closedAt is required once the stage is ${stage}` });
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
  if (!Array.isArray(domains) || domains.some((domain) => !PRODUCT_DOMAIN_VALUES.includes(domain as string))) {
    return [
      {
        field,
        message: `${field} must be a list of product domains (${PRODUCT_DOMAINS.join(', ')})`,
      },
    ];
  }
  return [];
};

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

/** The violations of the rules the type's registry descriptor lists, in its order. */
export const checkBusinessRules = (uid: string, values: RecordValues): RuleViolation[] =>
  (crmType(uid)?.businessRules ?? []).flatMap((rule) => check(rule, values));

/**
 * A strategy's status change requested by a user (SPEC §2, §3): approved comes only from the
 * workflow, active only from approved, completed and retired only from active.
 */
export const checkStrategyStatusChange = (from: string | null, to: string): RuleViolation[] => {
  if (from === to) return [];
  if (to === 'approved') {
    return [{ field: 'status', message: 'status can only become approved through the approval workflow' }];
  }
  const requiredFrom: Record<string, string> = { active: 'approved', completed: 'active', retired: 'active' };
  if (requiredFrom[to] && from !== requiredFrom[to]) {
    return [{ field: 'status', message: `status can only become ${to} from ${requiredFrom[to]}` }];
  }
  return [];
};
