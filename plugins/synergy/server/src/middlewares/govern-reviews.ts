import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ReviewState, Workflow, WorkflowStage } from '../../../shared/contracts/reviews';
import { changedFieldNames } from '../domain/audit';
import { ALWAYS_GATED_TYPES, NON_CONTENT_FIELDS, reviewGateOf } from '../domain/workflow';
import { getModel, type Model } from '../utils/get-model';
import { getService } from '../utils/get-service';
import { storedDocument, type StoredRow } from './stored-document';
import { isWorkflowTransition } from './workflow-context';
import { BRAND_MATERIAL_UID, checkReleaseCaveats } from './release-caveats';

type Middleware = Modules.Documents.Middleware.Middleware;

interface ReviewStatus {
  state: ReviewState;
  stage: WorkflowStage | null;
  workflow: Workflow;
}

/** Which review is missing, in words, for the 403 of a gate. */
const missingReview = (
  what: string,
  workflow: Workflow | null,
  review: ReviewStatus | null,
  contentChanged: boolean,
) => {
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
 * - a governed type (a workflow assigned, or a brand material or strategy, which SPEC §3 always
 *   gates) with Draft & Publish is published (publish, or create/update with status published) only
 *   with an approved review; one with a status field reaches its gated values (strategy: approved,
 *   active) only with one (403 naming the missing review); unpublishing stays allowed;
 * - a clone of a governed type starts with no review, so its status starts at the schema default
 *   (a strategy: draft) whatever the source or the body says, on every path; with Draft & Publish
 *   the document service clones into a draft already;
 * - editing the content of a document in review or approved sends its review back to draft.
 * The workflow's own writes, and code without a request (seeding, jobs), pass the gates.
 */
export const governReviews =
  ({ strapi }: { strapi: Core.Strapi }): Middleware =>
  async (ctx, next) => {
    if (!['create', 'update', 'publish', 'clone'].includes(ctx.action) || isWorkflowTransition())
      return next();
    const model = getModel(strapi, ctx.uid);
    if (!model) return next();
    const workflow = await getService(strapi, 'workflows').forContentType(ctx.uid);
    const gate =
      workflow || ALWAYS_GATED_TYPES.includes(ctx.uid) ? reviewGateOf(ctx.uid, model) : null;
    const params = ctx.params as {
      documentId?: string;
      data?: Record<string, unknown>;
      status?: string;
      locale?: string;
    };
    if (ctx.action === 'clone') {
      if (gate && gate.statuses.length > 0)
        params.data = { ...params.data, status: model.attributes.status.default };
      return next();
    }
    if (getService(strapi, 'clearance').currentCaller().kind === 'system') return next();
    const data = params.data ?? {};
    const isPublishing =
      gate?.publish === true && (ctx.action === 'publish' || params.status === 'published');
    // Release caveats before the review: a refused audience is refused whatever the review says.
    if (isPublishing && ctx.uid === BRAND_MATERIAL_UID)
      await checkReleaseCaveats(strapi, ctx, data);
    const storedStatus = async () => (await storedDocument(strapi, ctx))?.any?.status;
    const isRaisingStatus =
      typeof data.status === 'string' &&
      gate?.statuses.includes(data.status) === true &&
      data.status !== (await storedStatus());
    if (!workflow && !isPublishing && !isRaisingStatus) return next();

    const review = params.documentId
      ? await getService(strapi, 'reviews').stateOf(ctx.uid, params.documentId)
      : null;
    const changedFields =
      ctx.action === 'update' && review
        ? await contentChanges(
            model,
            (await storedDocument(strapi, ctx))?.version({ locale: params.locale, draft: true }),
            data,
          )
        : [];
    const contentChanged = changedFields.length > 0;

    if ((isPublishing || isRaisingStatus) && (review?.state !== 'approved' || contentChanged)) {
      const name = (model.info?.singularName ?? ctx.uid).replace(/-/g, ' ');
      const what = isPublishing
        ? `Publishing this ${name}`
        : `Setting this ${name}'s status to ${String(data.status)}`;
      const message = missingReview(what, workflow, review, contentChanged);
      // Named as a 400 names its field: the status asked for (publishing is REST's status=published).
      throw new errors.PolicyError(message, {
        errors: [{ path: ['status'], message, name: 'PolicyError' }],
      });
    }

    const result = await next();
    if (contentChanged && (review?.state === 'in_review' || review?.state === 'approved')) {
      const actor = getService(strapi, 'audit').currentActor();
      await getService(strapi, 'reviews').resetAfterEdit(
        ctx.uid,
        params.documentId!,
        actor.actorId
          ? { id: actor.actorId, name: actor.actorName ?? String(actor.actorId) }
          : null,
        changedFields,
      );
    }
    return result;
  };

/** The content fields (every field but status, owner and what the workflow writes) an update changes; `stored`: the draft it edits. */
const contentChanges = (
  model: Model,
  stored: StoredRow | null | undefined,
  data: Record<string, unknown>,
) =>
  changedFieldNames(model.attributes, stored ?? null, data).filter(
    (name) => !NON_CONTENT_FIELDS.includes(name),
  );
