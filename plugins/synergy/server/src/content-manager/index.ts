import type { Core } from '@strapi/strapi';
import { guardContentManager } from './guards';
import { supportOwnStatusFields } from './status-field';

/**
 * The version of `@strapi/content-manager` these patches were written for and checked against.
 * They wrap its internals (controllers, services, a CommonJS validation module), which change
 * without notice between versions: a test fails when the installed version differs, so whoever
 * upgrades Strapi re-checks each patch (tests/api/content-manager-*.test.ts, hidden-records) first.
 */
export const CONTENT_MANAGER_VERSION = '5.54.0';

/**
 * The plugin's changes to Strapi's content manager, in one place: the clearance guards on the
 * paths that bypass the document service, and CRM types' own `status` fields. Called in
 * `register`, before routing is initialised, so the routes pick up the wrapped actions.
 */
export const patchContentManager = (strapi: Core.Strapi) => {
  guardContentManager(strapi);
  supportOwnStatusFields(strapi);
};
