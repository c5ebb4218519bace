import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { AUDITED_READ_LEVELS, type ActorType, type AuditEntryInput } from '../domain/audit';
import { archiveAllowed, latestArchiveBefore } from '../domain/audit-retention';
import type { Classification } from '../domain/classification';
import { getService } from '../utils/get-service';
import type { DualControlRequest } from '../../../shared/contracts/dual-control';
import { currentApproval } from './dual-control';
import { toCsv as csvOf } from '../utils/csv';
import { personName } from '../domain/person-name';

const AUDIT_UID = 'plugin::synergy.audit-entry';
const BATCH_SIZE = 500;
/** Rows read per query by the SIEM stream. */
const STREAM_BATCH = 500;
const FLUSH_DELAY_MS = 100;
const MAX_RETRY_DELAY_MS = 30_000;

export interface AuditActor {
  actorType: ActorType;
  actorId: number | null;
  actorName: string | null;
  ip: string | null;
}

export interface AuditFilters {
  actorType?: string;
  actorId?: number;
  action?: string;
  contentType?: string;
  recordId?: string;
  from?: Date;
  to?: Date;
}

interface RequestState {
  user?: {
    id: number;
    firstname?: string | null;
    lastname?: string | null;
    email?: string;
    username?: string;
  };
  auth?: { credentials?: { id?: number; name?: string; username?: string } | null };
}

const CSV_COLUMNS = [
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
] as const;

const toWhere = (filters: AuditFilters) => ({
  ...(filters.actorType ? { actorType: filters.actorType } : {}),
  ...(filters.actorId !== undefined ? { actorId: filters.actorId } : {}),
  ...(filters.action ? { action: filters.action } : {}),
  ...(filters.contentType ? { contentType: filters.contentType } : {}),
  ...(filters.recordId ? { recordId: filters.recordId } : {}),
  ...(filters.from || filters.to
    ? {
        occurredAt: {
          ...(filters.from ? { $gte: filters.from } : {}),
          ...(filters.to ? { $lte: filters.to } : {}),
        },
      }
    : {}),
});

