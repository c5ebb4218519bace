import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkBusinessRules, type RuleViolation } from '../domain/business-rules';
import { isCrmContentType } from '../domain/crm-content-types';
import { checkStrategyStatusChange, STRATEGY_UID } from '../domain/strategy-status';
import { derivedClassificationViolations, ruleContextOf } from './derived-records';
import { isWorkflowTransition } from './workflow-context';
import { relationIsSetAfterWrite } from './relation-input';
import { storedDocument } from './stored-document';

type Middleware = Modules.Documents.Middleware.Middleware;

/** A clone is checked as an update of its source: the values it does not send are the source's. */
const WRITE_ACTIONS = ['create', 'update', 'clone'];

export const toValidationError = (violations: RuleViolation[]) =>
  new errors.ValidationError(violations.map((v) => v.message).join('; '), {
    errors: violations.map((v) => ({
      path: [v.field],
      message: v.message,
      name: 'ValidationError',
    })),
  });

/**
 * Rejects, with a 400 naming the field, a create or update of a CRM record that breaks a
 * business rule of SPEC §2. Values not sent in an update are taken from the stored record.
 */
export const enforceBusinessRules =
  ({ strapi }: { strapi: Core.Strapi }): Middleware =>
  async (ctx, next) => {
    if (!WRITE_ACTIONS.includes(ctx.action) || !isCrmContentType(ctx.uid)) return next();

    const params = ctx.params as {
      data?: Record<string, unknown>;
      documentId?: string;
      locale?: string;
    };
    const data = params.data ?? {};
    const model = strapi.getModel(ctx.uid);
    const relationFields = Object.entries(model.attributes)
      .filter(
        ([, attribute]) =>
          attribute.type === 'relation' &&
          !('target' in attribute && attribute.target === 'admin::user'),
      )
      .map(([name]) => name);

    const stored =
      ctx.action !== 'create' ? ((await storedDocument(strapi, ctx))?.any ?? null) : null;

    const merged: Record<string, unknown> = { ...(stored ?? {}), ...data };
    for (const field of relationFields) {
      const before = stored?.[field];
      const wasSet = Array.isArray(before) ? before.length > 0 : Boolean(before);
      merged[field] = relationIsSetAfterWrite(data[field], wasSet);
    }

    // A draft may lack required attributes (Strapi checks them on publish): then only the rules apply.
    const violations = checkBusinessRules(
      ctx.uid,
      merged,
      model.options?.draftAndPublish ? {} : model.attributes,
      await ruleContextOf(strapi, ctx.uid, data, stored),
    );
    if (ctx.action === 'update')
      violations.push(...(await derivedClassificationViolations(strapi, ctx.uid, data, stored)));
    // A clone starts as a draft (governReviews): it changes no strategy's status.
    if (
      ctx.uid === STRATEGY_UID &&
      ctx.action !== 'clone' &&
      typeof data.status === 'string' &&
      !isWorkflowTransition()
    ) {
      violations.push(
        ...checkStrategyStatusChange((stored?.status as string | undefined) ?? null, data.status),
      );
    }
    if (violations.length > 0) throw toValidationError(violations);

    return next();
  };
