/** The public contract of the bulk loader (kept stable: the bench calls `loadBulk`). */
import type { Scale } from '../scales';

export interface BulkLoadOptions {
  scale: Scale;
  /** PRNG seed of the generator (default DEFAULT_SEED). */
  seed?: number;
  /** The "today" the data is relative to (default DEFAULT_NOW). */
  now?: string | Date;
  /** Called after every flushed batch, and once per content type when it is done. */
  onProgress?: (progress: BulkProgress) => void;
  /** Owners by account key (`user:…`); default: the demo admin users found by e-mail. */
  userIds?: Map<string, number>;
}

export interface BulkProgress {
  uid: string;
  /** Records of this content type written so far, and planned in all. */
  records: number;
  total: number;
  /** Rows written so far over every table (main, links, components). */
  rows: number;
  /** Time since the content type started. */
  milliseconds: number;
  done: boolean;
}

export interface BulkTypeReport {
  /** Records (documents) of the type. */
  records: number;
  /** Table rows written for them: main rows (drafts and publications, locales), links, components. */
  rows: number;
  milliseconds: number;
}

export interface BulkLoadReport {
  /** Per content type uid. */
  types: Record<string, BulkTypeReport>;
  records: number;
  rows: number;
  milliseconds: number;
  rowsPerSecond: number;
  /** Peak resident set size seen during the load, in bytes. */
  peakRssBytes: number;
}