/** What an approved two-person request does names both people (SPEC §1). */
const withApproval = (entries: AuditEntryInput[]): AuditEntryInput[] => {
  const approval = currentApproval();
  return approval
    ? entries.map((entry) => ({ ...entry, details: { ...entry.details, dualControl: approval } }))
    : entries;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The audit trail. `record` queues an entry and returns at once: entries are written in batches
 * shortly after, retried until the database takes them, so recording never makes a request wait
 * for a write and never loses an entry while the process runs.
 */
const createAuditService = ({ strapi }: { strapi: Core.Strapi }) => {
  const queue: AuditEntryInput[] = [];
  let flushing: Promise<void> | null = null;
  let flushTimer: NodeJS.Timeout | null = null;

  const writeQueued = async () => {
    let retryDelay = 100;
    while (queue.length > 0) {
      const batch = queue.slice(0, BATCH_SIZE);
      try {
        await getService(strapi, 'audit-chain').append(batch);
        queue.splice(0, batch.length);
        retryDelay = 100;
      } catch (error) {
        strapi.log.error(
          `[synergy] audit entries not written yet, retrying: ${(error as Error).message}`,
        );
        await sleep(retryDelay);
        retryDelay = Math.min(retryDelay * 2, MAX_RETRY_DELAY_MS);
      }
    }
  };

  const scheduleFlush = () => {
    if (flushing) return flushing;
    flushing = new Promise<void>((resolve) => setImmediate(resolve))
      .then(writeQueued)
      .finally(() => {
        flushing = null;
      });
    return flushing;
  };

  const enqueue = (entries: AuditEntryInput[]) => {
    queue.push(...entries);
    if (queue.length >= BATCH_SIZE) {
      void scheduleFlush();
    } else if (!flushTimer) {
      flushTimer = setTimeout(() => {
        flushTimer = null;
        void scheduleFlush();
      }, FLUSH_DELAY_MS);
    }
  };

  const service = {
    /** The actor and IP of the current request, or the system outside a request. */
    currentActor(): AuditActor {
      const ctx = strapi.requestContext.get();
      const caller = getService(strapi, 'clearance').currentCaller();
      const ip = ctx?.request?.ip ?? null;
      const state = (ctx?.state ?? {}) as RequestState;
      switch (caller.kind) {
        case 'admin': {
          const user = state.user;
          const name = personName(user);
          return { actorType: 'admin', actorId: caller.id, actorName: name, ip };
        }
        case 'api-user':
          return {
            actorType: 'api-user',
            actorId: caller.id,
            actorName: state.auth?.credentials?.username ?? null,
            ip,
          };
        case 'api-token':
          return {
            actorType: 'api-token',
            actorId: state.auth?.credentials?.id ?? null,
            actorName: state.auth?.credentials?.name ?? null,
            ip,
          };
        case 'public':
          return { actorType: 'public', actorId: null, actorName: null, ip };
        default:
          return { actorType: 'system', actorId: null, actorName: null, ip: null };
      }
    },

    /**
     * Records the caller's reads of the records among `records` classified confidential or
     * higher, for reads served outside the document service (its middleware records the rest).
     */
    recordReads(
      records: Array<{ uid: string; documentId: string; classification?: string | null }>,
    ) {
      const actor = service.currentActor();
      if (actor.actorType === 'system') return;
      const occurredAt = new Date();
      service.record(
        ...records
          .filter((read) => AUDITED_READ_LEVELS.includes(read.classification ?? ''))
          .map((read): AuditEntryInput => ({
            ...actor,
            occurredAt,
            action: 'read',
            contentType: read.uid,
            recordId: read.documentId,
            classification: read.classification as Classification,
            changedFields: null,
          })),
      );
    },

    /**
     * Queues entries for writing; never throws into the caller's request. The queue is written
     * FLUSH_DELAY_MS later (at once when a batch is full), so one insert carries the entries of
     * many requests and none waits for it.
     */
    record(...recorded: AuditEntryInput[]) {
      if (recorded.length === 0) return;
      const entries = withApproval(recorded);
      // Inside a transaction the entries wait for its commit: a rolled-back write leaves none.
      if (strapi.db.inTransaction()) {
        void strapi.db.transaction(async ({ onCommit }) => {
          onCommit(() => enqueue(entries));
        });
        return;
      }
      enqueue(entries);
    },

    /** Resolves once every entry queued so far is written (tests, shutdown). */
    async drain() {
      if (flushTimer) {
        clearTimeout(flushTimer);
        flushTimer = null;
      }
      while (queue.length > 0 || flushing) await scheduleFlush();
    },

    async find(filters: AuditFilters, { page, pageSize }: { page: number; pageSize: number }) {
      const where = toWhere(filters);
      const [results, total] = await Promise.all([
        strapi.db.query(AUDIT_UID).findMany({
          where,
          orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
          offset: (page - 1) * pageSize,
          limit: pageSize,
        }),
        strapi.db.query(AUDIT_UID).count({ where }),
      ]);
      return {
        results,
        pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) },
      };
    },

    /** The filtered trail as CSV, oldest first. The export is itself recorded. */
    async exportCsv(filters: AuditFilters): Promise<string> {
      const rows = await strapi.db
        .query(AUDIT_UID)
        .findMany({ where: toWhere(filters), orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }] });
      service.record({
        ...service.currentActor(),
        occurredAt: new Date(),
        action: 'export',
        contentType: AUDIT_UID,
        recordId: null,
        classification: null,
        changedFields: null,
        details: { filters: { ...filters }, rows: rows.length },
      });
      return toCsv(rows);
    },

    /**
     * Entries after id `after`, oldest first, at most `limit`, read a batch at a time so that a
     * SIEM can follow the whole trail without the server holding it in memory.
     */
    async *stream({ after, limit }: { after: number; limit?: number }) {
      let lastId = after;
      let left = limit ?? Number.POSITIVE_INFINITY;
      while (left > 0) {
        const rows = (await strapi.db.query(AUDIT_UID).findMany({
          where: { id: { $gt: lastId } },
          orderBy: { id: 'asc' },
          limit: Math.min(STREAM_BATCH, left),
        })) as Array<Record<string, unknown> & { id: number }>;
        if (rows.length === 0) return;
        for (const row of rows) yield row;
        lastId = rows[rows.length - 1].id;
        left -= rows.length;
      }
    },

    /**
     * Removes the oldest entries, those before the first one that occurred at or after `before`,
     * and answers them as CSV; refused (nothing removed) while `before` is more recent than the
     * retention policy allows. The archive is recorded as an entry of its own, in the same
     * transaction, and the chain verifies from the last entry removed (services/audit-chain.ts).
     * Answers `{ request }` instead when the two-person rule holds the archive for a second person.
     */
    async archive(
      before: Date,
    ): Promise<{ csv: string; removed: number } | { request: DualControlRequest }> {
      const { minimumAgeDays } = await getService(strapi, 'audit-retention').get();
      const now = new Date();
      if (!archiveAllowed(before, now, minimumAgeDays)) {
        throw new errors.PolicyError(
          `Audit retention policy: entries are kept at least ${minimumAgeDays} days, so "before" must be ${latestArchiveBefore(now, minimumAgeDays).toISOString()} or earlier`,
          { rule: 'audit-retention', minimumAgeDays },
        );
      }
      const held = await getService(strapi, 'dual-control').intercept('archive-audit', {
        payload: { before: before.toISOString() },
        summary: `Archive the audit entries before ${before.toISOString()}`,
      });
      if (held) return { request: held };
      const chain = getService(strapi, 'audit-chain');
      const rows = await strapi.db.transaction(async () => {
        const removed = await chain.removeOldest(before);
        await chain.append(
          withApproval([
            {
              ...service.currentActor(),
              occurredAt: new Date(),
              action: 'archive',
              contentType: AUDIT_UID,
              recordId: null,
              classification: null,
              changedFields: null,
              details: {
                before: before.toISOString(),
                removed: removed.length,
                lastArchivedId: removed.at(-1)?.id ?? null,
              },
            },
          ]),
        );
        return removed;
      });
      return { csv: toCsv(rows), removed: rows.length };
    },
  };
  return service;
};

const toCsv = (rows: Array<Record<string, unknown>>): string =>
  csvOf(
    rows.map((row) => ({
      ...row,
      occurredAt: new Date(row.occurredAt as string).toISOString(),
      changedFields: Array.isArray(row.changedFields) ? row.changedFields.join(' ') : '',
    })),
    [...CSV_COLUMNS],
  );

export type AuditService = ReturnType<typeof createAuditService>;

export default createAuditService;
