import type { Core } from '@strapi/strapi';
import { closeHttpServer } from './utils/close-http-server';
import { getService } from './utils/get-service';

/**
 * Stops taking requests, lets those under way finish, then writes the audit entries still
 * queued and the data versions still to raise, all before the database closes: an instance
 * stopped behind a load balancer loses none.
 */
const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await closeHttpServer(strapi.server.httpServer);
  await Promise.all([
    getService(strapi, 'audit').drain(),
    getService(strapi, 'data-versions').settle(),
  ]);
};

export default destroy;
