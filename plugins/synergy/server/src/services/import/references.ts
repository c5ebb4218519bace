import type { Core, UID } from '@strapi/strapi';
import { cellText, type Cell, type Converted } from '../../domain/import/convert';
import { crmType } from '../../domain/crm-content-types';
import type { ImportField } from './fields';

interface Candidate {
  documentId: string;
  [field: string]: unknown;
}

/** The relation within which a record of `uid` is told apart (a contact within its customer). */
const scopeOf = (uid: string) => crmType(uid)?.import?.duplicates?.scope;

const CHUNK = 500;

/**
 * Looks up, through the document service (so with the importer's clearance: a record they may
 * not see is "not found"), every record a relation column names, in a few queries per column.
 */
export const prefetchReferences = async (
  strapi: Core.Strapi,
  columns: Array<{ index: number; field: ImportField }>,
  rows: Array<{ cells: Cell[] }>,
) => {
  // Per relation field: match field → text → candidates.
  const indexes = new Map<string, Map<string, Map<string, Candidate[]>>>();
  for (const { index, field } of columns) {
    if (!field.relation) continue;
    const { uid, matchBy } = field.relation;
    const scope = scopeOf(uid);
    const texts = [
      ...new Set(
        rows
          .map((row) => cellText(row.cells[index] ?? null))
          .filter((text): text is string => text !== null),
      ),
    ];
    const byField = new Map(matchBy.map((name) => [name, new Map<string, Candidate[]>()]));
    for (let start = 0; start < texts.length; start += CHUNK) {
      const chunk = texts.slice(start, start + CHUNK);
      const found = (await strapi.documents(uid as UID.ContentType).findMany({
        filters: { $or: [...matchBy].map((name) => ({ [name]: { $in: chunk } })) },
        // A copy: the query pipeline adds to the list it is given.
        fields: [...matchBy],
        ...(scope ? { populate: { [scope]: { fields: ['documentId'] } } } : {}),
      } as never)) as unknown as Candidate[];
      for (const candidate of found) {
        for (const name of matchBy) {
          const key = candidate[name];
          if (typeof key !== 'string') continue;
          const list = byField.get(name)!.get(key) ?? [];
          if (!list.some((other) => other.documentId === candidate.documentId))
            list.push(candidate);
          byField.get(name)!.set(key, list);
        }
      }
    }
    indexes.set(field.name, byField);
  }

  /** The related record's documentId: by code, else by name; a contact within the row's customer (its scope). */
  return (field: ImportField, text: string, row: Record<string, unknown>): Converted<string> => {
    const byField = indexes.get(field.name);
    const target = field.relation!.target;
    const scope = scopeOf(field.relation!.uid);
    for (const name of field.relation!.matchBy) {
      let candidates = byField?.get(name)?.get(text) ?? [];
      if (scope && typeof row[scope] === 'string') {
        candidates = candidates.filter(
          (candidate) =>
            (candidate[scope] as { documentId?: string } | null | undefined)?.documentId ===
            row[scope],
        );
      }
      if (candidates.length === 1) return { value: candidates[0].documentId };
      if (candidates.length > 1)
        return { error: `${candidates.length} ${target} have the ${name} "${text}": use the code` };
    }
    return { error: `no ${target} "${text}" found (by ${field.relation!.matchBy.join(' or ')})` };
  };
};
