import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type {
  DualControlPerson,
  DualControlRequest,
  DualControlState,
  GetDualControlSettings,
} from '../../../shared/contracts/dual-control';
import type { PostMergeCustomers } from '../../../shared/contracts/data-quality';
import {
  DUAL_CONTROL_ACTIONS,
  MAX_EXPORT_THRESHOLD,
  completeSettings,
  effectiveState,
  isGoverned,
  type DualControlAction,
  type DualControlSettings,
} from '../domain/dual-control';
import { ConflictError } from '../utils/conflict';
import { getService } from '../utils/get-service';
import type { ExportRequest } from './export';

const REQUEST_UID = 'plugin::synergy.dual-control-request';
const STORE_KEY = 'dual-control';
const SUPER_ADMIN_CODE = 'strapi-super-admin';
const HOUR_MS = 3_600_000;
/** The rule's name in every refusal, so a caller knows which rule said no. */
export const RULE = 'Two-person rule';

/** Actions whose result is a file for the requester: approval lets the requester run them once. */
const RUN_BY_REQUESTER: readonly DualControlAction[] = ['export-records', 'archive-audit'];

interface RequestRow {
  id: number;
  action: DualControlAction;
  summary: string;
  payload: Record<string, unknown>;
  requesterType: DualControlPerson['type'];
  requesterId: number | null;
  requesterName: string | null;
  requesterIp: string | null;
  reason: string | null;
  state: DualControlState;
  createdAt: string;
  expiresAt: string;
  approverId: number | null;
  approverName: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  result: Record<string, unknown> | null;
  version: number;
}

/** The admin user deciding or running a request. */
export interface Decider {
  id: number;
  name: string;
  roles: Array<{ id: number; code?: string }>;
}

/** Payloads replayed on approval, by action. */
export interface DocumentUpdatePayload {
  uid: UID.ContentType;
  params: { documentId: string; locale?: string; status?: string; data: Record<string, unknown> };
  /** The field whose change made it governed (`classification`, `compartments`…). */
  field: string;
}

/** Marks code running an approved request, which the rule lets through; holds both people. */
const approvedExecution = new AsyncLocalStorage<{
  requestId: number;
  requester: DualControlPerson;
  approver: DualControlPerson;
}>();

/** The approved request being executed, for the audit trail; undefined otherwise. */
export const currentApproval = () => approvedExecution.getStore();

const invalid = (path: string, message: string) =>
  new errors.ValidationError(message, {
    errors: [{ path: path.split(/[.[\]]+/).filter(Boolean), message, name: 'ValidationError' }],
  });

/** The `X-Synergy-Reason` header: percent-encoded UTF-8 (headers carry ASCII only), at most 2000 characters. */
const decodeReason = (header: string) => {
  try {
    return decodeURIComponent(header).slice(0, 2000);
  } catch {
    return header.slice(0, 2000);
  }
};

const present = (row: RequestRow, now = new Date()): DualControlRequest => ({
  id: row.id,
  action: row.action,
  summary: row.summary,
  payload: row.payload,
  requester: { type: row.requesterType, id: row.requesterId, name: row.requesterName },
  reason: row.reason,
  state: effectiveState(row, now),
  createdAt: new Date(row.createdAt).toISOString(),
  expiresAt: new Date(row.expiresAt).toISOString(),
  approver:
    row.approverId === null ? null : { type: 'admin', id: row.approverId, name: row.approverName },
  decidedAt: row.decidedAt ? new Date(row.decidedAt).toISOString() : null,
  decisionReason: row.decisionReason,
  result: row.result,
  version: row.version,
});

const isSuperAdmin = (user: { roles?: Array<{ code?: string }> }) =>
  (user.roles ?? []).some((role) => role.code === SUPER_ADMIN_CODE);

/**
 * The two-person rule (SPEC §1): its settings, the requests it holds, and their approval. A
 * governed action calls `intercept`, which stores a request instead of acting; a second admin
 * holding an approver role approves it (never the requester), which replays it as the requester.
 */
