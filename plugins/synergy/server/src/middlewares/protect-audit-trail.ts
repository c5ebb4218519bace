import type { Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';

type Middleware = Modules.Documents.Middleware.Middleware;

const AUDIT_UIDS = ['plugin::synergy.audit-entry', 'plugin::synergy.audit-chain'];
const READ_ACTIONS = ['findMany', 'findOne', 'findFirst', 'count'];

/**
 * The trail is append-only: no document-service path may write, change or delete an entry or the
 * head of its hash chain.
 */
export const protectAuditTrail: Middleware = async (ctx, next) => {
  if (!AUDIT_UIDS.includes(ctx.uid) || READ_ACTIONS.includes(ctx.action)) return next();
  throw new errors.PolicyError(
    'The audit trail is append-only: entries cannot be created, changed or deleted',
  );
};
