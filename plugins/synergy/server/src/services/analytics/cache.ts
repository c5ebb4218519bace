import type { Core } from '@strapi/strapi';
import { LRUCache } from 'lru-cache';
import type { AnalyticsCacheConfig } from '../../config';
import type { DataKind } from '../data-versions';
import { getService } from '../../utils/get-service';

/** Response header telling an API client whether an answer was reused (`hit`) or computed (`miss`). */
export const CACHE_HEADER = 'X-Synergy-Cache';

/** Everything besides the data that an answer depends on. */
export interface CacheKey {
  endpoint: string;
  /** The validated query or path parameters, as the caller sent them. */
  params: Record<string, unknown>;
  /** The classification levels the caller may see (null: unrestricted system code). */
  levels: readonly string[] | null;
  /** The compartments and caveats withheld from the caller (SPEC §1.1). */
  withheld?: readonly string[];
}

type Answer = object;
type Compute = () => Promise<Answer>;

const sortedEntries = (params: Record<string, unknown>) =>
  Object.entries(params)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));

/**
 * Answers of the analytics endpoints, reused while the data they read is unchanged. An answer is
 * stored under its key and the shared data versions of the kinds it depends on, read from the
 * database on every request: a write on any instance raises a version and every instance then
 * computes afresh. Concurrent requests for an answer not yet stored share one computation. Answers
 * also expire after `maxAgeSeconds`, as periods that end "now" and staleness move with the clock.
 */
export const createAnalyticsCache = (strapi: Core.Strapi, config: AnalyticsCacheConfig) => {
  const answers =
    config.maxAgeSeconds > 0
      ? new LRUCache<string, Answer, Compute>({
          maxSize: config.maxMegabytes * 1_000_000,
          sizeCalculation: (answer) => Math.max(1, Buffer.byteLength(JSON.stringify(answer))),
          ttl: config.maxAgeSeconds * 1000,
          fetchMethod: (_id, _stale, { context }) => context(),
        })
      : null;

  const report = (outcome: 'hit' | 'miss' | 'off') => {
    // Code that runs a service in a context of its own (a script, the bench) has no response.
    const ctx = strapi.requestContext.get();
    if (typeof ctx?.set === 'function') ctx.set(CACHE_HEADER, outcome);
  };

  return {
    /** The answer for `key`: reused when stored under the current versions of `dependsOn`, else computed. */
    async get<T extends Answer>(
      key: CacheKey,
      dependsOn: readonly DataKind[],
      compute: () => Promise<T>,
    ): Promise<T> {
      if (!answers) {
        report('off');
        return compute();
      }
      // Versions first, data after: an answer is never stored under versions newer than what it read.
      const versions = await getService(strapi, 'data-versions').read([...dependsOn]);
      const id = JSON.stringify([
        key.endpoint,
        sortedEntries(key.params),
        key.levels,
        key.withheld ?? [],
        versions,
      ]);
      report(answers.has(id) ? 'hit' : 'miss');
      return (await answers.fetch(id, { context: compute })) as T;
    },

    /** Forgets every answer of this instance (other instances follow the data versions). */
    clear() {
      answers?.clear();
    },
  };
};

export type AnalyticsCache = ReturnType<typeof createAnalyticsCache>;
