import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appRoot } from '../helpers/app-root';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../helpers/database';
import { csvOf } from '../helpers/import';

const ROOT = appRoot();
let database: ThrowawayDatabase;
let workDir: string;

const secret = () => crypto.randomBytes(16).toString('base64');

/** `node dist/scripts/import.js …` (what `npm run import --` runs after compiling) against the throwaway database. */
const runImport = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'dist', 'scripts', 'import.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      NODE_ENV: 'test',
      APP_KEYS: `${secret()},${secret()}`,
      API_TOKEN_SALT: secret(),
      ADMIN_JWT_SECRET: secret(),
      JWT_SECRET: secret(),
      TRANSFER_TOKEN_SALT: secret(),
      ENCRYPTION_KEY: secret(),
      STRAPI_TELEMETRY_DISABLED: 'true',
      STRAPI_LOG_LEVEL: 'error',
      DOCUMENTATION_ENABLED: 'false',
      ...database.env,
    },
    timeout: 280_000,
  });

/** The JSON summary the command prints first. */
const summaryOf = (stdout: string) =>
  JSON.parse(stdout.slice(stdout.indexOf('{'), stdout.indexOf('\n}') + 2)) as Record<
    string,
    unknown
  >;

beforeAll(async () => {
  database = await createThrowawayDatabase();
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cli-'));
});

afterAll(async () => {
  fs.rmSync(workDir, { recursive: true, force: true });
  await database?.drop();
});

describe('npm run import', () => {
  it('refuses a commit with invalid rows (exit 1, errors to --report as CSV), then commits a good file as the system', () => {
    const bad = path.join(workDir, 'bad.csv');
    fs.writeFileSync(
      bad,
      csvOf([
        ['单位代码', '单位名称', '客户等级'],
        ['CLI-1', '命令行单位一', '战略客户'],
        ['CLI-2', '命令行单位二', '不存在的等级'],
      ]),
    );
    const report = path.join(workDir, 'errors.csv');
    const refused = runImport('--type', 'customers', '--file', bad, '--commit', '--report', report);
    expect({ status: refused.status, stderr: refused.stderr.slice(-2000) }).toMatchObject({
      status: 1,
    });
    expect(summaryOf(refused.stdout)).toMatchObject({
      rows: { total: 2, valid: 1, invalid: 1 },
      created: 0,
      committed: false,
    });
    expect(fs.readFileSync(report, 'utf8')).toMatch(
      /^\uFEFFline,field,reason\n3,tier,"""不存在的等级"" is not one of strategic/,
    );

    const good = path.join(workDir, 'good.csv');
    fs.writeFileSync(
      good,
      csvOf([
        ['单位代码', '单位名称', '密级'],
        ['CLI-1', '命令行单位一', '机密'],
        ['CLI-2', '命令行单位二', ''],
      ]),
    );
    const committed = runImport('--type', 'customers', '--file', good, '--commit');
    expect({ status: committed.status, stderr: committed.stderr.slice(-2000) }).toMatchObject({
      status: 0,
    });
    // The system has full clearance: a secret row is written.
    expect(summaryOf(committed.stdout)).toMatchObject({
      rows: { total: 2, valid: 2, invalid: 0 },
      created: 2,
      committed: true,
    });
  }, 600_000);

  it('explains a bad option without booting the app', () => {
    const res = runImport('--type', 'opportunities', '--file', 'x.csv');
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/--type must be one of customers, contacts/);
  });
});
