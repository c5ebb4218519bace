import type { Core } from '@strapi/strapi';
import { closeHttpServer } from './utils/close-http-server';
import { getService } from './utils/get-service';

/**
 * Stops taking requests, lets those under way finish, then writes the audit entries still
 * queued, all before the database closes: an instance stopped behind a load balancer loses none.
 */
const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await closeHttpServer(strapi.server.httpServer);
  await getService(strapi, 'audit').drain();
};

export default destroy;
