/**
 * Loads a seed scale straight into Strapi's tables (placeholder: goes through the Document Service
 * loader until the table writer lands; the signature is the stable one).
 */
import type { Core } from '@strapi/strapi';
import { loadSeed } from '../load';
import type { BulkLoadOptions, BulkLoadReport } from './types';

export const loadBulk = async (strapi: Core.Strapi, options: BulkLoadOptions): Promise<BulkLoadReport> => {
  const started = Date.now();
  const { counts } = await loadSeed(strapi, { options: { scale: options.scale, seed: options.seed, now: options.now }, userIds: options.userIds, log: () => {} });
  const types = Object.fromEntries(Object.entries(counts).map(([uid, records]) => [uid, { records, rows: records, milliseconds: 0 }]));
  const records = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const milliseconds = Date.now() - started;
  return { types, records, rows: records, milliseconds, rowsPerSecond: (records * 1000) / Math.max(1, milliseconds), peakRssBytes: process.memoryUsage().rss };
};
