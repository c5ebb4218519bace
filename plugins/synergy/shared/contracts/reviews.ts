/**
 * Approval workflows (SPEC §3): request and response types of the admin routes under
 * /synergy/reviews and /synergy/workflows, shared by the controllers and the admin client.
 */

/** The states of a review, in the order a review goes through them (the review schema's enumeration). */
export const REVIEW_STATES = ['draft', 'in_review', 'changes_requested', 'approved'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
export type ReviewAction = 'submit' | 'approve' | 'reject' | 'withdraw';
/** Events also record what the workflow does by itself. */
export type ReviewEventAction =
  ReviewAction | 'advance' | 'complete' | 'reset' | 'remind' | 'escalate';

export interface WorkflowStage {
  key: string;
  name: string;
  /** Admin role ids whose holders may approve this stage (a Super Admin always may). */
  approverRoles: number[];
  requiredApprovals: number;
}

/**
 * Reminders of a workflow: a review waiting at a stage for `remindAfterHours` e-mails the stage's
 * approvers again; after `escalateAfterHours` it e-mails the holders of `escalationRoles` too.
 * Null hours: that step is off.
 */
export interface WorkflowReminders {
  remindAfterHours: number | null;
  escalateAfterHours: number | null;
  /** Admin role ids. */
  escalationRoles: number[];
}

export const NO_REMINDERS: WorkflowReminders = {
  remindAfterHours: null,
  escalateAfterHours: null,
  escalationRoles: [],
};

export interface Workflow {
  id: number;
  name: string;
  /** Content-type uids governed, e.g. "api::strategy.strategy". */
  contentTypes: string[];
  stages: WorkflowStage[];
  reminders: WorkflowReminders;
}

/** What a content type's approved review is needed for (SPEC §3); both empty: not gated. */
export interface ReviewGate {
  /** Draft & Publish: publishing needs an approved review. */
  publish: boolean;
  /** Values of the `status` field that need an approved review. */
  statuses: string[];
}

export interface Person {
  id: number;
  name: string;
}

export interface Review {
  id: number;
  contentType: string;
  documentId: string;
  /** The governed document's title or name, for lists. */
  documentTitle: string | null;
  workflow: Workflow;
  state: ReviewState;
  /** Index of the current stage in workflow.stages; meaningful while in review. */
  stageIndex: number;
  /** The current stage while in review, else null. */
  stage: (WorkflowStage & { approverRoleNames: string[] }) | null;
  /** Incremented at each submit: approvals count within one round. */
  round: number;
  /** Every action must send it back; a stale one gets 409. */
  version: number;
  submittedBy: Person | null;
  submittedAt: string | null;
  /** While in review: when the review reached its current stage (submitted or advanced); else null. */
  waitingSince: string | null;
  approvalsSoFar: number;
  approvalsNeeded: number;
  /** What the current admin user may do now. */
  allowedActions: ReviewAction[];
  updatedAt: string;
}

export interface ReviewEvent {
  id: number;
  action: ReviewEventAction;
  stageKey: string | null;
  stageName: string | null;
  round: number;
  /** Whose decision it is (the approver, when a stand-in gave it). */
  actor: Person | null;
  /** Who gave it for the actor, under a delegation; null when they acted themselves. */
  standIn: Person | null;
  comment: string | null;
  createdAt: string;
}

/** GET /synergy/reviews?mine=&state=&stage=&contentType=&documentId=&submitter=&page=&pageSize= */
export namespace ListReviews {
  export interface Query {
    /** true: only reviews waiting for the current user's approval (their inbox). */
    mine?: boolean;
    state?: ReviewState;
    /** A stage key. */
    stage?: string;
    contentType?: string;
    documentId?: string;
    /** Admin user id of the submitter. */
    submitter?: number;
    page?: number;
    pageSize?: number;
  }
  export interface Response {
    data: Review[];
    meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
  }
}

/**
 * Content API: GET /api/synergy/reviews?contentType=&documentId=&state=&page=&pageSize= and
 * GET /api/synergy/reviews/:id — reviews with their history for other applications, limited to
 * documents the caller may read; `allowedActions` is always empty there (actions are the admin's).
 */
export namespace ListReviewHistory {
  export interface Query {
    contentType?: string;
    documentId?: string;
    state?: ReviewState;
    page?: number;
    pageSize?: number;
  }
  export interface Response {
    data: Array<Review & { events: ReviewEvent[] }>;
    meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
  }
}

/** GET /synergy/reviews/:id — one review with its history, oldest event first. */
export namespace GetReview {
  export interface Response {
    data: Review & { events: ReviewEvent[] };
  }
}

/**
 * GET /synergy/reviews/document?contentType=&documentId= — for the edit-view side panel: the
 * document's review with its history (null if never submitted) and whether the user may submit.
 */
export namespace GetDocumentReview {
  export interface Response {
    data: (Review & { events: ReviewEvent[] }) | null;
    meta: { workflow: Workflow | null; canSubmit: boolean };
  }
}

/** POST /synergy/reviews — submit a document (creates its review on the first submit). */
export namespace SubmitReview {
  export interface Body {
    contentType: string;
    documentId: string;
    /** The review's version; 0 (or absent) when the document has no review yet. */
    version?: number;
    comment?: string;
  }
  export interface Response {
    data: Review;
  }
}

/** POST /synergy/reviews/:id/approve | /reject | /withdraw */
export namespace ActOnReview {
  export interface Body {
    version: number;
    /** Required to reject. */
    comment?: string;
  }
  export interface Response {
    data: Review;
  }
}

/** GET /synergy/workflows; PUT /synergy/workflows/:id (Super Admin) */
export namespace Workflows {
  export interface ListResponse {
    data: Workflow[];
    /** Admin roles, to pick approvers from; the gate each content type gets once a workflow governs it. */
    meta: { roles: Array<{ id: number; name: string }>; gates: Record<string, ReviewGate> };
  }
  export interface UpdateBody {
    name: string;
    contentTypes: string[];
    stages: WorkflowStage[];
    /** Absent: the workflow keeps its reminders. */
    reminders?: WorkflowReminders;
  }
  export interface UpdateResponse {
    data: Workflow;
  }
}

/** A stand-in for an approver (SPEC §3): the delegate approves in the delegator's name. */
export interface Delegation {
  id: number;
  delegator: Person;
  delegate: Person;
  /** ISO dates, inclusive. */
  startsOn: string;
  endsOn: string;
  note: string | null;
  /** Today falls within the dates. */
  active: boolean;
}

/** GET /synergy/delegations: those the current user gave and received; POST, DELETE /:id */
export namespace Delegations {
  export interface ListResponse {
    data: { given: Delegation[]; received: Delegation[] };
    meta: { users: Person[] };
  }
  export interface CreateBody {
    delegateId: number;
    startsOn: string;
    endsOn: string;
    note?: string | null;
  }
  export interface CreateResponse {
    data: Delegation;
  }
}
