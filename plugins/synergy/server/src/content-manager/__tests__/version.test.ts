import { CONTENT_MANAGER_VERSION } from '..';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const installed = (require('@strapi/content-manager/package.json') as { version: string }).version;

describe('the content-manager patches', () => {
  it(`were written for @strapi/content-manager ${CONTENT_MANAGER_VERSION}, the installed version`, () => {
    if (installed !== CONTENT_MANAGER_VERSION) {
      throw new Error(
        `@strapi/content-manager is ${installed}, the patches in server/src/content-manager were written for ${CONTENT_MANAGER_VERSION}: ` +
          're-check each wrapped controller, service and module against the new version, run the content-manager, hidden-records ' +
          'and clearance API tests, then record the new version in CONTENT_MANAGER_VERSION',
      );
    }
  });
});
