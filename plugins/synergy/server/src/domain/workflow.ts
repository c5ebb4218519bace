import type {
  ReviewAction,
  ReviewGate,
  ReviewState,
  WorkflowStage,
} from '../../../shared/contracts/reviews';
import { STRATEGY_GATED_STATUSES, STRATEGY_UID } from './strategy-status';

/** The workflows seeded on first start (SPEC §3); approver roles by name. */
export const DEFAULT_WORKFLOWS = [
  {
    name: 'Strategy approval',
    contentTypes: ['api::strategy.strategy'],
    reminders: {
      remindAfterHours: 24,
      escalateAfterHours: 72,
      escalationRoleNames: ['Leadership'],
    },
    stages: [
      {
        key: 'analysis-review',
        name: 'Analysis review',
        approverRoleNames: ['Strategy Analyst'],
        requiredApprovals: 1,
      },
      {
        key: 'leadership-approval',
        name: 'Leadership approval',
        approverRoleNames: ['Leadership'],
        requiredApprovals: 1,
      },
    ],
  },
  {
    name: 'Brand material approval',
    contentTypes: ['api::brand-material.brand-material'],
    reminders: {
      remindAfterHours: 24,
      escalateAfterHours: 72,
      escalationRoleNames: ['Leadership'],
    },
    stages: [
      {
        key: 'marketing-review',
        name: 'Marketing review',
        approverRoleNames: ['Marketing'],
        requiredApprovals: 1,
      },
      {
        key: 'security-review',
        name: 'Security review',
        approverRoleNames: ['Security Officer'],
        requiredApprovals: 1,
      },
      {
        key: 'leadership-approval',
        name: 'Leadership approval',
        approverRoleNames: ['Leadership'],
        requiredApprovals: 1,
      },
    ],
  },
  {
    name: 'Competitor intelligence review',
    contentTypes: ['api::competitor.competitor'],
    reminders: { remindAfterHours: 48, escalateAfterHours: null, escalationRoleNames: [] },
    stages: [
      {
        key: 'intelligence-review',
        name: 'Intelligence review',
        approverRoleNames: ['Strategy Analyst'],
        requiredApprovals: 1,
      },
    ],
  },
];

/** SPEC §3 names these gates outright: they hold even when no workflow is assigned. */
export const ALWAYS_GATED_TYPES = ['api::brand-material.brand-material', STRATEGY_UID];

/** The `status` values that need an approved review, per type; a type not listed gets those of its enum among the default. */
export const GATED_STATUS_VALUES: Record<string, string[]> = {
  [STRATEGY_UID]: STRATEGY_GATED_STATUSES,
};
const DEFAULT_GATED_STATUS_VALUES = ['approved', 'active'];

export interface GatedModel {
  options?: { draftAndPublish?: boolean };
  attributes: Record<string, { type: string; enum?: string[] }>;
}

/** The gate a governed content type gets from its schema: publishing with Draft & Publish, the gated values of its status enum. */
export const reviewGateOf = (uid: string, model: GatedModel): ReviewGate => {
  const status = model.attributes.status;
  const values = status?.type === 'enumeration' ? (status.enum ?? []) : [];
  return {
    publish: model.options?.draftAndPublish === true,
    statuses: (GATED_STATUS_VALUES[uid] ?? DEFAULT_GATED_STATUS_VALUES).filter((value) =>
      values.includes(value),
    ),
  };
};

/** Fields the workflow itself writes, or that SPEC §3 does not count as content. */
export const NON_CONTENT_FIELDS = ['status', 'owner'];

export interface Actor {
  id: number;
  roleIds: number[];
  isSuperAdmin: boolean;
}

export interface ReviewSnapshot {
  state: ReviewState;
  submittedById: number | null;
}

/** Whether the actor holds a role that approves this stage (a Super Admin approves every stage). */
export const approvesStage = (stage: WorkflowStage, actor: Actor): boolean =>
  actor.isSuperAdmin || stage.approverRoles.some((role) => actor.roleIds.includes(role));

