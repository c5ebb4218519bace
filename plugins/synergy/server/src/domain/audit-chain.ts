import { createHash } from 'node:crypto';

/**
 * The hash chain that makes the audit trail tamper-evident (SPEC §7): each entry's hash is
 * sha256(previous hash + canonical JSON of its stored fields), in id order. Changing, removing or
 * inserting a row breaks the chain at that row (or, for the newest rows, at the chain's head).
 */

/** The fields an entry's hash covers: everything it records, not the ids Strapi adds. */
export const CHAINED_FIELDS = [
  'occurredAt',
  'actorType',
  'actorId',
  'actorName',
  'action',
  'contentType',
  'recordId',
  'classification',
  'changedFields',
  'ip',
  'details',
] as const;

/** The hash before the first entry ever written. */
export const GENESIS_HASH = '0'.repeat(64);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Sorted keys at every depth, so a database that reorders JSON keys (jsonb) gives the same text. */
const sortKeys = (value: Json): Json => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys(value[key])]),
    );
  return value;
};

/** A JSON value as it comes back from the database: dates as ISO text, undefined as null. */
const asStored = (value: unknown): Json =>
  value === undefined ? null : (JSON.parse(JSON.stringify(value) ?? 'null') as Json);

const instant = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  const date = new Date(value as string);
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
};

const integer = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);

/** The canonical text of an entry's chained fields, the same before writing and after reading. */
export const canonicalEntry = (entry: Record<string, unknown>): string =>
  JSON.stringify(
    sortKeys(
      Object.fromEntries(
        CHAINED_FIELDS.map((field): [string, Json] => {
          const value = entry[field];
          if (field === 'occurredAt') return [field, instant(value)];
          if (field === 'actorId') return [field, integer(value)];
          return [field, asStored(value)];
        }),
      ),
    ),
  );

export const chainHash = (previousHash: string, entry: Record<string, unknown>): string =>
  createHash('sha256')
    .update(previousHash + canonicalEntry(entry))
    .digest('hex');

/** Hashes entries to append after `previousHash`, in order; answers them with their `hash`. */
export const chainEntries = <Entry extends Record<string, unknown>>(
  previousHash: string,
  entries: Entry[],
): { entries: Array<Entry & { hash: string }>; head: string } => {
  let head = previousHash;
  const chained = entries.map((entry) => {
    head = chainHash(head, entry);
    return { ...entry, hash: head };
  });
  return { entries: chained, head };
};

export interface ChainedRow extends Record<string, unknown> {
  id: number;
  hash?: string | null;
}

export interface BrokenEntry {
  /** The first entry whose stored hash is not the one its content and predecessor give. */
  id: number;
  /** Its content or hash was changed, it was inserted, or the entry before it was removed. */
  reason: 'hash-mismatch';
}

/** Where verifying a run of rows stands: carried from one batch of rows to the next. */
export interface VerifyState {
  previousHash: string;
  /** The id of the last row checked (the anchor's before the first). */
  lastId: number;
  checked: number;
}

/**
 * Checks `rows` (ascending ids) against the chain that ends at `state.previousHash`. Answers the
 * state after them, or the first broken entry.
 */
export const verifyRows = (
  state: VerifyState,
  rows: readonly ChainedRow[],
): { state: VerifyState; broken?: BrokenEntry } => {
  let { previousHash, lastId, checked } = state;
  for (const row of rows) {
    if (row.hash !== chainHash(previousHash, row)) {
      return {
        state: { previousHash, lastId, checked },
        broken: { id: row.id, reason: 'hash-mismatch' },
      };
    }
    previousHash = row.hash;
    lastId = row.id;
    checked += 1;
  }
  return { state: { previousHash, lastId, checked } };
};

export type VerifyResult =
  | { ok: true; checked: number; headEntryId: number | null }
  | {
      ok: false;
      checked: number;
      /** The first broken entry; null when the rows all check but the newest ones are gone. */
      brokenEntryId: number | null;
      reason: BrokenEntry['reason'] | 'head-missing';
    };

/** Verifies a whole ordered sequence at once (the service streams it in batches instead). */
export const verifySequence = (
  anchor: { hash: string; entryId: number },
  rows: readonly ChainedRow[],
  head: { hash: string; entryId: number | null },
): VerifyResult => {
  const { state, broken } = verifyRows(
    { previousHash: anchor.hash, lastId: anchor.entryId, checked: 0 },
    rows,
  );
  return concludeVerify(state, broken, head);
};

/** The verdict once every row up to the head has been checked. */
export const concludeVerify = (
  state: VerifyState,
  broken: BrokenEntry | undefined,
  head: { hash: string; entryId: number | null },
): VerifyResult => {
  if (broken)
    return { ok: false, checked: state.checked, brokenEntryId: broken.id, reason: broken.reason };
  if (state.previousHash !== head.hash)
    return { ok: false, checked: state.checked, brokenEntryId: null, reason: 'head-missing' };
  return { ok: true, checked: state.checked, headEntryId: head.entryId };
};
