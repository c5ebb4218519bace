/**
 * Loads the generated seed through Strapi's Document Service, so that every record passes the same
 * document middlewares (business rules, audit, …) as a user's write. Strategies whose status only the
 * approval workflow may set, and brand-material publications, run as a workflow transition.
 */
import type { Core, UID } from '@strapi/strapi';
import { runAsWorkflowTransition } from '../../plugins/synergy/server/src/middlewares';
import {
  DEFAULT_LOCALE,
  generateDataset,
  UIDS,
  type SeedOptions,
  type SeedRecord,
} from './generate';

const BATCH_SIZE = 200;
const WORKFLOW_STATUSES = new Set(['approved', 'active', 'completed', 'retired']);
const SEED_MARKER = { type: 'app', name: 'synergy-seed', key: 'demo' } as const;
const LOCALES = [
  { code: DEFAULT_LOCALE, name: 'Chinese (Simplified) (zh-Hans)' },
  { code: 'en', name: 'English (en)' },
];

export interface LoadReport {
  skipped: boolean;
  message: string;
  counts: Record<string, number>;
  milliseconds: number;
}

type Log = (message: string) => void;

/** Creates the zh-Hans and en locales when i18n does not have them yet (the default is left alone). */
const ensureLocales = async (strapi: Core.Strapi) => {
  const locales = strapi.plugin('i18n').service('locales') as {
    find: () => Promise<{ code: string }[]>;
    create: (locale: { code: string; name: string }) => Promise<unknown>;
  };
  const existing = new Set((await locales.find()).map((locale) => locale.code));
  for (const locale of LOCALES) {
    if (!existing.has(locale.code)) await locales.create(locale);
  }
};

/** Resolves relation keys to documentIds (records) or ids (admin users); a missing user is left out. */
const resolveLinks = (
  record: SeedRecord,
  documentIds: Map<string, string>,
  userIds: Map<string, number>,
) => {
  const resolve = (key: string) => {
    if (key.startsWith('user:')) {
      const id = userIds.get(key);
      return id === undefined ? undefined : { id };
    }
    const documentId = documentIds.get(key);
    if (documentId === undefined)
      throw new Error(`${record.key}: relation to ${key}, which was not loaded before it`);
    return documentId;
  };
  const resolved: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record.links)) {
    if (Array.isArray(value)) {
      resolved[field] = value.map(resolve).filter((target) => target !== undefined);
    } else {
      const target = resolve(value);
      if (target !== undefined) resolved[field] = target;
    }
  }
  return resolved;
};

const needsWorkflow = (record: SeedRecord) =>
  record.uid === UIDS.strategy && WORKFLOW_STATUSES.has(record.data.status as string);

const writeRecord = async (
  strapi: Core.Strapi,
  record: SeedRecord,
  documentIds: Map<string, string>,
  userIds: Map<string, number>,
) => {
  const documents = strapi.documents(record.uid as UID.ContentType);
  const links = resolveLinks(record, documentIds, userIds);
  const create = () =>
    documents.create({
      data: { ...record.data, ...links } as never,
      ...(record.locale ? { locale: record.locale } : {}),
    });
  const created = needsWorkflow(record) ? await runAsWorkflowTransition(create) : await create();
  const { documentId } = created as { documentId: string };
  documentIds.set(record.key, documentId);

  for (const [locale, fields] of Object.entries(record.localizations ?? {})) {
    // A new locale of a document is created by an update in that locale; non-localized fields travel along.
    const shared = Object.fromEntries(
      Object.entries(record.data).filter(
        ([field]) => !(field in fields) && !['title', 'slug', 'body', 'channel'].includes(field),
      ),
    );
    await documents.update({
      documentId,
      locale,
      data: { ...shared, ...fields, ...links } as never,
    });
  }
  for (const locale of record.publish ?? []) {
    // Seeded publications count as approved by the workflow (brand materials are gated by it).
    await runAsWorkflowTransition(() => documents.publish({ documentId, locale }));
  }
  await seedReview(strapi, record, documentId, userIds);
};

/**
 * The review a governed record's state implies, so the demo's Approvals page and review panels
 * start coherent: strategies in review wait at their first stage; approved (or later) strategies
 * and published brand materials are approved; anything else has none.
 */
export const reviewStateOf = (record: SeedRecord): 'in_review' | 'approved' | null => {
  const status = record.data.status as string | undefined;
  if (record.uid === UIDS.strategy) {
    if (status === 'in_review') return 'in_review';
    return WORKFLOW_STATUSES.has(status ?? '') ? 'approved' : null;
  }
  return record.uid === UIDS.brandMaterial && (record.publish ?? []).length > 0 ? 'approved' : null;
};

const seedReview = async (
  strapi: Core.Strapi,
  record: SeedRecord,
  documentId: string,
  userIds: Map<string, number>,
) => {
  const state = reviewStateOf(record);
  if (!state) return;
  const owner =
    typeof record.links?.owner === 'string' ? userIds.get(record.links.owner) : undefined;
  await strapi
    .plugin('synergy')
    .service('reviews')
    .seed(record.uid, documentId, { state, submittedById: owner ?? null });
};

/**
 * Loads the seed unless customers already exist (then it says so and changes nothing).
 * Records are written one by one in load order, so a relation always points at a loaded record.
 */
export const loadSeed = async (
  strapi: Core.Strapi,
  {
    options = {},
    userIds = new Map<string, number>(),
    log = console.log,
  }: { options?: SeedOptions; userIds?: Map<string, number>; log?: Log } = {},
): Promise<LoadReport> => {
  const started = Date.now();
  const existingCustomers = await strapi.db.query(UIDS.customer).count();
  if (existingCustomers > 0) {
    const marker = await strapi.store.get(SEED_MARKER);
    const message = marker
      ? `Demo data already loaded (${existingCustomers} customers): skipped.`
      : `${existingCustomers} customers already exist: seed skipped (the database is not empty, or an earlier load was interrupted — delete the database file to reload).`;
    return { skipped: true, message, counts: {}, milliseconds: Date.now() - started };
  }

  await ensureLocales(strapi);
  const documentIds = new Map<string, string>();
  const counts: Record<string, number> = {};
  let currentUid: string | null = null;
  let typeStarted = Date.now();
  const finishType = () => {
    if (currentUid)
      log(
        `  ${currentUid}: ${counts[currentUid]} in ${((Date.now() - typeStarted) / 1000).toFixed(1)} s`,
      );
  };

  // Records are written in batches, one transaction each: far fewer commits (fsyncs) on SQLite.
  const write = async (batch: SeedRecord[]) =>
    strapi.db.transaction(async () => {
      for (const record of batch) {
        try {
          await writeRecord(strapi, record, documentIds, userIds);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new Error(`Seed record ${record.key} (${record.uid}) was rejected: ${reason}`);
        }
      }
    });
  let batch: SeedRecord[] = [];
  for (const record of generateDataset(options)) {
    if (record.uid !== currentUid || batch.length >= BATCH_SIZE) {
      await write(batch);
      batch = [];
    }
    if (record.uid !== currentUid) {
      finishType();
      currentUid = record.uid;
      typeStarted = Date.now();
    }
    batch.push(record);
    counts[record.uid] = (counts[record.uid] ?? 0) + 1;
  }
  await write(batch);
  finishType();

  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  await strapi.store.set({
    ...SEED_MARKER,
    value: { loadedAt: new Date().toISOString(), options, total },
  });
  return {
    skipped: false,
    message: `Loaded ${total} demo records in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    counts,
    milliseconds: Date.now() - started,
  };
};
