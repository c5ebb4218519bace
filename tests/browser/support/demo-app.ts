import { AdminApi, type AdminAccount } from '../admin-api';
import { loadDemoSeed, startApp, type RunningApp } from '../app-server';
import { superAdminLogin } from './admin-session';

export interface DemoApp {
  app: RunningApp;
  /** A new admin user of the role, created by the demo's Super Admin. */
  account: AdminAccount;
  api: AdminApi;
}

/**
 * The app on a copy of the demo seed (as `npm run seed` loads it), with a new admin user of
 * `roleName` to act as: a newcomer to the demo data.
 */
export const startDemoAppAs = async (
  roleName: string,
  [firstname, lastname]: [string, string],
  ports: [number, number],
): Promise<DemoApp> => {
  let seedOutput = '';
  const app = await startApp({
    ports,
    prepare: (env) => {
      seedOutput = loadDemoSeed(env);
    },
  });
  try {
    const anonymous = new AdminApi(app.url);
    const { data } = await anonymous.request<{ data: { token: string } }>(
      'POST',
      '/admin/login',
      superAdminLogin(seedOutput),
    );
    const account = await anonymous.as(data.token).createAdmin(roleName, firstname, lastname);
    return { app, account, api: anonymous.as(account.token) };
  } catch (error) {
    // The caller has no app to stop yet: a server left running keeps Jest from exiting.
    await app.stop();
    throw error;
  }
};
