import { createHash } from 'node:crypto';
import { generateDataset, type SeedOptions } from './generate';

/** The SHA-256 of the generated stream (one JSON line per record) and the count per content type. */
export const fingerprintDataset = (options: SeedOptions = {}) => {
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  for (const record of generateDataset(options)) {
    hash.update(JSON.stringify(record));
    hash.update('\n');
    counts[record.uid] = (counts[record.uid] ?? 0) + 1;
  }
  return { sha256: hash.digest('hex'), counts };
};
