import type { Core } from '@strapi/strapi';
import { enforceBusinessRules } from './middlewares';

/** Document-service middlewares are registered here, in one place, for every path that writes. */
const register = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(enforceBusinessRules({ strapi }));
};

export default register;
