import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import createHttpError from 'http-errors';
import type {
  ListReviews,
  Review,
  ReviewAction,
  ReviewEvent,
  ReviewEventAction,
  ReviewState,
  Workflow,
  WorkflowStage,
} from '../../../shared/contracts/reviews';
import { visibleLevels } from '../domain/classification';
import { crmType } from '../domain/crm-content-types';
import { afterApproval, allowedActions, strategyStatusFor, type Actor } from '../domain/workflow';
import { runAsWorkflowTransition } from '../middlewares/workflow-context';
import { getService } from '../utils/get-service';

const REVIEW_UID = 'plugin::synergy.review';
const EVENT_UID = 'plugin::synergy.review-event';
const STRATEGY_UID = 'api::strategy.strategy';

/** The admin user acting, as the controller knows them. */
export interface ReviewActor extends Actor {
  name: string;
  /** May they update documents of this content type (content-manager permission)? */
  canUpdate: (uid: string) => boolean;
}

export interface ReviewRow {
  id: number;
  contentType: string;
  targetDocumentId: string;
  workflowId: number;
  state: ReviewState;
  stageIndex: number;
  round: number;
  version: number;
  submittedById: number | null;
  submittedAt: string | null;
  updatedAt: string;
}

interface EventRow {
  id: number;
  reviewId: number;
  round: number;
  action: ReviewEventAction;
  stageKey: string | null;
  stageName: string | null;
  actorId: number | null;
  actorName: string | null;
  comment: string | null;
  occurredAt: string;
}

const conflict = (message: string) => createHttpError(409, message);

const isUniqueViolation = (error: unknown) =>
  /unique|duplicate/i.test(String((error as { message?: string })?.message ?? '')) ||
  ['23505', 'ER_DUP_ENTRY', 'SQLITE_CONSTRAINT_UNIQUE'].includes(String((error as { code?: string })?.code));

const createReviewsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const workflows = () => getService(strapi, 'workflows');
  const reviews = () => strapi.db.query(REVIEW_UID);
  const events = () => strapi.db.query(EVENT_UID);

  const titleField = (uid: string) => crmType(uid)?.titleField ?? undefined;

  /** The documents of one type the caller may see, with their titles (one query). */
  const visibleDocuments = async (uid: string, documentIds: string[]): Promise<Map<string, string | null>> => {
    const clearance = await getService(strapi, 'clearance').currentClearance();
    const field = titleField(uid);
    const rows = (await strapi.db.query(uid as never).findMany({
      where: {
        documentId: { $in: documentIds },
        ...(clearance === null ? {} : { classification: { $in: visibleLevels(clearance) } }),
      },
      select: ['documentId', ...(field ? [field] : [])],
    })) as Array<Record<string, string | null>>;
    return new Map(rows.map((row) => [row.documentId as string, field ? (row[field] ?? null) : null]));
  };

  /** `uid:documentId` → title of the reviewed documents the caller may see (one query per type). */
  const titlesOfVisible = async (rows: ReviewRow[]): Promise<Map<string, string | null>> => {
    const perType = await Promise.all(
      [...new Set(rows.map((row) => row.contentType))].map(async (uid) => {
        const documents = await visibleDocuments(uid, rows.filter((row) => row.contentType === uid).map((row) => row.targetDocumentId));
        return [...documents].map(([documentId, title]) => [`${uid}:${documentId}`, title] as const);
      })
    );
    return new Map(perType.flat());
  };

  const roleNames = async () =>
    new Map(((await strapi.db.query('admin::role').findMany({ select: ['id', 'name'] })) as Array<{ id: number; name: string }>).map((r) => [r.id, r.name]));

  const userNames = async (ids: number[]) => {
    if (ids.length === 0) return new Map<number, string>();
    const users = (await strapi.db.query('admin::user').findMany({
      where: { id: { $in: ids } },
      select: ['id', 'firstname', 'lastname', 'email'],
    })) as Array<{ id: number; firstname: string | null; lastname: string | null; email: string }>;
    return new Map(users.map((user) => [user.id, [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email]));
  };

  const stageOf = (workflow: Workflow, row: ReviewRow): WorkflowStage | null =>
    row.state === 'in_review' ? (workflow.stages[Math.min(row.stageIndex, workflow.stages.length - 1)] ?? null) : null;

  /** Review rows as the API shows them, for one actor; a fixed number of queries for any number of rows. */
  const present = async (rows: ReviewRow[], actor: ReviewActor, titles?: Map<string, string | null>): Promise<Review[]> => {
    if (rows.length === 0) return [];
    const [allWorkflows, roles, approvals, names] = await Promise.all([
      workflows().list(),
      roleNames(),
      events().findMany({
        where: { reviewId: { $in: rows.map((row) => row.id) }, action: 'approve' },
        select: ['reviewId', 'round', 'stageKey', 'actorId'],
      }) as Promise<EventRow[]>,
      userNames([...new Set(rows.map((row) => row.submittedById).filter((id): id is number => id !== null))]),
    ]);
    const titleOf = titles ?? (await titlesOfVisible(rows));
    return rows.map((row) => {
      const workflow = allWorkflows.find((candidate) => candidate.id === row.workflowId) ?? { id: row.workflowId, name: '', contentTypes: [], stages: [] };
      const stage = stageOf(workflow, row);
      const stageApprovals = approvals.filter((event) => event.reviewId === row.id && event.round === row.round && event.stageKey === stage?.key);
      return {
        id: row.id,
        contentType: row.contentType,
        documentId: row.targetDocumentId,
        documentTitle: titleOf.get(`${row.contentType}:${row.targetDocumentId}`) ?? null,
        workflow,
        state: row.state,
        stageIndex: row.stageIndex,
        stage: stage ? { ...stage, approverRoleNames: stage.approverRoles.map((id) => roles.get(id) ?? String(id)) } : null,
        round: row.round,
        version: row.version,
        submittedBy: row.submittedById ? { id: row.submittedById, name: names.get(row.submittedById) ?? String(row.submittedById) } : null,
        submittedAt: row.submittedAt,
        approvalsSoFar: stageApprovals.length,
        approvalsNeeded: stage?.requiredApprovals ?? 0,
        allowedActions: allowedActions(row, stage, actor, {
          canUpdate: actor.canUpdate(row.contentType),
          hasApprovedStage: stageApprovals.some((event) => event.actorId === actor.id),
        }),
        updatedAt: row.updatedAt,
      };
    });
  };

  const history = async (reviewId: number): Promise<ReviewEvent[]> => {
    const rows = (await events().findMany({ where: { reviewId }, orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }] })) as EventRow[];
    return rows.map((row) => ({
      id: row.id,
      action: row.action,
      stageKey: row.stageKey,
      stageName: row.stageName,
      round: row.round,
      actor: row.actorId ? { id: row.actorId, name: row.actorName ?? String(row.actorId) } : null,
      comment: row.comment,
      createdAt: row.occurredAt,
    }));
  };

  /** Loads a review the caller may see. @throws NotFoundError otherwise. */
  const loadVisible = async (id: number): Promise<ReviewRow> => {
    const row = (await reviews().findOne({ where: { id } })) as ReviewRow | null;
    if (!row || !(await visibleDocuments(row.contentType, [row.targetDocumentId])).has(row.targetDocumentId)) {
      throw new errors.NotFoundError('Review not found');
    }
    return row;
  };

  const recordEvent = (row: Pick<ReviewRow, 'id' | 'round'>, action: ReviewEventAction, stage: WorkflowStage | null, actor: { id: number; name: string } | null, comment?: string | null) =>
    events().create({
      data: {
        reviewId: row.id,
        round: row.round,
        action,
        stageKey: stage?.key ?? null,
        stageName: stage?.name ?? null,
        actorId: actor?.id ?? null,
        actorName: actor?.name ?? null,
        comment: comment ?? null,
        occurredAt: new Date(),
      },
    });

  /** Moves the review to its next state if `version` is still current. @throws 409 otherwise. */
  const transition = async (row: ReviewRow, version: number, changes: Partial<ReviewRow>) => {
    const { count } = await reviews().updateMany({ where: { id: row.id, version }, data: { ...changes, version: version + 1 } });
    if (count !== 1) throw conflict('The review has changed since you loaded it: reload it and try again');
  };

  /** Keeps a strategy's status in step with its review (SPEC §3). */
  const followReview = async (row: ReviewRow, state: ReviewState) => {
    if (row.contentType !== STRATEGY_UID) return;
    const strategy = (await strapi.db.query(STRATEGY_UID).findOne({ where: { documentId: row.targetDocumentId }, select: ['status'] })) as { status: string } | null;
    const status = strategyStatusFor(state, strategy?.status ?? null);
    if (!status || status === strategy?.status) return;
    await runAsWorkflowTransition(() => strapi.documents(STRATEGY_UID).update({ documentId: row.targetDocumentId, data: { status } } as never));
  };

  const inTransaction = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await strapi.db.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('Someone acted on this review at the same time: reload it and try again');
      throw error;
    }
  };

  const notifications = () => getService(strapi, 'notifications');

  /** Every review action is in the audit trail too (SPEC §7), once it has been committed. */
  const audit = (review: Review, action: ReviewAction | 'reset') => {
    const trail = getService(strapi, 'audit');
    trail.record({
      ...trail.currentActor(),
      occurredAt: new Date(),
      action: 'review',
      contentType: review.contentType,
      recordId: review.documentId,
      classification: null,
      changedFields: null,
      details: { review: review.id, action, state: review.state, stage: review.stage?.key ?? null, round: review.round },
    });
  };

  const service = {
    /**
     * Reviews the actor may see, filtered; `mine` keeps those waiting for the actor's approval.
     * @throws nothing: an empty page when nothing matches.
     */
    async list(actor: ReviewActor, query: ListReviews.Query & { page: number; pageSize: number }) {
      const rows = (await reviews().findMany({
        where: {
          ...(query.mine ? { state: 'in_review' } : query.state ? { state: query.state } : {}),
          ...(query.contentType ? { contentType: query.contentType } : {}),
          ...(query.documentId ? { targetDocumentId: query.documentId } : {}),
          ...(query.submitter ? { submittedById: query.submitter } : {}),
        },
        orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      })) as ReviewRow[];
      // A review of a document above the caller's clearance does not exist for them.
      const titles = await titlesOfVisible(rows);
      const visible = await present(rows.filter((row) => titles.has(`${row.contentType}:${row.targetDocumentId}`)), actor, titles);
      const matching = visible
        .filter((review) => !query.stage || review.stage?.key === query.stage)
        .filter((review) => !query.mine || review.allowedActions.includes('approve'));
      const start = (query.page - 1) * query.pageSize;
      return {
        results: matching.slice(start, start + query.pageSize),
        pagination: { page: query.page, pageSize: query.pageSize, total: matching.length, pageCount: Math.ceil(matching.length / query.pageSize) },
      };
    },

    /** One review with its history. @throws NotFoundError */
    async findOne(actor: ReviewActor, id: number) {
      const row = await loadVisible(id);
      const [review] = await present([row], actor);
      return { ...review, events: await history(row.id) };
    },

    /** The review of a document for its edit view (null before the first submit). @throws NotFoundError for an unknown or hidden document */
    async forDocument(actor: ReviewActor, contentType: string, documentId: string) {
      if (!(await visibleDocuments(contentType, [documentId])).has(documentId)) throw new errors.NotFoundError('Document not found');
      const workflow = await workflows().forContentType(contentType);
      const row = (await reviews().findOne({ where: { contentType, targetDocumentId: documentId } })) as ReviewRow | null;
      const canSubmit = Boolean(workflow) && actor.canUpdate(contentType) && (!row || row.state === 'draft' || row.state === 'changes_requested');
      if (!row) return { review: null, workflow, canSubmit };
      const [review] = await present([row], actor);
      return { review: { ...review, events: await history(row.id) }, workflow, canSubmit };
    },

    /**
     * Submits a document for review: the first submit creates its review.
     * @throws ValidationError for a type no workflow governs; NotFoundError for an unknown or hidden
     * document; PolicyError without update permission; 409 for a stale version or a review in progress.
     */
    async submit(actor: ReviewActor, { contentType, documentId, version = 0, comment }: { contentType: string; documentId: string; version?: number; comment?: string }) {
      const workflow = await workflows().forContentType(contentType);
      if (!workflow || workflow.stages.length === 0) {
        throw new errors.ValidationError(`contentType "${contentType}" is not governed by an approval workflow`, {
          errors: [{ path: ['contentType'], message: 'not governed by a workflow', name: 'ValidationError' }],
        });
      }
      if (!(await visibleDocuments(contentType, [documentId])).has(documentId)) throw new errors.NotFoundError('Document not found');
      if (!actor.canUpdate(contentType)) throw new errors.PolicyError('Only someone who may update this document may submit it for review');

      const row = await inTransaction(async () => {
        let current = (await reviews().findOne({ where: { contentType, targetDocumentId: documentId } })) as ReviewRow | null;
        if (!current) {
          if (version !== 0) throw conflict('The document has no review yet: submit with version 0');
          current = (await reviews().create({
            data: { contentType, targetDocumentId: documentId, workflowId: workflow.id, state: 'draft', stageIndex: 0, round: 0, version: 0 },
          })) as ReviewRow;
        }
        if (current.state === 'in_review' || current.state === 'approved') throw conflict(`The review is already ${current.state.replace('_', ' ')}`);
        const next = { ...current, workflowId: workflow.id, state: 'in_review' as const, stageIndex: 0, round: current.round + 1, submittedById: actor.id, submittedAt: new Date().toISOString() };
        await transition(current, version, { workflowId: next.workflowId, state: next.state, stageIndex: 0, round: next.round, submittedById: actor.id, submittedAt: next.submittedAt });
        await recordEvent(next, 'submit', workflow.stages[0], actor, comment);
        await followReview(next, 'in_review');
        return next;
      });
      const review = await service.findOne(actor, row.id);
      audit(review, 'submit');
      void notifications().stageReached(review);
      return review;
    },

    /**
     * Approves the current stage; enough approvals advance it, the last one approves the review.
     * @throws NotFoundError; PolicyError for someone who may not approve this stage, or the
     * submitter; 409 for a stale version, a review not in review, or a second approval.
     */
    async approve(actor: ReviewActor, id: number, { version, comment }: { version: number; comment?: string }) {
      const outcome = await inTransaction(async () => {
        const row = await loadVisible(id);
        const workflow = (await workflows().findOne(row.workflowId)) as Workflow;
        const stage = stageOf(workflow, row);
        if (row.version !== version) throw conflict('The review has changed since you loaded it: reload it and try again');
        if (!stage) throw conflict(`The review is ${row.state.replace('_', ' ')}, not in review`);
        const mayApprove = actor.isSuperAdmin || stage.approverRoles.some((role) => actor.roleIds.includes(role));
        if (!mayApprove) throw new errors.PolicyError(`Only ${stage.name} approvers may approve this stage`);
        if (row.submittedById === actor.id) throw new errors.PolicyError('The submitter may not approve their own review');
        const already = await events().count({ where: { reviewId: row.id, round: row.round, stageKey: stage.key, actorId: actor.id, action: 'approve' } });
        if (already > 0) throw conflict(`You have already approved "${stage.name}"`);

        await recordEvent(row, 'approve', stage, actor, comment);
        const approvals = await events().count({ where: { reviewId: row.id, round: row.round, stageKey: stage.key, action: 'approve' } });
        const next = afterApproval({ stageIndex: row.stageIndex, approvals, requiredApprovals: stage.requiredApprovals, stageCount: workflow.stages.length });
        await transition(row, version, { state: next.state, stageIndex: next.stageIndex });
        if (next.state === 'approved') await recordEvent(row, 'complete', stage, null);
        else if (next.advanced) await recordEvent(row, 'advance', workflow.stages[next.stageIndex], null);
        await followReview(row, next.state);
        return { id: row.id, ...next };
      });
      const review = (await service.findOne(actor, outcome.id)) as Review;
      audit(review, 'approve');
      if (outcome.state === 'approved') void notifications().decided(review, 'approved');
      else if (outcome.advanced) void notifications().stageReached(review);
      return review;
    },

    /**
     * Sends the review back with a comment. @throws ValidationError without a comment;
     * PolicyError for someone who may not approve the stage; 409 as for approve.
     */
    async reject(actor: ReviewActor, id: number, { version, comment }: { version: number; comment?: string }) {
      if (!comment?.trim()) {
        throw new errors.ValidationError('comment is required to reject', { errors: [{ path: ['comment'], message: 'comment is required to reject', name: 'ValidationError' }] });
      }
      await inTransaction(async () => {
        const row = await loadVisible(id);
        const workflow = (await workflows().findOne(row.workflowId)) as Workflow;
        const stage = stageOf(workflow, row);
        if (row.version !== version) throw conflict('The review has changed since you loaded it: reload it and try again');
        if (!stage) throw conflict(`The review is ${row.state.replace('_', ' ')}, not in review`);
        const mayReject = actor.isSuperAdmin || stage.approverRoles.some((role) => actor.roleIds.includes(role));
        if (!mayReject || row.submittedById === actor.id) throw new errors.PolicyError(`Only ${stage.name} approvers other than the submitter may reject`);
        await recordEvent(row, 'reject', stage, actor, comment);
        await transition(row, version, { state: 'changes_requested' });
        await followReview(row, 'changes_requested');
      });
      const review = (await service.findOne(actor, id)) as Review;
      audit(review, 'reject');
      void notifications().decided(review, 'rejected', comment);
      return review;
    },

    /** The submitter takes the review back to draft. @throws PolicyError for anyone else; 409 as above. */
    async withdraw(actor: ReviewActor, id: number, { version, comment }: { version: number; comment?: string }) {
      await inTransaction(async () => {
        const row = await loadVisible(id);
        if (row.version !== version) throw conflict('The review has changed since you loaded it: reload it and try again');
        if (row.state !== 'in_review' && row.state !== 'changes_requested') throw conflict(`The review is ${row.state.replace('_', ' ')}: there is nothing to withdraw`);
        if (row.submittedById !== actor.id) throw new errors.PolicyError('Only the submitter may withdraw a review');
        const workflow = (await workflows().findOne(row.workflowId)) as Workflow;
        await recordEvent(row, 'withdraw', stageOf(workflow, row), actor, comment);
        await transition(row, version, { state: 'draft' });
        await followReview(row, 'draft');
      });
      const review = await service.findOne(actor, id);
      audit(review, 'withdraw');
      return review;
    },

    /** The state of a document's review (for the gates), or null when it has none. */
    async stateOf(contentType: string, documentId: string): Promise<{ state: ReviewState; stage: WorkflowStage | null; workflow: Workflow } | null> {
      const row = (await reviews().findOne({ where: { contentType, targetDocumentId: documentId } })) as ReviewRow | null;
      if (!row) return null;
      const workflow = await workflows().findOne(row.workflowId);
      return workflow ? { state: row.state, stage: stageOf(workflow, row), workflow } : null;
    },

    /**
     * Records the review of a document loaded as already in review or approved (seeding, imports
     * of approved material): the history says it was loaded so, not who approved it.
     */
    async seed(contentType: string, documentId: string, { state, submittedById }: { state: 'in_review' | 'approved'; submittedById: number | null }) {
      const workflow = await workflows().forContentType(contentType);
      if (!workflow || workflow.stages.length === 0) return;
      const last = workflow.stages.length - 1;
      const row = (await reviews().create({
        data: {
          contentType,
          targetDocumentId: documentId,
          workflowId: workflow.id,
          state,
          stageIndex: state === 'approved' ? last : 0,
          round: 1,
          version: 1,
          submittedById,
          submittedAt: new Date(),
        },
      })) as ReviewRow;
      const submitter = submittedById ? { id: submittedById, name: (await userNames([submittedById])).get(submittedById) ?? String(submittedById) } : null;
      await recordEvent(row, 'submit', workflow.stages[0], submitter, 'Loaded with the demo data');
      if (state === 'approved') await recordEvent(row, 'complete', workflow.stages[last], null, 'Loaded as approved');
    },

    /**
     * An edit of the content of a document in review or approved sends its review back to draft,
     * with an event saying so (SPEC §3).
     */
    async resetAfterEdit(contentType: string, documentId: string, actor: { id: number; name: string } | null, changedFields: string[]) {
      const row = (await reviews().findOne({ where: { contentType, targetDocumentId: documentId } })) as ReviewRow | null;
      if (!row || (row.state !== 'in_review' && row.state !== 'approved')) return;
      await strapi.db.transaction(async () => {
        const { count } = await reviews().updateMany({ where: { id: row.id, version: row.version }, data: { state: 'draft', version: row.version + 1 } });
        if (count !== 1) return;
        await recordEvent(row, 'reset', null, actor, `Content edited (${changedFields.join(', ')}): the approval no longer covers it`);
        await followReview(row, 'draft');
      });
    },
  };
  return service;
};

export type ReviewsService = ReturnType<typeof createReviewsService>;

export default createReviewsService;

export type { ReviewAction };
