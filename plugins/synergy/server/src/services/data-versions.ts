import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { CRM_CONTENT_TYPES, isCrmContentType } from '../domain/crm-content-types';

const TABLE = 'synergy_data_versions';

/** What a cached answer can depend on: a content type (its uid) or the plugin's settings. */
export type DataKind = string;

/** The SLA targets and other plugin settings, which analytics read besides the records. */
export const SETTINGS_KIND: DataKind = 'synergy.settings';

/** The masking rules, which every request reads (kept in memory while this counter is unchanged). */
export const MASKING_KIND: DataKind = 'synergy.masking';

/** The content types whose writes are counted: the CRM's own (SPEC §1), as the registry lists them. */
export const isTrackedKind = (uid: string): boolean => isCrmContentType(uid);

/**
 * Change counters shared by every app instance through the database: one row per kind, raised
 * after each committed write. A reader takes the counters of what it depends on before reading the
 * data, so an answer stored under them can only be older than a write whose counter it saw.
 */
const createDataVersionsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;

  /** Raises started at a commit and not finished yet (awaited by `settle`, at shutdown). */
  const pending = new Set<Promise<void>>();

  const raise = async (kinds: DataKind[]) => {
    await knex()(TABLE)
      .whereIn('kind', kinds)
      .update({ version: knex().raw('?? + 1', ['version']), updated_at: new Date() });
  };

  return {
    /** Every kind counted: the CRM content types and the plugin's settings. */
    kinds(): DataKind[] {
      return [...CRM_CONTENT_TYPES, SETTINGS_KIND, MASKING_KIND];
    },

    /** Creates the missing counters (at start; several instances may run it at once). */
    async ensure(kinds: DataKind[]): Promise<void> {
      const existing = new Set(
        (await knex()(TABLE).select('kind')).map((row: { kind: string }) => row.kind),
      );
      const missing = kinds.filter((kind) => !existing.has(kind));
      if (missing.length === 0) return;
      const now = new Date();
      await knex()(TABLE)
        .insert(missing.map((kind) => ({ kind, version: 0, created_at: now, updated_at: now })))
        .onConflict('kind')
        .ignore();
    },

    /**
     * Raises the counters of `kinds`. Inside a transaction it waits for the commit: a rolled-back
     * write changes nothing, and no counter row stays locked while the transaction runs.
     */
    async bump(kinds: DataKind[]): Promise<void> {
      const unique = [...new Set(kinds)];
      if (unique.length === 0) return;
      if (!strapi.db.inTransaction()) {
        await raise(unique);
        return;
      }
      await strapi.db.transaction(async ({ onCommit }) => {
        onCommit(() => {
          const raising = raise(unique)
            .catch((error: unknown) => {
              strapi.log.error(
                `synergy: could not raise the data versions of ${unique.join(', ')}: ${String(error)}`,
              );
            })
            .finally(() => pending.delete(raising));
          pending.add(raising);
        });
      });
    },

    /** Resolves once every raise started by a commit has reached the database. */
    async settle(): Promise<void> {
      while (pending.size > 0) await Promise.all([...pending]);
    },

    /** The counters of `kinds`, in their order, as one string (a missing counter reads 0). */
    async read(kinds: DataKind[]): Promise<string> {
      const rows: Array<{ kind: string; version: string | number }> = await knex()(TABLE)
        .select('kind', 'version')
        .whereIn('kind', kinds);
      const versions = new Map(rows.map((row) => [row.kind, String(row.version)]));
      return kinds.map((kind) => versions.get(kind) ?? '0').join('.');
    },
  };
};

export type DataVersionsService = ReturnType<typeof createDataVersionsService>;

export default createDataVersionsService;