/** Someone in whose name a stage can be decided: the actor, or an approver they stand in for. */
export interface Principal extends Actor {
  name: string;
}

/** One approval of the current stage: whose it is, and the stand-in who gave it, if any. */
export interface StageApproval {
  actorId: number | null;
  standInId: number | null;
}

export type DecisionRefusal = 'not-an-approver' | 'submitter' | 'already-approved';

/**
 * In whose name the actor may approve (or, with `approving` false, reject) the current stage
 * (SPEC §3): their own when they hold a stage role, else that of the first approver they stand
 * in for who does (`standingInFor`: active delegations). Never by or for the submitter; one
 * approval per person per stage, whichever name it was given in. `standIn` is the actor when
 * they act for someone else.
 */
export const decidingAs = (
  stage: WorkflowStage,
  actor: Principal,
  review: Pick<ReviewSnapshot, 'submittedById'>,
  {
    standingInFor = [],
    approvals = [],
    approving,
  }: { standingInFor?: Principal[]; approvals?: StageApproval[]; approving: boolean },
): { as: Principal; standIn: Principal | null } | { refusal: DecisionRefusal } => {
  const candidates = [actor, ...standingInFor].filter((principal) =>
    approvesStage(stage, principal),
  );
  if (candidates.length === 0) return { refusal: 'not-an-approver' };
  if (review.submittedById === actor.id) return { refusal: 'submitter' };
  const approvedBy = (id: number) =>
    approving && approvals.some((approval) => approval.actorId === id);
  if (approving && approvals.some((approval) => approval.standInId === actor.id))
    return { refusal: 'already-approved' };
  if (approvedBy(actor.id)) return { refusal: 'already-approved' };
  const principal = candidates.find(
    (candidate) => candidate.id !== review.submittedById && !approvedBy(candidate.id),
  );
  if (!principal)
    return {
      refusal: candidates.every((candidate) => candidate.id === review.submittedById)
        ? 'submitter'
        : 'already-approved',
    };
  return { as: principal, standIn: principal.id === actor.id ? null : actor };
};

/**
 * What an admin user may do with a review now (SPEC §3). `canUpdate`: may they update the
 * document; `approvals`: the current stage's approvals in this round; `standingInFor`: the
 * approvers they stand in for today.
 */
export const allowedActions = (
  review: ReviewSnapshot | null,
  stage: WorkflowStage | null,
  actor: Principal,
  {
    canUpdate,
    approvals = [],
    standingInFor = [],
  }: { canUpdate: boolean; approvals?: StageApproval[]; standingInFor?: Principal[] },
): ReviewAction[] => {
  const state = review?.state ?? 'draft';
  const actions: ReviewAction[] = [];
  if ((state === 'draft' || state === 'changes_requested') && canUpdate) actions.push('submit');
  if (state === 'in_review' && stage) {
    const snapshot = { submittedById: review?.submittedById ?? null };
    const may = (approving: boolean) =>
      !('refusal' in decidingAs(stage, actor, snapshot, { standingInFor, approvals, approving }));
    if (may(true)) actions.push('approve');
    if (may(false)) actions.push('reject');
  }
  if (
    (state === 'in_review' || state === 'changes_requested') &&
    review?.submittedById === actor.id
  )
    actions.push('withdraw');
  return actions;
};

/** Where an approval leaves the review: the same stage, the next one, or approved after the last. */
export const afterApproval = ({
  stageIndex,
  approvals,
  requiredApprovals,
  stageCount,
}: {
  stageIndex: number;
  approvals: number;
  requiredApprovals: number;
  stageCount: number;
}): { state: ReviewState; stageIndex: number; advanced: boolean } => {
  if (approvals < requiredApprovals) return { state: 'in_review', stageIndex, advanced: false };
  if (stageIndex + 1 >= stageCount) return { state: 'approved', stageIndex, advanced: true };
  return { state: 'in_review', stageIndex: stageIndex + 1, advanced: true };
};
