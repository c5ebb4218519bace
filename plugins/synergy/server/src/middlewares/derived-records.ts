import type { Core } from '@strapi/strapi';
import {
  checkDerivedClassification,
  type RelatedRecord,
  type RuleContext,
  type RuleViolation,
} from '../domain/business-rules';
import { isClassification, visibleLevels } from '../domain/classification';
import { CRM_TYPES, crmType } from '../domain/crm-content-types';
import { getModel } from '../utils/get-model';
import { getService } from '../utils/get-service';
import type { StoredRow } from './stored-document';

/**
 * The reads behind the `closedOpportunity` rule (SPEC §2, win/loss interviews): the opportunity a
 * record names after the write, and, when an opportunity's classification changes, the records
 * derived from it.
 */

type Reference = { documentId: string } | { id: number };

const isEntityId = (value: unknown) =>
  (typeof value === 'number' || typeof value === 'string') && /^\d+$/.test(String(value));

const referenceOf = (value: unknown): Reference | null => {
  if (value === null || value === undefined || value === '') return null;
  if (isEntityId(value)) return { id: Number(value) };
  if (typeof value === 'string') return { documentId: value };
  if (typeof value !== 'object') return null;
  const item = value as { documentId?: unknown; id?: unknown };
  if (typeof item.documentId === 'string') return { documentId: item.documentId };
  return isEntityId(item.id) ? { id: Number(item.id) } : null;
};

const last = (value: unknown): unknown => (Array.isArray(value) ? value[value.length - 1] : value);

/**
 * The record a to-one relation holds after a write, from the incoming value in any of Strapi's
 * shapes (`"docId"`, an id, `{ documentId }`, `{ set }`, `{ connect }`), 'stored' when the write
 * leaves it as it was, null when it empties it.
 */
export const toOneAfterWrite = (input: unknown): Reference | 'stored' | null => {
  if (input === undefined) return 'stored';
  if (Array.isArray(input)) return referenceOf(last(input));
  if (input !== null && typeof input === 'object') {
    const { set, connect, disconnect } = input as Record<string, unknown>;
    if (set !== undefined) return referenceOf(last(set));
    if (connect !== undefined && (!Array.isArray(connect) || connect.length > 0))
      return referenceOf(last(connect));
    if (disconnect !== undefined)
      return Array.isArray(disconnect) && !disconnect.length ? 'stored' : null;
  }
  return referenceOf(input);
};

const closedOpportunityFields = (uid: string): string[] =>
  (crmType(uid)?.businessRules ?? []).flatMap((rule) =>
    rule.rule === 'closedOpportunity' ? [rule.field] : [],
  );

/** Whether the caller may know of a record at `level` (null clearance: code without a request). */
const mayKnow = async (strapi: Core.Strapi, level: unknown) => {
  const clearance = await getService(strapi, 'clearance').currentClearance();
  if (clearance === null) return true;
  return isClassification(level) && visibleLevels(clearance).includes(level);
};

/**
 * The related records the rules of `uid` read (`RuleContext.related`). A record the caller may not
 * see, or one that does not exist, is left unknown: the relation check answers as for a missing one.
 */
export const ruleContextOf = async (
  strapi: Core.Strapi,
  uid: string,
  data: Record<string, unknown>,
  stored: StoredRow | null,
): Promise<RuleContext> => {
  const fields = closedOpportunityFields(uid);
  if (fields.length === 0) return {};
  const related: Record<string, RelatedRecord | null> = {};
  const attributes = getModel(strapi, uid)?.attributes ?? {};
  for (const field of fields) {
    const target = attributes[field]?.target;
    let reference = toOneAfterWrite(data[field]);
    if (reference === 'stored') {
      const id = (stored?.[field] as { id?: number } | null | undefined)?.id;
      reference = id ? { id } : null;
    }
    const row =
      reference && target
        ? ((await strapi.db.query(target as never).findOne({
            where: reference,
            select: ['classification', 'stage'],
          })) as RelatedRecord | null)
        : null;
    related[field] = row && (await mayKnow(strapi, row.classification)) ? row : null;
  }
  return { related };
};

/**
 * An update that raises an opportunity's classification above a record derived from it (a
 * `closedOpportunity` relation to it) is refused: the lowest such record is named by its level.
 */
export const derivedClassificationViolations = async (
  strapi: Core.Strapi,
  uid: string,
  data: Record<string, unknown>,
  stored: StoredRow | null,
): Promise<RuleViolation[]> => {
  const level = data.classification;
  if (!stored || !isClassification(level) || level === stored.classification) return [];
  const violations: RuleViolation[] = [];
  for (const type of CRM_TYPES) {
    for (const field of closedOpportunityFields(type.uid)) {
      if (getModel(strapi, type.uid)?.attributes[field]?.target !== uid) continue;
      const rows = (await strapi.db.query(type.uid as never).findMany({
        where: { [field]: { id: stored.id } },
        select: ['classification'],
      })) as Array<{ classification: string }>;
      violations.push(
        ...checkDerivedClassification(
          level,
          rows.map((row) => row.classification),
          type.displayName,
        ),
      );
    }
  }
  return violations;
};
