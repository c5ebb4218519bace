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
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
