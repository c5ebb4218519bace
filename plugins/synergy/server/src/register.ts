import type { Core } from '@strapi/strapi';
import {
  enforceBusinessRules,
  governReviews,
  maskFields,
  protectAuditTrail,
  publishedOnlyForPublic,
  recordAudit,
  refuseHiddenRelations,
  requireSecondPerson,
  restrictToClearance,
  trackDataVersions,
  validateQueryShape,
} from './middlewares';
import { addClearanceToApiUsers, addNeedToKnowToCrmTypes } from './extend-users';
import { patchContentManager } from './content-manager';
import { registerDocumentation } from './documentation';
import { answerHeldWrites } from './utils/held-for-approval';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  addClearanceToApiUsers(strapi);
  addNeedToKnowToCrmTypes(strapi);
  // Before routing is initialised, so the routes pick up the guarded content-manager actions.
  patchContentManager(strapi);
  // Document-service middlewares are registered here, in one place, for every path that reads or writes.
  // First, so every rule after it (and the database) sees a query of a valid shape.
  strapi.documents.use(validateQueryShape({ strapi }));
  // Before every rule that reads: a masked field is refused in queries and masked in every answer.
  strapi.documents.use(maskFields({ strapi }));
  strapi.documents.use(protectAuditTrail);
  strapi.documents.use(publishedOnlyForPublic({ strapi }));
  strapi.documents.use(restrictToClearance({ strapi }));
  strapi.documents.use(governReviews({ strapi }));
  strapi.documents.use(enforceBusinessRules({ strapi }));
  // After the rules, where Strapi itself would find a missing relation: a hidden one answers alike.
  strapi.documents.use(refuseHiddenRelations({ strapi }));
  // After every rule that refuses a write: only a write that would pass is held for a second person.
  strapi.documents.use(requireSecondPerson({ strapi }));
  // Last, so it records only what passed every rule.
  strapi.documents.use(recordAudit({ strapi }));
  // Innermost: right after the write itself, so a committed write always invalidates cached analytics.
  strapi.documents.use(trackDataVersions({ strapi }));

  registerDocumentation(strapi);
  // Outside every route: a write held by the two-person rule is a 202, on the content manager and REST alike.
  strapi.server.use(answerHeldWrites);
};

export default register;
