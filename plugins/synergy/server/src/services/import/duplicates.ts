import type { Core, UID } from '@strapi/strapi';
import type { DuplicateAction, PostImport } from '../../../../shared/contracts/import';
import { foldName } from '../../domain/analytics/name-folding';
import { crmType } from '../../domain/crm-content-types';

interface Existing {
  documentId: string;
  name: string;
  code: string | null;
}

const MIN_CONTAINED = 4;
/** Names are compared for containment up to this length (folded); longer ones only for equality. */
const MAX_CONTAINING = 48;
/** Above this many existing records the "existing name contains the row's name" index is not built. */
const MAX_INDEXED_EXISTING = 20_000;
const PAGE = 5_000;

/** Every substring of at least 4 characters (of names up to MAX_CONTAINING characters). */
const substringsOf = (key: string) => {
  const result = new Set<string>();
  if (key.length > MAX_CONTAINING) return result;
  for (let start = 0; start < key.length; start += 1) {
    for (let end = start + MIN_CONTAINED; end <= key.length; end += 1)
      result.add(key.slice(start, end));
  }
  return result;
};

export interface DuplicateVerdict {
  duplicate?: PostImport.Duplicate;
  /** A duplicate that cannot be written as asked (a code taken, a repeat within the file). */
  error?: PostImport.RowError;
}

/**
 * Finds, for each row, the existing record it repeats (code, or SPEC §4's normalized name:
 * equal, or one containing the other with both at least 4 characters) with maps keyed by folded
 * name, never by comparing pairs; and rows that repeat an earlier row of the same file.
 */
export const createDuplicateFinder = async (
  strapi: Core.Strapi,
  uid: string,
  onDuplicate: DuplicateAction,
) => {
  // How the type's records are recognised: by code, else by the folded name (its registry descriptor).
  const identity = crmType(uid)?.import?.duplicates;
  if (!identity) return () => ({}) as DuplicateVerdict;

  const fields = [identity.name, ...(identity.code ? [identity.code] : [])];
  const byCode = new Map<string, Existing>();
  const byName = new Map<string, Existing>();
  const records: Array<Existing & { key: string }> = [];
  // Through the document service: the importer is told of the records they may see.
  for (let start = 0; ; start += PAGE) {
    const page = (await strapi.documents(uid as UID.ContentType).findMany({
      fields,
      ...(identity.scope ? { populate: { [identity.scope]: { fields: ['documentId'] } } } : {}),
      sort: 'id:asc',
      start,
      limit: PAGE,
    } as never)) as unknown as Array<Record<string, unknown>>;
    for (const record of page) {
      const existing: Existing = {
        documentId: record.documentId as string,
        name: String(record[identity.name] ?? ''),
        code: identity.code ? ((record[identity.code] as string | null) ?? null) : null,
      };
      if (existing.code) byCode.set(existing.code, existing);
      const scope = identity.scope
        ? ((record[identity.scope] as { documentId?: string } | null)?.documentId ?? '')
        : '';
      const key = `${scope}\u0000${foldName(existing.name)}`;
      if (foldName(existing.name) && !byName.has(key)) byName.set(key, existing);
      records.push({ ...existing, key: foldName(existing.name) });
    }
    if (page.length < PAGE) break;
  }

  // Codes are unique across every record, seen or not: a code taken by a hidden record cannot be written either.
  const takenCodes = identity.code
    ? new Set(
        (
          (await strapi.db.query(uid).findMany({ select: [identity.code] })) as Array<
            Record<string, string | null>
          >
        ).map((record) => record[identity.code!]),
      )
    : new Set<string | null>();

  // Existing names by each of their substrings of at least 4 characters (an existing name containing the row's).
  const containing = new Map<string, Existing>();
  if (identity.contains && records.length <= MAX_INDEXED_EXISTING) {
    for (const { key, ...record } of records) {
      if (key.length < MIN_CONTAINED) continue;
      for (const part of substringsOf(key)) if (!containing.has(part)) containing.set(part, record);
    }
  }

  // The lengths of existing names: a row's name is searched only for substrings of those lengths.
  const existingLengths = [
    ...new Set(
      records.map((record) => record.key.length).filter((length) => length >= MIN_CONTAINED),
    ),
  ];

  const codeInUse = (line: number, field: string, code: string): DuplicateVerdict => ({
    error: { line, field, reason: `${field} "${code}" is already in use` },
  });

  const seenCodes = new Map<string, number>();
  const seenNames = new Map<string, number>();

  return (line: number, data: Record<string, unknown>): DuplicateVerdict => {
    const code = identity.code ? (data[identity.code] as string | undefined) : undefined;
    const folded = foldName(String(data[identity.name] ?? ''));
    const scope = identity.scope ? String(data[identity.scope] ?? '') : '';
    const nameKey = `${scope}\u0000${folded}`;

    if (code) {
      const earlier = seenCodes.get(code);
      if (earlier !== undefined)
        return {
          error: {
            line,
            field: identity.code!,
            reason: `${identity.code} "${code}" is already on line ${earlier}`,
          },
        };
      seenCodes.set(code, line);
    }
    if (folded && onDuplicate !== 'create') {
      const earlier = seenNames.get(nameKey);
      if (earlier !== undefined) {
        return {
          error: {
            line,
            field: identity.name,
            reason: `${identity.name} is the same (normalized) as on line ${earlier}`,
          },
        };
      }
      seenNames.set(nameKey, line);
    }

    const found = (match: 'code' | 'name', existing: Existing): DuplicateVerdict => ({
      duplicate: { line, match, existing },
    });
    const codeMatch = code ? byCode.get(code) : undefined;
    if (codeMatch) {
      if (onDuplicate === 'create') return codeInUse(line, identity.code!, code!);
      return found('code', codeMatch);
    }
    // Worded as for a visible record, naming none: a hidden record must not be told apart (README, Security).
    if (code && takenCodes.has(code)) return codeInUse(line, identity.code!, code);
    if (!folded) return {};
    const equal = byName.get(nameKey);
    if (equal) return found('name', equal);
    if (identity.contains && folded.length >= MIN_CONTAINED) {
      const contains = containing.get(folded);
      if (contains) return found('name', contains);
      for (const length of existingLengths) {
        for (
          let start = 0;
          start + length <= folded.length && folded.length <= MAX_CONTAINING;
          start += 1
        ) {
          const contained = byName.get(`\u0000${folded.slice(start, start + length)}`);
          if (contained) return found('name', contained);
        }
      }
    }
    return {};
  };
};