const createDualControlService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'synergy', key: STORE_KEY });
  const requests = () => strapi.db.query(REQUEST_UID);
  const audit = () => getService(strapi, 'audit');

  const load = async (id: number) => {
    const row = (await requests().findOne({ where: { id } })) as RequestRow | null;
    if (!row) throw new errors.NotFoundError(`Two-person request ${id} not found`);
    return row;
  };

  /** Moves the request on if nobody else did first. @throws ConflictError (409) otherwise. */
  const claim = async (
    row: RequestRow,
    from: DualControlState,
    changes: Record<string, unknown>,
  ) => {
    const { count } = (await requests().updateMany({
      where: { id: row.id, version: row.version, state: from },
      data: { ...changes, version: row.version + 1 },
    })) as { count: number };
    if (count !== 1)
      throw new ConflictError(
        `${RULE}: request ${row.id} was decided by someone else meanwhile; reload it`,
      );
  };

  const personOf = (row: RequestRow): DualControlPerson => ({
    type: row.requesterType,
    id: row.requesterId,
    name: row.requesterName,
  });

  /**
   * A request context as the requester's own request would have had: the document-service rules
   * (clearance, masking, audit actor) then see the requester, not the approver.
   */
  const asRequester = async <T>(row: RequestRow, fn: () => Promise<T>): Promise<T> => {
    let state: Record<string, unknown>;
    switch (row.requesterType) {
      case 'admin': {
        const user = (await strapi.db.query('admin::user').findOne({
          where: { id: row.requesterId, isActive: true },
          populate: { roles: { select: ['id', 'code', 'name'] } },
        })) as Record<string, unknown> | null;
        if (!user)
          throw new ConflictError(
            `${RULE}: the requester of request ${row.id} is no longer an active admin user`,
          );
        state = { auth: { strategy: { name: 'admin' }, credentials: user }, user };
        break;
      }
      case 'api-user': {
        const user = (await strapi.db.query('plugin::users-permissions.user').findOne({
          where: { id: row.requesterId },
          populate: { role: { select: ['type'] } },
        })) as Record<string, unknown> | null;
        if (!user)
          throw new ConflictError(`${RULE}: the requester of request ${row.id} no longer exists`);
        state = { auth: { strategy: { name: 'users-permissions' }, credentials: user }, user };
        break;
      }
      default:
        state = {
          auth: {
            strategy: { name: 'content-api-token' },
            credentials: { id: row.requesterId, name: row.requesterName },
          },
        };
    }
    const ctx = { state, request: { ip: row.requesterIp } };
    let result: T | undefined;
    await strapi.requestContext.run(ctx as never, async () => {
      result = await fn();
    });
    return result as T;
  };

  const asApproved = <T>(row: RequestRow, approver: DualControlPerson, fn: () => Promise<T>) =>
    approvedExecution.run({ requestId: row.id, requester: personOf(row), approver }, fn);

  const recordDecision = (
    row: RequestRow,
    action: 'approve' | 'reject',
    details: Record<string, unknown>,
  ) =>
    audit().record({
      ...audit().currentActor(),
      occurredAt: new Date(),
      action,
      contentType: REQUEST_UID,
      recordId: String(row.id),
      classification: null,
      changedFields: ['state'],
      details: { action: row.action, requester: personOf(row), ...details },
    });

  /** Checks that `decider` may decide `row` now. @throws PolicyError (403), ConflictError (409). */
  const assertDecidable = async (row: RequestRow, decider: Decider, version?: number) => {
    if (row.requesterType === 'admin' && row.requesterId === decider.id)
      throw new errors.PolicyError(
        `${RULE}: the requester may not approve or reject their own request; a second person must`,
        { rule: 'two-person' },
      );
    const rule = (await service.getSettings())[row.action];
    if (!decider.roles.some((role) => rule.approverRoles.includes(role.id)))
      throw new errors.PolicyError(
        `${RULE}: only holders of the approver roles of "${row.action}" may decide this request`,
        { rule: 'two-person' },
      );
    const state = effectiveState(row, new Date());
    if (state === 'expired')
      throw new ConflictError(
        `${RULE}: request ${row.id} expired at ${new Date(row.expiresAt).toISOString()} and can no longer be decided`,
      );
    if (state !== 'pending')
      throw new ConflictError(`${RULE}: request ${row.id} is already ${state}`);
    if (version !== undefined && version !== row.version)
      throw new ConflictError(
        `${RULE}: request ${row.id} has changed since you loaded it; reload it`,
      );
  };

  /** Replays a request that approval executes at once, as its requester. */
  const execute = async (row: RequestRow): Promise<Record<string, unknown>> => {
    switch (row.action) {
      case 'merge-customers':
        return (await getService(strapi, 'customer-merge').merge(
          row.payload as unknown as PostMergeCustomers.Body,
        )) as unknown as Record<string, unknown>;
      case 'lower-classification':
      case 'remove-compartment':
      case 'remove-caveat': {
        const { uid, params } = row.payload as unknown as DocumentUpdatePayload;
        const updated = (await strapi.documents(uid).update(params as never)) as {
          documentId: string;
        } | null;
        return { documentId: updated?.documentId ?? params.documentId };
      }
      default:
        throw new errors.ApplicationError(`${row.action} is run by its requester, not on approval`);
    }
  };

  const service = {
    async getSettings(): Promise<DualControlSettings> {
      return completeSettings(await store().get({}));
    },

    /** The settings with the admin roles the settings page offers as approvers. */
    async getSettingsWithRoles(): Promise<GetDualControlSettings.Response> {
      const roles = (await strapi.db.query('admin::role').findMany({
        select: ['id', 'name'],
        orderBy: { id: 'asc' },
      })) as Array<{ id: number; name: string }>;
      return { data: await service.getSettings(), meta: { adminRoles: roles } };
    },

    /**
     * Replaces the rules of the actions given (the others are kept).
     * @throws ValidationError naming the field (`lower-classification.approverRoles`) for an
     * unknown action or role, an enabled rule without approver roles, a bad threshold or time limit.
     */
    async updateSettings(changes: Record<string, unknown>): Promise<DualControlSettings> {
      const settings = await service.getSettings();
      const roleIds = new Set(
        (
          (await strapi.db.query('admin::role').findMany({ select: ['id'] })) as Array<{
            id: number;
          }>
        ).map((role) => role.id),
      );
      for (const [action, value] of Object.entries(changes)) {
        if (!DUAL_CONTROL_ACTIONS.includes(action as DualControlAction))
          throw invalid(action, `${action} is not an action of the two-person rule`);
        const rule = value as DualControlSettings[DualControlAction];
        const at = (field: string) => `${action}.${field}`;
        rule.approverRoles.forEach((id, index) => {
          if (!roleIds.has(id))
            throw invalid(
              at(`approverRoles[${index}]`),
              `${at(`approverRoles[${index}]`)} ${id} is not an admin role`,
            );
        });
        if (rule.enabled && rule.approverRoles.length === 0)
          throw invalid(
            at('approverRoles'),
            `${at('approverRoles')} must name at least one role while the rule is enabled`,
          );
        if (action === 'export-records') {
          const threshold = rule.threshold ?? settings['export-records'].threshold;
          if (!Number.isInteger(threshold) || threshold! < 0 || threshold! > MAX_EXPORT_THRESHOLD)
            throw invalid(
              at('threshold'),
              `${at('threshold')} must be a whole number from 0 to ${MAX_EXPORT_THRESHOLD}`,
            );
          rule.threshold = threshold;
        } else if (rule.threshold !== undefined) {
          throw invalid(at('threshold'), `${at('threshold')} applies to export-records only`);
        }
        settings[action as DualControlAction] = {
          enabled: rule.enabled,
          ...(action === 'export-records' ? { threshold: rule.threshold } : {}),
          approverRoles: [...new Set(rule.approverRoles)],
          expiresAfterHours: rule.expiresAfterHours,
        };
      }
      await store().set({ value: settings });
      audit().record({
        ...audit().currentActor(),
        occurredAt: new Date(),
        action: 'update',
        contentType: 'plugin::synergy.dual-control',
        recordId: null,
        classification: null,
        changedFields: Object.keys(changes),
        details: { enabled: DUAL_CONTROL_ACTIONS.filter((action) => settings[action].enabled) },
      });
      return settings;
    },

    /**
     * Holds the action for a second person when its rule governs it (for an export, when `count`
     * confidential-or-higher records would go out): stores a request, audits it, e-mails the
     * approvers and answers the request (the caller then answers 202). Answers null — the caller
     * goes on — when the rule does not govern it, for code without a request (seeding, jobs) and
     * for the replay of an approved request.
     */
    async intercept(
      action: DualControlAction,
      { payload, summary, count }: { payload: object; summary: string; count?: number },
    ): Promise<DualControlRequest | null> {
      if (currentApproval()) return null;
      const actor = audit().currentActor();
      if (!['admin', 'api-user', 'api-token'].includes(actor.actorType)) return null;
      const rule = (await service.getSettings())[action];
      if (!isGoverned(action, rule, count)) return null;
      const ctx = strapi.requestContext.get();
      const reasonHeader = ctx?.request?.headers?.['x-synergy-reason'];
      const reason = typeof reasonHeader === 'string' ? decodeReason(reasonHeader) : null;
      const now = new Date();
      const row = (await requests().create({
        data: {
          action,
          summary: summary.slice(0, 255),
          payload,
          requesterType: actor.actorType,
          requesterId: actor.actorId,
          requesterName: actor.actorName,
          requesterIp: actor.ip,
          reason,
          state: 'pending',
          expiresAt: new Date(now.getTime() + rule.expiresAfterHours * HOUR_MS),
          version: 0,
        },
      })) as RequestRow;
      audit().record({
        ...actor,
        occurredAt: now,
        action: 'request',
        contentType: REQUEST_UID,
        recordId: String(row.id),
        classification: null,
        changedFields: null,
        details: { action, summary, ...(count !== undefined ? { count } : {}) },
      });
      const request = present(row, now);
      void getService(strapi, 'notifications').dualControlRequested(request, rule.approverRoles);
      if (ctx) (ctx.state as Record<string, unknown>).synergyDualControlRequest = request;
      return request;
    },

    /** The requests `viewer` made or may decide, newest first, optionally in one state. */
    async list(viewer: Decider, state?: DualControlState) {
      const settings = await service.getSettings();
      // Requests past their time limit are stored as expired; none of them can move on anyway.
      await requests().updateMany({
        where: { state: { $in: ['pending', 'approved'] }, expiresAt: { $lte: new Date() } },
        data: { state: 'expired' },
      });
      const roleIds = viewer.roles.map((role) => role.id);
      const decidable = DUAL_CONTROL_ACTIONS.filter((action) =>
        settings[action].approverRoles.some((id) => roleIds.includes(id)),
      );
      const rows = (await requests().findMany({
        where: {
          ...(isSuperAdmin(viewer)
            ? {}
            : {
                $or: [
                  { requesterType: 'admin', requesterId: viewer.id },
                  { action: { $in: decidable } },
                ],
              }),
        },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        limit: 500,
      })) as RequestRow[];
      const now = new Date();
      return rows
        .map((row) => present(row, now))
        .filter((request) => !state || request.state === state)
        .map((request) => ({
          ...request,
          canDecide:
            request.state === 'pending' &&
            decidable.includes(request.action) &&
            !(request.requester.type === 'admin' && request.requester.id === viewer.id),
        }));
    },

    /**
     * Approves a request: executes it at once as its requester (a merge, an update), in one
     * transaction with the approval, or — an export, an archive — lets its requester run it once
     * within the time limit. Both people are recorded in the audit trail.
     * @throws PolicyError (403) for the requester or a non-approver; ConflictError (409) for an
     * expired or decided request, or one decided by someone else meanwhile.
     */
    async approve(id: number, decider: Decider, { reason, version }: DecisionInput) {
      const approver: DualControlPerson = { type: 'admin', id: decider.id, name: decider.name };
      const decision = {
        approverId: decider.id,
        approverName: decider.name,
        decidedAt: new Date(),
        decisionReason: reason ?? null,
      };
      const row = await load(id);
      await assertDecidable(row, decider, version);
      const rule = (await service.getSettings())[row.action];
      const decided = await strapi.db.transaction(async () => {
        if (RUN_BY_REQUESTER.includes(row.action)) {
          // The time limit starts again: the requester has it to fetch the file.
          const expiresAt = new Date(Date.now() + rule.expiresAfterHours * HOUR_MS);
          await claim(row, 'pending', { ...decision, state: 'approved', expiresAt });
          return { ...row, ...decision, state: 'approved' as const, expiresAt };
        }
        await claim(row, 'pending', { ...decision, state: 'executed' });
        const result = await asRequester(row, () => asApproved(row, approver, () => execute(row)));
        await requests().update({ where: { id: row.id }, data: { result } });
        return { ...row, ...decision, state: 'executed' as const, result };
      });
      const fresh = present({
        ...decided,
        version: row.version + 1,
        decidedAt: decision.decidedAt.toISOString(),
        expiresAt: new Date(decided.expiresAt).toISOString(),
      });
      recordDecision(row, 'approve', { reason: reason ?? null, state: fresh.state });
      void getService(strapi, 'notifications').dualControlDecided(fresh);
      return fresh;
    },

    /** Rejects a request: nothing happens. @throws as `approve`. */
    async reject(id: number, decider: Decider, { reason, version }: DecisionInput) {
      const row = await load(id);
      await assertDecidable(row, decider, version);
      const decision = {
        approverId: decider.id,
        approverName: decider.name,
        decidedAt: new Date(),
        decisionReason: reason ?? null,
        state: 'rejected' as const,
      };
      await claim(row, 'pending', decision);
      const fresh = present({
        ...row,
        ...decision,
        version: row.version + 1,
        decidedAt: decision.decidedAt.toISOString(),
      });
      recordDecision(row, 'reject', { reason: reason ?? null });
      void getService(strapi, 'notifications').dualControlDecided(fresh);
      return fresh;
    },

    /**
     * Runs an approved export or archive once, for its requester, within its time limit, and
     * answers what the action answers (the file).
     * @throws PolicyError (403) for anyone but the requester; ConflictError (409) when it is not
     * approved, already run, or expired.
     */
    async runApproved<Kind extends 'export-records' | 'archive-audit'>(
      id: number,
      kind: Kind,
      runner: Decider,
    ) {
      const row = await load(id);
      if (row.action !== kind)
        throw new errors.NotFoundError(`Two-person request ${id} is not ${kind}`);
      if (row.requesterType !== 'admin' || row.requesterId !== runner.id)
        throw new errors.PolicyError(`${RULE}: only the requester may run approved request ${id}`, {
          rule: 'two-person',
        });
      const state = effectiveState(row, new Date());
      if (state === 'expired')
        throw new ConflictError(
          `${RULE}: request ${id} expired at ${new Date(row.expiresAt).toISOString()}; request it again`,
        );
      if (state !== 'approved')
        throw new ConflictError(
          `${RULE}: request ${id} is ${state}; only an approved request runs, and only once`,
        );
      const approver: DualControlPerson = {
        type: 'admin',
        id: row.approverId,
        name: row.approverName,
      };
      return strapi.db.transaction(async () => {
        await claim(row, 'approved', { state: 'executed' });
        if (kind === 'export-records') {
          const { uid, request } = row.payload as unknown as {
            uid: UID.ContentType;
            request: ExportRequest;
          };
          const file = await asApproved(row, approver, () =>
            getService(strapi, 'export').exportRecords(uid, request),
          );
          if ('request' in file) throw new errors.ApplicationError('The export was held again');
          await requests().update({ where: { id }, data: { result: { rows: file.rows } } });
          return { kind: 'export-records' as const, file };
        }
        const { before } = row.payload as { before: string };
        const archived = await asApproved(row, approver, () =>
          getService(strapi, 'audit').archive(new Date(before)),
        );
        if ('request' in archived) throw new errors.ApplicationError('The archive was held again');
        await requests().update({ where: { id }, data: { result: { removed: archived.removed } } });
        return { kind: 'archive-audit' as const, archived, before: new Date(before) };
      });
    },
  };
  return service;
};

export interface DecisionInput {
  reason?: string;
  version?: number;
}

export type DualControlService = ReturnType<typeof createDualControlService>;

export default createDualControlService;
