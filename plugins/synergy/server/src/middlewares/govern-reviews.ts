import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ReviewState, Workflow, WorkflowStage } from '../../../shared/contracts/reviews';
import { changedFieldNames } from '../domain/audit';
import { NON_CONTENT_FIELDS } from '../domain/workflow';
import { getService } from '../utils/get-service';
import { isWorkflowTransition } from './workflow-context';

type Middleware = Modules.Documents.Middleware.Middleware;

const BRAND_MATERIAL = 'api::brand-material.brand-material';
const STRATEGY = 'api::strategy.strategy';
const GATED_STRATEGY_STATUSES = ['approved', 'active'];

interface ReviewStatus {
  state: ReviewState;
  stage: WorkflowStage | null;
  workflow: Workflow;
}

/** Which review is missing, in words, for the 403 of a gate. */
const missingReview = (what: string, workflow: Workflow | null, review: ReviewStatus | null, contentChanged: boolean) => {
  const path = workflow ? ` (${workflow.stages.map((stage) => stage.name).join(' → ')})` : '';
  const where = contentChanged
    ? 'this edit changes the approved content, which needs a new review'
    : !review
      ? 'it has never been submitted'
      : review.state === 'in_review'
        ? `it is still in review at "${review.stage?.name}"`
        : review.state === 'changes_requested'
          ? 'its reviewers requested changes'
          : 'its review is back in draft';
  return `${what} needs an approved "${workflow?.name ?? 'approval'}" review${path}: ${where}`;
};

/**
 * Approval gates and resets (SPEC §3), on every document-service path with a request:
 * - a brand material is published (publish, or create/update with status published) only with an
 *   approved review; a strategy's status becomes approved or active only with one (403 naming the
 *   missing review); unpublishing stays allowed;
 * - editing the content of a document in review or approved sends its review back to draft.
 * The workflow's own writes, and code without a request (seeding, jobs), pass.
 */
export const governReviews =
  ({ strapi }: { strapi: Core.Strapi }): Middleware =>
  async (ctx, next) => {
    if (!['create', 'update', 'publish'].includes(ctx.action) || isWorkflowTransition()) return next();
    if (getService(strapi, 'clearance').currentCaller().kind === 'system') return next();
    const workflow = await getService(strapi, 'workflows').forContentType(ctx.uid);
    const params = ctx.params as { documentId?: string; data?: Record<string, unknown>; status?: string; locale?: string };
    const data = params.data ?? {};
    const isPublishing = ctx.uid === BRAND_MATERIAL && (ctx.action === 'publish' || params.status === 'published');
    const storedStatus = async () =>
      params.documentId
        ? ((await strapi.db.query(STRATEGY).findOne({ where: { documentId: params.documentId }, select: ['status'] })) as { status: string } | null)?.status
        : undefined;
    const isRaisingStrategy =
      ctx.uid === STRATEGY && typeof data.status === 'string' && GATED_STRATEGY_STATUSES.includes(data.status) && data.status !== (await storedStatus());
    if (!workflow && !isPublishing && !isRaisingStrategy) return next();

    const review = params.documentId ? await getService(strapi, 'reviews').stateOf(ctx.uid, params.documentId) : null;
    const changedFields = ctx.action === 'update' && params.documentId && review ? await contentChanges(strapi, ctx.uid, params.documentId, params.locale, data) : [];
    const contentChanged = changedFields.length > 0;

    if ((isPublishing || isRaisingStrategy) && (review?.state !== 'approved' || contentChanged)) {
      const what = isPublishing ? 'Publishing this brand material' : `Setting this strategy's status to ${String(data.status)}`;
      throw new errors.PolicyError(missingReview(what, workflow, review, contentChanged));
    }

    const result = await next();
    if (contentChanged && (review?.state === 'in_review' || review?.state === 'approved')) {
      const actor = getService(strapi, 'audit').currentActor();
      await getService(strapi, 'reviews').resetAfterEdit(
        ctx.uid,
        params.documentId!,
        actor.actorId ? { id: actor.actorId, name: actor.actorName ?? String(actor.actorId) } : null,
        changedFields
      );
    }
    return result;
  };

/** The content fields (every field but status, owner and what the workflow writes) an update changes. */
const contentChanges = async (strapi: Core.Strapi, uid: string, documentId: string, locale: string | undefined, data: Record<string, unknown>) => {
  const model = (strapi.contentTypes as unknown as Record<string, { attributes: Record<string, { type: string }>; options?: { draftAndPublish?: boolean } }>)[uid];
  const attributes = model.attributes;
  const components = Object.keys(attributes).filter((name) => ['component', 'media'].includes(attributes[name].type));
  const stored = (await strapi.db.query(uid as never).findOne({
    where: { documentId, ...(locale ? { locale } : {}), ...(model.options?.draftAndPublish ? { publishedAt: null } : {}) },
    populate: components,
  })) as Record<string, unknown> | null;
  return changedFieldNames(attributes, stored, data).filter((name) => !NON_CONTENT_FIELDS.includes(name));
};
