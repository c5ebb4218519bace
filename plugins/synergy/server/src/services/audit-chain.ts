import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import {
  GENESIS_HASH,
  chainEntries,
  concludeVerify,
  verifyRows,
  type BrokenEntry,
  type ChainedRow,
  type VerifyResult,
  type VerifyState,
} from '../domain/audit-chain';
import type { AuditEntryInput } from '../domain/audit';

const AUDIT_UID = 'plugin::synergy.audit-entry';
const AUDIT_TABLE = 'synergy_audit_entries';
const HEAD_TABLE = 'synergy_audit_chain';
const HEAD_NAME = 'audit';
/** Rows read per query when verifying: memory stays flat however long the trail is. */
const VERIFY_BATCH = 1000;

interface HeadRow {
  head_hash: string;
  head_entry_id: number | null;
  anchor_hash: string;
  anchor_entry_id: number | null;
}

export interface ChainHead {
  headHash: string;
  headEntryId: number | null;
  anchorHash: string;
  anchorEntryId: number | null;
}

const toHead = (row: HeadRow): ChainHead => ({
  headHash: row.head_hash,
  headEntryId: row.head_entry_id === null ? null : Number(row.head_entry_id),
  anchorHash: row.anchor_hash,
  anchorEntryId: row.anchor_entry_id === null ? null : Number(row.anchor_entry_id),
});

/**
 * Appends to and verifies the audit trail's hash chain. Every append locks the one head row
 * (SELECT … FOR UPDATE; SQLite serializes writers itself), so entries written by several app
 * instances at once still form one chain in id order.
 */
const createAuditChainService = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const locks = () => strapi.db.dialect.client !== 'sqlite';

  /** The head row, locked until the transaction `trx` ends. */
  const lockHead = async (trx: Knex.Transaction): Promise<ChainHead> => {
    const query = trx(HEAD_TABLE).where({ name: HEAD_NAME }).first<HeadRow | undefined>();
    const row = await (locks() ? query.forUpdate() : query);
    if (!row) throw new Error('synergy: the audit chain head is missing (bootstrap creates it)');
    return toHead(row);
  };

  const inTransaction = <T>(work: (trx: Knex.Transaction) => Promise<T>): Promise<T> =>
    strapi.db.transaction(({ trx }: { trx: Knex.Transaction }) => work(trx)) as Promise<T>;

  const service = {
    /**
     * Creates the head row when missing (at start; several instances may run it at once). Entries
     * written before the chain existed (an upgraded trail) stay outside it: the chain is anchored
     * after the newest of them.
     */
    async ensureHead(): Promise<void> {
      if (await knex()(HEAD_TABLE).where({ name: HEAD_NAME }).first()) return;
      const now = new Date();
      const newest = await knex()(AUDIT_TABLE)
        .max<{ id: number | string | null }>('id as id')
        .first();
      const before = newest?.id === null || newest?.id === undefined ? null : Number(newest.id);
      await knex()(HEAD_TABLE)
        .insert({
          name: HEAD_NAME,
          head_hash: GENESIS_HASH,
          head_entry_id: before,
          anchor_hash: GENESIS_HASH,
          anchor_entry_id: before,
          created_at: now,
          updated_at: now,
        })
        .onConflict('name')
        .ignore();
    },

    async head(): Promise<ChainHead> {
      const row = await knex()(HEAD_TABLE).where({ name: HEAD_NAME }).first<HeadRow | undefined>();
      if (!row) throw new Error('synergy: the audit chain head is missing (bootstrap creates it)');
      return toHead(row);
    },

    /**
     * Writes `entries` at the end of the chain, in one transaction with the head's move (joins the
     * caller's transaction when there is one: the archive appends its own entry under its lock).
     */
    async append(entries: AuditEntryInput[]): Promise<void> {
      if (entries.length === 0) return;
      await inTransaction(async (trx) => {
        const head = await lockHead(trx);
        const chained = chainEntries(
          head.headHash,
          entries.map((entry) => ({ details: null, ...entry })),
        );
        await strapi.db.query(AUDIT_UID).createMany({ data: chained.entries });
        const last = await trx(AUDIT_TABLE).max<{ id: number | string | null }>('id as id').first();
        await trx(HEAD_TABLE)
          .where({ name: HEAD_NAME })
          .update({
            head_hash: chained.head,
            head_entry_id: last?.id === null || last?.id === undefined ? null : Number(last.id),
            updated_at: new Date(),
          });
      });
    },

    /**
     * Removes the oldest entries, up to (not including) the first one that occurred at or after
     * `before`, and moves the chain's anchor to the last one removed: the entries left then verify
     * from it. Only a prefix of the chain can leave, or the rest would no longer verify.
     * Runs in the caller's transaction, under the head's lock; answers the rows removed.
     */
    async removeOldest(before: Date): Promise<Array<Record<string, unknown>>> {
      return inTransaction(async (trx) => {
        const head = await lockHead(trx);
        const firstKept = (await strapi.db.query(AUDIT_UID).findOne({
          where: { occurredAt: { $gte: before } },
          orderBy: { id: 'asc' },
          select: ['id'],
        })) as { id: number } | null;
        const where = firstKept ? { id: { $lt: firstKept.id } } : {};
        const rows = (await strapi.db
          .query(AUDIT_UID)
          .findMany({ where, orderBy: { id: 'asc' } })) as Array<ChainedRow>;
        if (rows.length === 0) return [];
        await strapi.db.query(AUDIT_UID).deleteMany({ where: { id: { $lte: rows.at(-1)!.id } } });
        const last = rows[rows.length - 1];
        await trx(HEAD_TABLE)
          .where({ name: HEAD_NAME })
          .update({
            anchor_hash: last.hash ?? head.anchorHash,
            anchor_entry_id: last.id,
            updated_at: new Date(),
          });
        return rows;
      });
    },

    /**
     * Recomputes the chain from its anchor to the head, reading the trail in id order a batch at a
     * time. Entries appended while it runs (after the head it read first) are not checked.
     */
    async verify(): Promise<VerifyResult & { anchorEntryId: number | null }> {
      const head = await service.head();
      let state: VerifyState = {
        previousHash: head.anchorHash,
        lastId: head.anchorEntryId ?? 0,
        checked: 0,
      };
      let broken: BrokenEntry | undefined;
      const upTo = head.headEntryId ?? 0;
      while (!broken && state.lastId < upTo) {
        const rows = (await strapi.db.query(AUDIT_UID).findMany({
          where: { id: { $gt: state.lastId, $lte: upTo } },
          orderBy: { id: 'asc' },
          limit: VERIFY_BATCH,
        })) as ChainedRow[];
        if (rows.length === 0) break;
        ({ state, broken } = verifyRows(state, rows));
      }
      return {
        ...concludeVerify(state, broken, { hash: head.headHash, entryId: head.headEntryId }),
        anchorEntryId: head.anchorEntryId,
      };
    },
  };
  return service;
};

export type AuditChainService = ReturnType<typeof createAuditChainService>;

export default createAuditChainService;
