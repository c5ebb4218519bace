import type { Core } from '@strapi/strapi';
import { answerConflicts } from '../utils/conflict';
import admin from './admin';
import contentApi from './content-api';

/** The admin routes answer a ConflictError (review versions, merges) with 409: one route middleware for all. */
const answeringConflicts = <Router extends Core.RouterInput>(router: Router): Router => ({
  ...router,
  routes: router.routes.map((route) => ({
    ...route,
    config: {
      ...route.config,
      middlewares: [answerConflicts, ...(route.config?.middlewares ?? [])],
    },
  })),
});

export default {
  admin: answeringConflicts(admin),
  'content-api': contentApi,
};
