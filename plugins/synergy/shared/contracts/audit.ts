/** The audit trail (SPEC §7): vocabularies shared by the server and the admin audit page. */

/** Who made a change. */
export const ACTOR_TYPES = ['admin', 'api-user', 'api-token', 'public', 'system'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** What an entry records. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'publish',
  'unpublish',
  'read',
  'review',
  'import',
  'export',
  'archive',
  'merge',
  'request',
  'approve',
  'reject',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** GET /synergy/audit/verify — recomputes the hash chain from its anchor to its head. */
export namespace VerifyAudit {
  export type Result =
    | { ok: true; checked: number; headEntryId: number | null }
    | {
        ok: false;
        checked: number;
        /** The first entry that does not verify; null when the newest entries are gone. */
        brokenEntryId: number | null;
        reason: 'hash-mismatch' | 'head-missing';
      };
  export interface Response {
    data: Result & { verifiedAt: string; anchorEntryId: number | null };
  }
}

/** GET /synergy/audit/retention */
export namespace GetAuditRetention {
  export interface Retention {
    /** Days an entry is kept before an archive may remove it (default 365). */
    minimumAgeDays: number;
  }
  export interface Response {
    data: Retention;
  }
}

/** PUT /synergy/audit/retention — body: the whole policy; answers the stored policy. */
export namespace UpdateAuditRetention {
  export type Request = GetAuditRetention.Retention;
  export type Response = GetAuditRetention.Response;
}
