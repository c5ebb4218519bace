import { removeDemoSeed } from '../app-server';

export default async function globalTeardown() {
  removeDemoSeed();
}
