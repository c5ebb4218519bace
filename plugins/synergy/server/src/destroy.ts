import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';

/** Writes the audit entries still queued before the database closes. */
const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'audit').drain();
};

export default destroy;
