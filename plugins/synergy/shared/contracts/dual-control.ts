/**
 * Two-person rule (SPEC §1, "Two-person rule"): dangerous actions that a second person must
 * approve before they happen.
 * - GET/PUT /synergy/dual-control/settings: the rule per action (Super Admin).
 * - GET /synergy/dual-control/requests?state=: requests the caller made or may decide.
 * - POST /synergy/dual-control/requests/:id/approve | /reject { reason?, version? }.
 * - GET /synergy/dual-control/requests/:id/download: the approved export, once, by its requester.
 * A governed action answers 202 `{ data: DualControlRequest, meta: { rule: 'two-person' } }`.
 */
export const DUAL_CONTROL_ACTIONS = [
  'export-records',
  'lower-classification',
  'remove-compartment',
  'remove-caveat',
  'merge-customers',
  'archive-audit',
] as const;
export type DualControlAction = (typeof DUAL_CONTROL_ACTIONS)[number];

export const DUAL_CONTROL_STATES = [
  'pending',
  'approved',
  'rejected',
  'expired',
  'executed',
] as const;
export type DualControlState = (typeof DUAL_CONTROL_STATES)[number];

export interface DualControlRule {
  enabled: boolean;
  /** `export-records` only: an export of more than this many confidential-or-higher records is governed. */
  threshold?: number;
  /** Admin roles (ids) whose holders may approve; never the requester. */
  approverRoles: number[];
  /** Hours a request may wait for approval (and an approved export for its download). */
  expiresAfterHours: number;
}

export type DualControlSettings = Record<DualControlAction, DualControlRule>;

export interface DualControlPerson {
  type: 'admin' | 'api-user' | 'api-token';
  id: number | null;
  name: string | null;
}

export interface DualControlRequest {
  id: number;
  action: DualControlAction;
  /** What the request does, in a line (`Export 12 records of api::customer.customer as csv`). */
  summary: string;
  /** What is replayed on approval (the export's parameters, the update's params, the merge body…). */
  payload: Record<string, unknown>;
  requester: DualControlPerson;
  reason: string | null;
  state: DualControlState;
  createdAt: string;
  expiresAt: string;
  approver: DualControlPerson | null;
  decidedAt: string | null;
  decisionReason: string | null;
  /** What the approved action answered (the merge result, the number of entries archived…). */
  result: Record<string, unknown> | null;
  version: number;
}

export namespace GetDualControlSettings {
  export interface Response {
    data: DualControlSettings;
    meta: { adminRoles: Array<{ id: number; name: string }> };
  }
}

export namespace UpdateDualControlSettings {
  export type Request = Partial<DualControlSettings>;
  export interface Response {
    data: DualControlSettings;
  }
}

export namespace GetDualControlRequests {
  export interface Query {
    state?: DualControlState;
  }
  export interface Response {
    data: Array<DualControlRequest & { canDecide: boolean }>;
  }
}

export namespace DecideDualControlRequest {
  export interface Body {
    reason?: string;
    version?: number;
  }
  export interface Response {
    data: DualControlRequest;
  }
}

/** The body of a 202: the action is held as a request. */
export interface DualControlAccepted {
  data: DualControlRequest;
  meta: { rule: 'two-person'; message: string };
}
