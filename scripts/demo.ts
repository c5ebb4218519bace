/**
 * The setup step of `npm run demo` (after `strapi build`, before `strapi start`): boots the compiled
 * app, creates the demo admin users (logins printed once), loads the demo data unless customers
 * already exist, and shuts down. Options as for `npm run seed` (--seed, --now).
 */
import { parseSeedArguments, setupDemo, withStrapi } from './seed/setup';

const main = async () => {
  const started = Date.now();
  const { flags: _flags, ...options } = parseSeedArguments(process.argv.slice(2));
  await withStrapi((strapi) => setupDemo(strapi, { ...options, scale: 'demo' }));
  console.log(`Demo setup finished in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
