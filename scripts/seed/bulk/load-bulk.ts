/**
 * The bulk path of the seed: consumes the same generator stream as the Document Service loader and
 * writes the rows that loader would produce straight into Strapi's tables — COPY on PostgreSQL,
 * multi-row INSERTs on SQLite and MySQL, one transaction per batch, the next batch generated while
 * the previous one is written.
 * Ids are allocated here (continuing after the largest existing id) so relations resolve without
 * reading anything back; PostgreSQL sequences are moved past them at the end.
 */
import type { Core, UID } from '@strapi/strapi';
import { DEMO_ACCOUNTS } from '../accounts';
import {
  DEFAULT_NOW,
  DEFAULT_SEED,
  generateDataset,
  STREAMS,
  UIDS,
  type SeedRecord,
} from '../generate';
import { reviewStateOf } from '../load';
import { SCALES } from '../scales';
import { CopyBatch } from './copy-text';
import { createDocumentIdFactory } from './document-ids';
import { KeyRegistry } from './key-registry';
import { buildRecordRows, type RowContext, type TableRows } from './row-builder';
import { planTables, type ModelMetadata, type TablePlan } from './table-plan';
import { enterPostgresLoadMode } from './postgres-load-mode';
import {
  advanceSequences,
  clientOf,
  copyRows,
  insertRows,
  readMaxIds,
  type Knex,
} from './table-writer';
import type { BulkLoadOptions, BulkLoadReport, BulkTypeReport } from './types';

/** Rows per transaction: large enough to amortise the commit, small enough to keep memory flat. */
const ROWS_PER_BATCH = 50_000;
/**
 * Records generated between two turns of the event loop while a batch is being written. The
 * generator is synchronous: without these turns the writer's socket I/O (the next statement, the
 * rest of a COPY) would wait for the whole next batch, and writing would not overlap generating.
 */
const RECORDS_PER_TURN = 50;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const BULK_MARKER = { type: 'app', name: 'synergy-seed', key: 'bulk' } as const;

interface PendingReview {
  uid: string;
  documentId: string;
  state: 'in_review' | 'approved';
  submittedById: number | null;
}

const planFor = (strapi: Core.Strapi, uid: string): TablePlan => {
  const model = strapi.getModel(uid as UID.ContentType) as {
    options?: { draftAndPublish?: boolean };
    pluginOptions?: { i18n?: { localized?: boolean } };
  };
  const metadataOf = (target: string) => strapi.db.metadata.get(target) as unknown as ModelMetadata;
  return planTables(
    metadataOf(uid),
    {
      draftAndPublish: model.options?.draftAndPublish === true,
      localized: model.pluginOptions?.i18n?.localized === true,
    },
    metadataOf,
  );
};

/** The demo admin users (owners of seed records) that exist, by account key. */
const findDemoUserIds = async (strapi: Core.Strapi): Promise<Map<string, number>> => {
  const users = (await strapi.db.query('admin::user').findMany({
    where: { email: { $in: DEMO_ACCOUNTS.map((account) => account.email) } },
    select: ['id', 'email'],
  })) as { id: number; email: string }[];
  const byEmail = new Map(users.map((user) => [user.email, user.id]));
  return new Map(
    DEMO_ACCOUNTS.filter((account) => byEmail.has(account.email)).map((account) => [
      account.key,
      byEmail.get(account.email)!,
    ]),
  );
};

const seedReviews = async (strapi: Core.Strapi, reviews: PendingReview[]) => {
  const service = strapi.plugin('synergy').service('reviews') as {
    seed: (
      uid: string,
      documentId: string,
      review: Omit<PendingReview, 'uid' | 'documentId'>,
    ) => Promise<void>;
  };
  for (const review of reviews) {
    await service.seed(review.uid, review.documentId, {
      state: review.state,
      submittedById: review.submittedById,
    });
  }
};

