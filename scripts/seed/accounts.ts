/**
 * The demo admin accounts: one per admin role of SPEC §6 plus a Super Admin. Seed records refer
 * to them as owners by key (`user:<slug>`); passwords are generated on first run, never stored here.
 */
export interface DemoAccount {
  /** Key used by seed records, e.g. `user:account-manager`. */
  key: string;
  email: string;
  firstname: string;
  lastname: string;
  /** Admin role name, exactly as SPEC §6 names it; null for the Super Admin. */
  roleName: string | null;
  /**
   * The admin's interface language (Strapi's `preferedLanguage`, spelled so), applied at login:
   * the staff work in Chinese, the Super Admin in English to show both.
   */
  interfaceLanguage: InterfaceLanguage;
}

export type InterfaceLanguage = 'zh-Hans' | 'en';

/** How the printed login table names each language. */
export const INTERFACE_LANGUAGE_NAMES: Readonly<Record<InterfaceLanguage, string>> = {
  'zh-Hans': '中文 (zh-Hans)',
  en: 'English (en)',
};

export const DEMO_EMAIL_DOMAIN = 'demo.synergy.local';

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    key: 'user:super-admin',
    email: `admin@${DEMO_EMAIL_DOMAIN}`,
    firstname: '系统',
    lastname: '管理员',
    roleName: null,
    interfaceLanguage: 'en',
  },
  {
    key: 'user:account-manager',
    email: `account.manager@${DEMO_EMAIL_DOMAIN}`,
    firstname: '明',
    lastname: '王',
    roleName: 'Account Manager',
    interfaceLanguage: 'zh-Hans',
  },
  {
    key: 'user:service-engineer',
    email: `service.engineer@${DEMO_EMAIL_DOMAIN}`,
    firstname: '强',
    lastname: '李',
    roleName: 'Service Engineer',
    interfaceLanguage: 'zh-Hans',
  },
  {
    key: 'user:marketing',
    email: `marketing@${DEMO_EMAIL_DOMAIN}`,
    firstname: '婷',
    lastname: '张',
    roleName: 'Marketing',
    interfaceLanguage: 'zh-Hans',
  },
  {
    key: 'user:strategy-analyst',
    email: `strategy.analyst@${DEMO_EMAIL_DOMAIN}`,
    firstname: '博',
    lastname: '陈',
    roleName: 'Strategy Analyst',
    interfaceLanguage: 'zh-Hans',
  },
  {
    key: 'user:security-officer',
    email: `security.officer@${DEMO_EMAIL_DOMAIN}`,
    firstname: '静',
    lastname: '赵',
    roleName: 'Security Officer',
    interfaceLanguage: 'zh-Hans',
  },
  {
    key: 'user:leadership',
    email: `leadership@${DEMO_EMAIL_DOMAIN}`,
    firstname: '国华',
    lastname: '刘',
    roleName: 'Leadership',
    interfaceLanguage: 'zh-Hans',
  },
];

export const USER_KEY = {
  accountManager: 'user:account-manager',
  serviceEngineer: 'user:service-engineer',
  marketing: 'user:marketing',
  strategyAnalyst: 'user:strategy-analyst',
} as const;
