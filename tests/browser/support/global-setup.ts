import { ensureBuild, prepareDemoSeed } from '../app-server';

/**
 * Once per browser-test run: builds the admin when its sources changed (else compiles the server
 * only), then seeds the demo into a database each file that needs it copies.
 */
export default async function globalSetup() {
  ensureBuild();
  prepareDemoSeed();
}