/** One audit entry for the whole load, as a system import (not one per bulk-written row). */
const recordLoad = async (strapi: Core.Strapi, details: Record<string, unknown>) => {
  const audit = strapi.plugin('synergy').service('audit') as {
    record: (entry: Record<string, unknown>) => void;
    drain: () => Promise<void>;
  };
  audit.record({
    occurredAt: new Date(),
    actorType: 'system',
    actorId: null,
    actorName: 'seed:bulk',
    action: 'import',
    contentType: null,
    recordId: null,
    classification: null,
    changedFields: null,
    ip: null,
    details,
  });
  await audit.drain();
};

/**
 * Loads the seed `scale` into an empty CRM (throws, changing nothing, when customers exist).
 * Resolves with what was written per content type; `onProgress` follows every batch.
 */
const gatherPlannerStatistics = async (knex: Knex, tables: string[]) => {
  const client = clientOf(knex);
  if (client === 'mysql')
    await knex.raw(`ANALYZE TABLE ${tables.map(() => '??').join(', ')}`, tables);
  // VACUUM too on PostgreSQL: it sets the visibility map, without which the clearance filter's
  // counts cannot run as index-only scans on the (classification, id) indexes.
  else if (client === 'postgres')
    await knex.raw(`VACUUM ANALYZE ${tables.map(() => '??').join(', ')}`, tables);
  else await knex.raw('ANALYZE');
};

