/**
 * Demo admin users (SPEC §6): one per admin role plus a Super Admin. Passwords are generated on
 * the run that creates a user and printed once; they are never stored anywhere but as a hash.
 */
import { randomInt } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import {
  DEMO_ACCOUNTS,
  INTERFACE_LANGUAGE_NAMES,
  type DemoAccount,
  type InterfaceLanguage,
} from './accounts';

export interface CreatedLogin {
  email: string;
  role: string;
  password: string;
  interfaceLanguage: InterfaceLanguage;
}

export interface DemoUsersResult {
  /** Logins created by this run, with their one-time printed passwords. */
  created: CreatedLogin[];
  /** Emails of demo users that already existed. */
  existing: string[];
  /** Roles not found, whose demo user was therefore not created. */
  missingRoles: string[];
  /** Account key (`user:…`) → admin user id, for owners of seed records. */
  userIds: Map<string, number>;
}

const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';

/**
 * A random password that satisfies Strapi's admin rules (8–72 bytes, a lowercase letter, an
 * uppercase letter and a digit): four groups of five characters, e.g. `Kq7mz-…`.
 */
export const generatePassword = (): string => {
  const all = LOWER + UPPER + DIGITS;
  const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)];
  for (;;) {
    const groups = Array.from({ length: 4 }, () =>
      Array.from({ length: 5 }, () => pick(all)).join(''),
    );
    const password = groups.join('-');
    if (/[a-z]/.test(password) && /[A-Z]/.test(password) && /\d/.test(password)) return password;
  }
};

interface AdminRole {
  id: number;
  name: string;
}

const findRole = async (strapi: Core.Strapi, account: DemoAccount): Promise<AdminRole | null> => {
  if (account.roleName === null) {
    return (await strapi.db
      .query('admin::role')
      .findOne({ where: { code: 'strapi-super-admin' } })) as AdminRole | null;
  }
  return (await strapi.db
    .query('admin::role')
    .findOne({ where: { name: account.roleName } })) as AdminRole | null;
};

/** Creates the demo admin users that do not exist yet; never changes an existing user. */
export const ensureDemoUsers = async (strapi: Core.Strapi): Promise<DemoUsersResult> => {
  const result: DemoUsersResult = {
    created: [],
    existing: [],
    missingRoles: [],
    userIds: new Map(),
  };
  const userService = strapi.service('admin::user') as unknown as {
    create: (attributes: Record<string, unknown>) => Promise<{ id: number }>;
  };

  for (const account of DEMO_ACCOUNTS) {
    const existing = (await strapi.db
      .query('admin::user')
      .findOne({ where: { email: account.email } })) as { id: number } | null;
    if (existing) {
      result.existing.push(account.email);
      result.userIds.set(account.key, existing.id);
      continue;
    }
    const role = await findRole(strapi, account);
    if (!role) {
      result.missingRoles.push(account.roleName ?? 'Super Admin');
      continue;
    }
    const password = generatePassword();
    const user = await userService.create({
      email: account.email,
      firstname: account.firstname,
      lastname: account.lastname,
      password,
      roles: [role.id],
      isActive: true,
      registrationToken: null,
      preferedLanguage: account.interfaceLanguage,
    });
    result.userIds.set(account.key, user.id);
    result.created.push({
      email: account.email,
      role: role.name,
      password,
      interfaceLanguage: account.interfaceLanguage,
    });
  }
  return result;
};

/** The login table, as printed once when the users are created. */
export const formatLogins = (logins: CreatedLogin[]): string => {
  const rows = [
    ['Email', 'Role', 'Interface language', 'Password'],
    ...logins.map((login) => [
      login.email,
      login.role,
      INTERFACE_LANGUAGE_NAMES[login.interfaceLanguage],
      login.password,
    ]),
  ];
  // Chinese characters take two columns in a terminal.
  const width = (text: string) =>
    [...text].reduce((sum, char) => sum + (char > '\u2e7f' ? 2 : 1), 0);
  const pad = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - width(text)));
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => width(row[column]))));
  const line = (row: string[]) =>
    `| ${row.map((cell, column) => pad(cell, widths[column])).join(' | ')} |`;
  const rule = `|${widths.map((columnWidth) => '-'.repeat(columnWidth + 2)).join('|')}|`;
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
};
