import {
  DUAL_CONTROL_ACTIONS,
  type DualControlAction,
  type DualControlRule,
  type DualControlSettings,
  type DualControlState,
} from '../../../shared/contracts/dual-control';
import { isClassification, levelRank } from './classification';

export { DUAL_CONTROL_ACTIONS, type DualControlAction, type DualControlSettings };

/** The levels counted by the export rule: "more than N confidential-or-higher records". */
export const GOVERNED_EXPORT_LEVELS: readonly string[] = ['confidential', 'secret'];

export const DEFAULT_EXPORT_THRESHOLD = 100;
export const DEFAULT_EXPIRES_AFTER_HOURS = 24;
export const MAX_EXPIRES_AFTER_HOURS = 24 * 30;
export const MAX_EXPORT_THRESHOLD = 1_000_000;

/** Every rule off until a Super Admin turns it on. */
export const defaultRule = (action: DualControlAction): DualControlRule => ({
  enabled: false,
  ...(action === 'export-records' ? { threshold: DEFAULT_EXPORT_THRESHOLD } : {}),
  approverRoles: [],
  expiresAfterHours: DEFAULT_EXPIRES_AFTER_HOURS,
});

const isRule = (value: unknown): value is DualControlRule => {
  const rule = value as Partial<DualControlRule> | null;
  return (
    typeof rule?.enabled === 'boolean' &&
    Array.isArray(rule.approverRoles) &&
    rule.approverRoles.every((id) => Number.isInteger(id)) &&
    typeof rule.expiresAfterHours === 'number'
  );
};

/** The stored settings with a default rule for every action not (validly) stored. */
export const completeSettings = (stored: unknown): DualControlSettings =>
  Object.fromEntries(
    DUAL_CONTROL_ACTIONS.map((action) => {
      const rule = (stored as Record<string, unknown> | null)?.[action];
      return [action, isRule(rule) ? { ...defaultRule(action), ...rule } : defaultRule(action)];
    }),
  ) as DualControlSettings;

/** Whether the rule holds the action for a second person (`count`: confidential-or-higher rows of an export). */
export const isGoverned = (action: DualControlAction, rule: DualControlRule, count?: number) =>
  rule.enabled &&
  (action !== 'export-records' || (count ?? 0) > (rule.threshold ?? DEFAULT_EXPORT_THRESHOLD));

/** A pending request past its deadline is expired, whatever its stored state says yet. */
export const effectiveState = (
  row: { state: DualControlState; expiresAt: string | Date },
  now: Date,
): DualControlState =>
  (row.state === 'pending' || row.state === 'approved') &&
  new Date(row.expiresAt).getTime() <= now.getTime()
    ? 'expired'
    : row.state;

/** Whether an update lowers a record's classification (`incoming` absent: it keeps it). */
export const lowersClassification = (stored: unknown, incoming: unknown) =>
  isClassification(stored) && isClassification(incoming) && levelRank(incoming) < levelRank(stored);

/**
 * The fields whose items may not be removed without a second person, by action. They are wired
 * only where a CRM type has the attribute (see requireSecondPerson): `compartments` and `caveats`
 * of every CRM type (SPEC §1.1).
 */
export const GOVERNED_ARRAY_FIELDS: ReadonlyArray<{ action: DualControlAction; field: string }> = [
  { action: 'remove-compartment', field: 'compartments' },
  { action: 'remove-caveat', field: 'caveats' },
];

/** An item's identity: a scalar itself, a relation or component by documentId, id or name. */
const identityOf = (item: unknown): string => {
  if (item === null || typeof item !== 'object') return String(item);
  const record = item as Record<string, unknown>;
  return String(
    record.documentId ?? record.id ?? record.name ?? record.code ?? JSON.stringify(item),
  );
};

/**
 * The items of `stored` that `incoming` no longer holds. `incoming` is the field's value in the
 * write: an array (a list of values, ids or documentIds) replaces the stored one; Strapi's
 * relation shorthand `{ set, disconnect }` sets or removes some; undefined leaves it unchanged.
 */
export const removedItems = (stored: unknown, incoming: unknown): string[] => {
  if (incoming === undefined || !Array.isArray(stored)) return [];
  const before = stored.map(identityOf);
  if (incoming === null) return before;
  if (Array.isArray(incoming)) {
    const after = new Set(incoming.map(identityOf));
    return before.filter((item) => !after.has(item));
  }
  const shorthand = incoming as { set?: unknown[]; disconnect?: unknown[] };
  if (Array.isArray(shorthand.set)) {
    const after = new Set(shorthand.set.map(identityOf));
    return before.filter((item) => !after.has(item));
  }
  if (Array.isArray(shorthand.disconnect)) {
    const removed = new Set(shorthand.disconnect.map(identityOf));
    return before.filter((item) => removed.has(item));
  }
  return [];
};