export const loadBulk = async (
  strapi: Core.Strapi,
  options: BulkLoadOptions,
): Promise<BulkLoadReport> => {
  const started = Date.now();
  const seedOptions = {
    scale: options.scale,
    seed: options.seed ?? DEFAULT_SEED,
    now: new Date(options.now ?? DEFAULT_NOW).toISOString(),
  };
  const existing = await strapi.db.query(UIDS.customer).count();
  if (existing > 0)
    throw new Error(
      `The database already holds ${existing} customers: the bulk loader writes into an empty CRM only.`,
    );

  const knex = strapi.db.connection;
  const plans = new Map(STREAMS.map((stream) => [stream.uid, planFor(strapi, stream.uid)]));
  const linkTargets = new Set(
    [...plans.values()].flatMap((plan) => plan.relations.map((relation) => relation.target)),
  );
  const idTables = [
    ...new Set(
      [...plans.values()].flatMap((plan) => [
        plan.table,
        ...plan.components.map((component) => component.table),
      ]),
    ),
  ];
  const nextIds = await readMaxIds(knex, idTables);
  const registry = new KeyRegistry(options.userIds ?? (await findDemoUserIds(strapi)));
  const newDocumentId = createDocumentIdFactory();

  let currentRecord: SeedRecord | null = null;
  const context: RowContext = {
    now: new Date(),
    nextId: (table) => {
      const id = (nextIds.get(table) ?? 0) + 1;
      nextIds.set(table, id);
      return id;
    },
    newDocumentId,
    resolve: (key) => registry.resolve(key, currentRecord?.key ?? '?'),
    nextInverseOrder: (table, targetId) => registry.nextInverseOrder(table, targetId),
  };

  const types: Record<string, BulkTypeReport> = {};
  const typeStarted = new Map<string, number>();
  const reviews: PendingReview[] = [];
  let peakRssBytes = process.memoryUsage().rss;
  // PostgreSQL batches are encoded for COPY as they are built; the others keep row objects for INSERTs.
  const newBatch = (): TableRows | CopyBatch =>
    clientOf(knex) === 'postgres' ? new CopyBatch() : new Map();
  const writeBatch = (rows: TableRows | CopyBatch) =>
    rows instanceof CopyBatch
      ? copyRows(knex, rows, loadMode.transactionSettings)
      : insertRows(knex, rows);
  let batch = newBatch();
  let batchRows = 0;
  // The previous batch being written while the next one is generated.
  let writing: Promise<void> = Promise.resolve();
  let writeInFlight = false;

  const flush = async (uid: string, done: boolean) => {
    const rows = batch;
    batch = newBatch();
    batchRows = 0;
    await writing;
    const report = types[uid];
    const total = SCALES[options.scale][STREAMS.find((stream) => stream.uid === uid)!.count];
    const records = report.records;
    const written = report.rows;
    writeInFlight = true;
    writing = writeBatch(rows).then(() => {
      writeInFlight = false;
      peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss);
      options.onProgress?.({
        uid,
        records,
        total,
        rows: written,
        milliseconds: Date.now() - (typeStarted.get(uid) ?? started),
        done,
      });
    });
    // Awaited at the next flush; the no-op handler only keeps Node from calling it unhandled meanwhile.
    writing.catch(() => undefined);
    if (done) {
      await writing;
      report.milliseconds = Date.now() - (typeStarted.get(uid) ?? started);
    }
  };

  /** Streams the generator into batches; each batch is written while the next one is built. */
  const writeStream = async () => {
    let currentUid: string | null = null;
    let sinceTurn = 0;
    for (const record of generateDataset(seedOptions)) {
      sinceTurn += 1;
      if (sinceTurn >= RECORDS_PER_TURN) {
        sinceTurn = 0;
        if (writeInFlight) await nextTurn();
      }
      if (record.uid !== currentUid) {
        if (currentUid) await flush(currentUid, true);
        currentUid = record.uid;
        types[currentUid] = { records: 0, rows: 0, milliseconds: 0 };
        typeStarted.set(currentUid, Date.now());
      }
      currentRecord = record;
      const built = buildRecordRows(plans.get(record.uid)!, record, context, batch);
      if (linkTargets.has(record.uid)) registry.remember(record.key, built.linkIds);
      const state = reviewStateOf(record);
      if (state) {
        const owner =
          typeof record.links.owner === 'string'
            ? registry.resolve(record.links.owner, record.key)[0]
            : undefined;
        reviews.push({
          uid: record.uid,
          documentId: built.documentId,
          state,
          submittedById: owner ?? null,
        });
      }
      const report = types[currentUid];
      report.records += 1;
      report.rows += built.rows;
      batchRows += built.rows;
      if (batchRows >= ROWS_PER_BATCH) await flush(currentUid, false);
    }
    if (currentUid) await flush(currentUid, true);
  };

  const writtenTables = [
    ...new Set(
      [...plans.values()].flatMap((plan) => [
        plan.table,
        ...plan.components.flatMap((component) => [component.table, component.joinTable]),
        ...plan.relations.map((relation) => relation.table),
      ]),
    ),
  ];
  const loadMode = await enterPostgresLoadMode(knex, writtenTables);
  try {
    await writeStream();
  } finally {
    // The indexes come back whatever happened; a batch still being written finishes (or fails) first.
    await writing.catch(() => undefined);
    await loadMode.restore();
  }

  await advanceSequences(knex, idTables);
  await seedReviews(strapi, reviews);
  const records = Object.values(types).reduce((sum, type) => sum + type.records, 0);
  const rows = Object.values(types).reduce((sum, type) => sum + type.rows, 0);
  await recordLoad(strapi, {
    source: 'seed:bulk',
    ...seedOptions,
    records,
    rows,
    reviews: reviews.length,
  });
  // Written beside the document service: cached analytics of running instances must not outlive the load.
  await (
    strapi.plugin('synergy').service('data-versions') as {
      bump: (kinds: string[]) => Promise<void>;
    }
  ).bump(Object.keys(types));
  await strapi.store.set({
    ...BULK_MARKER,
    value: { loadedAt: new Date().toISOString(), options: seedOptions, records, rows },
  });

  const milliseconds = Date.now() - started;
  peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss);
  // Without fresh statistics PostgreSQL plans the analytics for empty tables (nested loops over
  // millions of rows) until autovacuum catches up; SQLite never gathers them by itself. Not part of
  // the load rate: it is the planner's work, not the writing's.
  await gatherPlannerStatistics(knex, writtenTables);
  return {
    types,
    records,
    rows,
    milliseconds,
    rowsPerSecond: Math.round((rows * 1000) / Math.max(1, milliseconds)),
    peakRssBytes,
  };
};
