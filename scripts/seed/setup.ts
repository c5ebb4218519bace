/**
 * The demo setup run by `npm run demo` (scripts/demo.ts) and `npm run seed`: boot the compiled app
 * without serving it, create the demo users, load the demo data, shut down.
 */
import path from 'node:path';
import { createStrapi, type Core } from '@strapi/strapi';
import { DEMO_APPROVER_ROLE, ensureDemoDualControl } from './demo-dual-control';
import { DEMO_MASKED_ROLE, ensureDemoMasking } from './demo-masking';
import { ensureDemoNeedToKnow } from './demo-need-to-know';
import { ensureDemoUsers, formatLogins } from './demo-users';
import { loadSeed, type LoadReport } from './load';
import type { SeedOptions } from './generate';
import { DEFAULT_NOW, DEFAULT_SEED } from './generate';
import { isScale } from './scales';
import { loadBulk, type BulkLoadReport } from './bulk';
import { createProgressBars, formatBulkReport } from './bulk/progress-bars';

type Log = (message: string) => void;

/** Boots the app from dist/ (no HTTP server), runs `task`, and always destroys it. */
export const withStrapi = async <T>(task: (strapi: Core.Strapi) => Promise<T>): Promise<T> => {
  const appDir = process.cwd();
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
  try {
    return await task(strapi);
  } finally {
    await strapi.destroy();
  }
};

const NEED_TO_KNOW_NOTE =
  'Compartments: 猎鹰计划 program-falcon and 鱼鹰项目 project-osprey tag a few strategies and a customer; the Security Officer, Strategy Analyst, Leadership and Account Manager hold some; caveats mark some strategies and products (Settings → Synergy → Compartments and caveats).';

/** Creates the demo admin users that are missing and prints their one-time logins. */
const setupDemoUsers = async (strapi: Core.Strapi, log: Log) => {
  const users = await ensureDemoUsers(strapi);
  if (users.missingRoles.length > 0) {
    log(
      `Admin roles not found, their demo users were not created: ${users.missingRoles.join(', ')}.`,
    );
  }
  if (users.created.length > 0) {
    log('\nDemo logins (shown only this once; the passwords are not stored anywhere else):\n');
    log(formatLogins(users.created));
    log('');
  }
  if (await ensureDemoMasking(strapi)) {
    log(
      `Masked fields: ${DEMO_MASKED_ROLE} sees contact phone and e-mail masked (138****5678, z***@example.com); Settings → Synergy → Masked fields.`,
    );
  }
  if (await ensureDemoDualControl(strapi)) {
    log(
      `Two-person rule: merging customers and lowering a classification wait for a ${DEMO_APPROVER_ROLE}'s approval (Two-person requests); Settings → Synergy → Two-person rule.`,
    );
  }
  if (users.existing.length > 0) {
    log(
      `${users.existing.length} demo users already exist; their passwords were printed when they were created (first run).`,
    );
  }
  return users;
};

export const setupDemo = async (
  strapi: Core.Strapi,
  options: SeedOptions,
  log: Log = console.log,
): Promise<{ seed: LoadReport; createdUsers: number }> => {
  const users = await setupDemoUsers(strapi, log);

  log(
    `Loading the ${options.scale ?? 'demo'} seed (seed ${options.seed ?? DEFAULT_SEED}, now ${new Date(options.now ?? DEFAULT_NOW).toISOString()})…`,
  );
  const seed = await loadSeed(strapi, { options, userIds: users.userIds, log });
  log(seed.message);
  if (await ensureDemoNeedToKnow(strapi)) log(NEED_TO_KNOW_NOTE);
  return { seed, createdUsers: users.created.length };
};

/**
 * `--bulk`: the demo users, then the scale written straight into the tables (an empty CRM only),
 * with progress bars and a rows/s summary.
 */
export const setupBulk = async (
  strapi: Core.Strapi,
  options: SeedOptions,
  log: Log = console.log,
): Promise<BulkLoadReport> => {
  const users = await setupDemoUsers(strapi, log);
  const scale = options.scale ?? 'demo';
  log(
    `Bulk loading the ${scale} seed (seed ${options.seed ?? DEFAULT_SEED}, now ${new Date(options.now ?? DEFAULT_NOW).toISOString()})…`,
  );
  const progress = createProgressBars();
  try {
    const report = await loadBulk(strapi, {
      ...options,
      scale,
      userIds: users.userIds,
      onProgress: progress.onProgress,
    });
    progress.stop();
    log(formatBulkReport(report));
    if (await ensureDemoNeedToKnow(strapi)) log(NEED_TO_KNOW_NOTE);
    return report;
  } finally {
    progress.stop();
  }
};

/** Reads `--seed N`, `--scale demo|small|bench`, `--now ISO-date`, `--database NAME` (and `--name=value`) from argv. */
export const parseSeedArguments = (
  argv: string[],
): SeedOptions & { flags: Set<string>; database?: string } => {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (!argument.startsWith('--')) continue;
    const [name, inline] = argument.slice(2).split('=', 2);
    if (inline !== undefined) values.set(name, inline);
    else if (['seed', 'scale', 'now', 'database'].includes(name) && index + 1 < argv.length)
      values.set(name, argv[++index]);
    else flags.add(name);
  }
  const options: SeedOptions & { flags: Set<string>; database?: string } = {
    flags,
    database: values.get('database'),
  };
  if (values.has('seed')) {
    const seed = Number(values.get('seed'));
    if (!Number.isInteger(seed))
      throw new Error(`--seed must be an integer, got ${values.get('seed')}`);
    options.seed = seed;
  }
  if (values.has('scale')) {
    const scale = values.get('scale');
    if (!isScale(scale)) throw new Error(`--scale must be demo, small or bench, got ${scale}`);
    options.scale = scale;
  }
  if (values.has('now')) {
    const now = values.get('now')!;
    if (Number.isNaN(new Date(now).getTime())) throw new Error(`--now must be a date, got ${now}`);
    options.now = new Date(now).toISOString();
  }
  return options;
};
