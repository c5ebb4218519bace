import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type {
  Review,
  ReviewAction,
  ReviewEventAction,
  ReviewState,
  Workflow,
  WorkflowStage,
} from '../../../shared/contracts/reviews';
import { strategyStatusFor, STRATEGY_UID } from '../domain/strategy-status';
import {
  afterApproval,
  decidingAs,
  type DecisionRefusal,
  type StageApproval,
} from '../domain/workflow';
import { runAsWorkflowTransition } from '../middlewares/workflow-context';
import { ConflictError } from '../utils/conflict';
import { getService } from '../utils/get-service';
import {
  EVENT_UID,
  REVIEW_UID,
  stageOf,
  type ReviewActor,
  type ReviewQueries,
  type ReviewRow,
  type VisibleDocuments,
} from './review-queries';

const conflict = (message: string) => new ConflictError(message);
const staleVersion = () =>
  conflict('The review has changed since you loaded it: reload it and try again');

const isUniqueViolation = (error: unknown) =>
  /unique|duplicate/i.test(String((error as { message?: string })?.message ?? '')) ||
  ['23505', 'ER_DUP_ENTRY', 'SQLITE_CONSTRAINT_UNIQUE'].includes(
    String((error as { code?: string })?.code),
  );

/**
 * The review actions (SPEC §3): each in one transaction, guarded by the review's version, then
 * audited and notified after the commit; a strategy's status follows its review.
 */
