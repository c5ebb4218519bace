import type { Core } from '@strapi/strapi';
import { enforceBusinessRules, publishedOnlyForPublic, restrictToClearance } from './middlewares';
import { addClearanceToApiUsers } from './extend-users';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  addClearanceToApiUsers(strapi);
  // Document-service middlewares are registered here, in one place, for every path that reads or writes.
  strapi.documents.use(publishedOnlyForPublic({ strapi }));
  strapi.documents.use(restrictToClearance({ strapi }));
  strapi.documents.use(enforceBusinessRules({ strapi }));
};

export default register;
