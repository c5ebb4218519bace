import type { Core } from '@strapi/strapi';
import { bootstrapApp } from './bootstrap';

export default {
  register(_: { strapi: Core.Strapi }) {},
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await bootstrapApp(strapi);
  },
};