export const createReviewCommands = ({
  strapi,
  queries,
  visibleDocuments,
}: {
  strapi: Core.Strapi;
  queries: ReviewQueries;
  visibleDocuments: VisibleDocuments;
}) => {
  const workflows = () => getService(strapi, 'workflows');
  const reviews = () => strapi.db.query(REVIEW_UID);
  const events = () => strapi.db.query(EVENT_UID);
  const { loadVisible } = queries;

  const recordEvent = (
    row: Pick<ReviewRow, 'id' | 'round'>,
    action: ReviewEventAction,
    stage: WorkflowStage | null,
    actor: { id: number; name: string } | null,
    comment?: string | null,
    standIn?: { id: number; name: string } | null,
  ) =>
    events().create({
      data: {
        reviewId: row.id,
        round: row.round,
        action,
        stageKey: stage?.key ?? null,
        stageName: stage?.name ?? null,
        actorId: actor?.id ?? null,
        actorName: actor?.name ?? null,
        standInId: standIn?.id ?? null,
        standInName: standIn?.name ?? null,
        comment: comment ?? null,
        occurredAt: new Date(),
      },
    });

  /** Moves the review to its next state if `version` is still current. @throws ConflictError (409) otherwise. */
  const transition = async (row: ReviewRow, version: number, changes: Partial<ReviewRow>) => {
    const { count } = await reviews().updateMany({
      where: { id: row.id, version },
      data: { ...changes, version: version + 1 },
    });
    if (count !== 1) throw staleVersion();
  };

  /** Keeps a strategy's status in step with its review (SPEC §3). */
  const followReview = async (row: ReviewRow, state: ReviewState) => {
    if (row.contentType !== STRATEGY_UID) return;
    const strategy = (await strapi.db
      .query(STRATEGY_UID)
      .findOne({ where: { documentId: row.targetDocumentId }, select: ['status'] })) as {
      status: string;
    } | null;
    const status = strategyStatusFor(state, strategy?.status ?? null);
    if (!status || status === strategy?.status) return;
    await runAsWorkflowTransition(() =>
      strapi
        .documents(STRATEGY_UID)
        .update({ documentId: row.targetDocumentId, data: { status } } as never),
    );
  };

  const inTransaction = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await strapi.db.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict('Someone acted on this review at the same time: reload it and try again');
      throw error;
    }
  };

  const notifications = () => getService(strapi, 'notifications');

  /** The approvals of a stage in the review's round, with who gave them. */
  const stageApprovals = async (row: ReviewRow, stageKey: string) =>
    (await events().findMany({
      where: { reviewId: row.id, round: row.round, stageKey, action: 'approve' },
      select: ['actorId', 'standInId'],
    })) as StageApproval[];

  /** The error for a decision refused: 403 naming the rule, or 409 for a second approval. */
  const refused = (refusal: DecisionRefusal, stageName: string, verb: 'approve' | 'reject') => {
    if (refusal === 'already-approved') return conflict(`You have already approved "${stageName}"`);
    if (refusal === 'submitter')
      return new errors.PolicyError(`The submitter may not ${verb} their own review`);
    return new errors.PolicyError(
      verb === 'approve'
        ? `Only ${stageName} approvers (or their stand-ins) may approve this stage`
        : `Only ${stageName} approvers other than the submitter may reject`,
    );
  };

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
      details: {
        review: review.id,
        action,
        state: review.state,
        stage: review.stage?.key ?? null,
        round: review.round,
      },
    });
  };

  return {
    /**
     * Submits a document for review: the first submit creates its review.
     * @throws ValidationError for a type no workflow governs; NotFoundError for an unknown or hidden
     * document; PolicyError without update permission; ConflictError (409) for a stale version or a review in progress.
     */
    async submit(
      actor: ReviewActor,
      {
        contentType,
        documentId,
        version = 0,
        comment,
      }: { contentType: string; documentId: string; version?: number; comment?: string },
    ) {
      const workflow = await workflows().forContentType(contentType);
      if (!workflow || workflow.stages.length === 0) {
        throw new errors.ValidationError(
          `contentType "${contentType}" is not governed by an approval workflow`,
          {
            errors: [
              {
                path: ['contentType'],
                message: 'not governed by a workflow',
                name: 'ValidationError',
              },
            ],
          },
        );
      }
      if (!(await visibleDocuments(contentType, [documentId])).has(documentId))
        throw new errors.NotFoundError('Document not found');
      if (!actor.canUpdate(contentType))
        throw new errors.PolicyError(
          'Only someone who may update this document may submit it for review',
        );

      const row = await inTransaction(async () => {
        let current = (await reviews().findOne({
          where: { contentType, targetDocumentId: documentId },
        })) as ReviewRow | null;
        if (!current) {
          if (version !== 0)
            throw conflict('The document has no review yet: submit with version 0');
          current = (await reviews().create({
            data: {
              contentType,
              targetDocumentId: documentId,
              workflowId: workflow.id,
              state: 'draft',
              stageIndex: 0,
              round: 0,
              version: 0,
            },
          })) as ReviewRow;
        }
        if (current.state === 'in_review' || current.state === 'approved')
          throw conflict(`The review is already ${current.state.replace('_', ' ')}`);
        const next = {
          ...current,
          workflowId: workflow.id,
          state: 'in_review' as const,
          stageIndex: 0,
          round: current.round + 1,
          submittedById: actor.id,
          submittedAt: new Date().toISOString(),
        };
        await transition(current, version, {
          workflowId: next.workflowId,
          state: next.state,
          stageIndex: 0,
          round: next.round,
          submittedById: actor.id,
          submittedAt: next.submittedAt,
        });
        await recordEvent(next, 'submit', workflow.stages[0], actor, comment);
        await followReview(next, 'in_review');
        return next;
      });
      const review = await queries.findOne(actor, row.id);
      audit(review, 'submit');
      void notifications().stageReached(review);
      return review;
    },

    /**
     * Approves the current stage; enough approvals advance it, the last one approves the review.
     * @throws NotFoundError; PolicyError for someone who may not approve this stage, or the
     * submitter; ConflictError (409) for a stale version, a review not in review, or a second approval.
     */
    async approve(
      actor: ReviewActor,
      id: number,
      { version, comment }: { version: number; comment?: string },
    ) {
      const outcome = await inTransaction(async () => {
        const row = await loadVisible(id);
        const workflow = (await workflows().findOne(row.workflowId)) as Workflow;
        const stage = stageOf(workflow, row);
        if (row.version !== version) throw staleVersion();
        if (!stage) throw conflict(`The review is ${row.state.replace('_', ' ')}, not in review`);
        const decision = decidingAs(stage, actor, row, {
          standingInFor: actor.standingInFor,
          approvals: await stageApprovals(row, stage.key),
          approving: true,
        });
        if ('refusal' in decision) throw refused(decision.refusal, stage.name, 'approve');
        await recordEvent(row, 'approve', stage, decision.as, comment, decision.standIn);
        const approvals = await events().count({
          where: { reviewId: row.id, round: row.round, stageKey: stage.key, action: 'approve' },
        });
        const next = afterApproval({
          stageIndex: row.stageIndex,
          approvals,
          requiredApprovals: stage.requiredApprovals,
          stageCount: workflow.stages.length,
        });
        await transition(row, version, { state: next.state, stageIndex: next.stageIndex });
        if (next.state === 'approved') await recordEvent(row, 'complete', stage, null);
        else if (next.advanced)
          await recordEvent(row, 'advance', workflow.stages[next.stageIndex], null);
        await followReview(row, next.state);
        return { id: row.id, ...next };
      });
      const review = (await queries.findOne(actor, outcome.id)) as Review;
      audit(review, 'approve');
      if (outcome.state === 'approved') void notifications().decided(review, 'approved');
      else if (outcome.advanced) void notifications().stageReached(review);
      return review;
    },

    /**
     * Sends the review back with a comment. @throws ValidationError without a comment;
     * PolicyError for someone who may not approve the stage; ConflictError (409) as for approve.
     */
    async reject(
      actor: ReviewActor,
      id: number,
      { version, comment }: { version: number; comment?: string },
    ) {
      if (!comment?.trim()) {
        throw new errors.ValidationError('comment is required to reject', {
          errors: [
            {
              path: ['comment'],
              message: 'comment is required to reject',
              name: 'ValidationError',
            },
          ],
        });
      }
      await inTransaction(async () => {
        const row = await loadVisible(id);
        const workflow = (await workflows().findOne(row.workflowId)) as Workflow;
        const stage = stageOf(workflow, row);
        if (row.version !== version) throw staleVersion();
        if (!stage) throw conflict(`The review is ${row.state.replace('_', ' ')}, not in review`);
        const decision = decidingAs(stage, actor, row, {
          standingInFor: actor.standingInFor,
          approving: false,
        });
        if ('refusal' in decision) throw refused(decision.refusal, stage.name, 'reject');
        await recordEvent(row, 'reject', stage, decision.as, comment, decision.standIn);
        await transition(row, version, { state: 'changes_requested' });
        await followReview(row, 'changes_requested');
      });
      const review = (await queries.findOne(actor, id)) as Review;
      audit(review, 'reject');
      void notifications().decided(review, 'rejected', comment);
      return review;
    },

    /** The submitter takes the review back to draft. @throws PolicyError for anyone else; ConflictError (409) as above. */
    async withdraw(
      actor: ReviewActor,
      id: number,
      { version, comment }: { version: number; comment?: string },
    ) {
      await inTransaction(async () => {
        const row = await loadVisible(id);
        if (row.version !== version) throw staleVersion();
        if (row.state !== 'in_review' && row.state !== 'changes_requested')
          throw conflict(
            `The review is ${row.state.replace('_', ' ')}: there is nothing to withdraw`,
          );
        if (row.submittedById !== actor.id)
          throw new errors.PolicyError('Only the submitter may withdraw a review');
        const workflow = (await workflows().findOne(row.workflowId)) as Workflow;
        await recordEvent(row, 'withdraw', stageOf(workflow, row), actor, comment);
        await transition(row, version, { state: 'draft' });
        await followReview(row, 'draft');
      });
      const review = await queries.findOne(actor, id);
      audit(review, 'withdraw');
      return review;
    },

    /**
     * Records the review of a document loaded as already in review or approved (seeding, imports
     * of approved material): the history says it was loaded so, not who approved it.
     */
    async seed(
      contentType: string,
      documentId: string,
      { state, submittedById }: { state: 'in_review' | 'approved'; submittedById: number | null },
    ) {
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
      const submitter = submittedById
        ? {
            id: submittedById,
            name:
              (await queries.userNames([submittedById])).get(submittedById) ??
              String(submittedById),
          }
        : null;
      await recordEvent(row, 'submit', workflow.stages[0], submitter, 'Loaded with the demo data');
      if (state === 'approved')
        await recordEvent(row, 'complete', workflow.stages[last], null, 'Loaded as approved');
    },

    /**
     * An edit of the content of a document in review or approved sends its review back to draft,
     * with an event saying so (SPEC §3).
     */
    async resetAfterEdit(
      contentType: string,
      documentId: string,
      actor: { id: number; name: string } | null,
      changedFields: string[],
    ) {
      const row = (await reviews().findOne({
        where: { contentType, targetDocumentId: documentId },
      })) as ReviewRow | null;
      if (!row || (row.state !== 'in_review' && row.state !== 'approved')) return;
      await strapi.db.transaction(async () => {
        const { count } = await reviews().updateMany({
          where: { id: row.id, version: row.version },
          data: { state: 'draft', version: row.version + 1 },
        });
        if (count !== 1) return;
        await recordEvent(
          row,
          'reset',
          null,
          actor,
          `Content edited (${changedFields.join(', ')}): the approval no longer covers it`,
        );
        await followReview(row, 'draft');
      });
    },
  };
};

export type ReviewCommands = ReturnType<typeof createReviewCommands>;
