/**
 * The contract every analytics rollup keeps: aggregates maintained on write, in the same
 * transaction as the write, and rebuilt from the raw rows by `npm run rollups:rebuild`.
 * One module per rollup (`services/rollups/<name>.ts`) implements it; `services/rollups/index.ts`
 * lists them, and the write paths (document middleware, import, merge, bulk loader) call them.
 */
import type { UID } from '@strapi/strapi';
import type { Knex } from 'knex';

/** What one write touched: the rows of one type and the customers linked to them before or after. */
export interface RecordChange {
  uid: UID.ContentType;
  /** Row ids of the records written (every locale and draft/published row), before and after. */
  ids: number[];
  /** Customer row ids linked to those records before or after the write (both, on a move). */
  customerIds: number[];
}

export interface Rollup {
  /** Short name, used in logs and in the rebuild command's report. */
  name: string;
  /** The types whose writes change this rollup's figures. */
  dependsOn: UID.ContentType[];
  /** Creates the rollup's tables when they are missing (idempotent, at bootstrap). */
  ensureTables(knex: Knex): Promise<void>;
  /** Brings the rollup up to date after `change`, inside the write's transaction. */
  refresh(trx: Knex, change: RecordChange): Promise<void>;
  /** Recomputes the whole rollup from the raw rows. */
  rebuild(trx: Knex): Promise<void>;
}
