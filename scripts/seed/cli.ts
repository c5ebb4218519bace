/**
 * `npm run seed [-- options]`: loads the demo data and demo users into the configured database
 * (skipped when customers exist), like the setup step of `npm run demo`.
 *
 *   --seed N        PRNG seed (default 20261101)
 *   --now DATE      the "today" the data is relative to (default 2026-11-01T00:00:00Z)
 *   --scale demo    demo (default) or bench; only demo is loaded through Strapi
 *   --stats         print the record counts and SHA-256 of the generated stream, without Strapi
 */
import { fingerprintDataset } from './fingerprint';
import { describeOptions } from './generate';
import { parseSeedArguments, setupDemo, withStrapi } from './setup';

const main = async () => {
  const { flags, ...options } = parseSeedArguments(process.argv.slice(2));
  if (flags.has('stats')) {
    const started = Date.now();
    const { sha256, counts } = fingerprintDataset(options);
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    console.log(JSON.stringify({ ...describeOptions(options), counts, total, sha256, milliseconds: Date.now() - started }, null, 2));
    return;
  }
  if ((options.scale ?? 'demo') !== 'demo') {
    throw new Error('Only the demo scale is loaded through the Document Service; use --stats for the bench scale.');
  }
  await withStrapi((strapi) => setupDemo(strapi, options));
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
