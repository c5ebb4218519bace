import { CLASSIFICATION_LEVELS } from '../../domain/classification';
import { ACTOR_TYPES, AUDIT_ACTIONS } from '../../domain/audit';

/**
 * The append-only audit trail of SPEC §7. Hidden from the content manager and given no routes
 * of its own: entries are written by the plugin and read through /synergy/audit only.
 */
export default {
  kind: 'collectionType',
  collectionName: 'synergy_audit_entries',
  info: {
    singularName: 'audit-entry',
    pluralName: 'audit-entries',
    displayName: 'Audit entry',
    description: 'Who did what to which record, and when (审计记录)',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    occurredAt: { type: 'datetime', required: true },
    actorType: { type: 'enumeration', enum: [...ACTOR_TYPES], required: true },
    actorId: { type: 'integer' },
    actorName: { type: 'string' },
    action: { type: 'enumeration', enum: [...AUDIT_ACTIONS], required: true },
    contentType: { type: 'string' },
    recordId: { type: 'string' },
    classification: { type: 'enumeration', enum: [...CLASSIFICATION_LEVELS] },
    changedFields: { type: 'json' },
    ip: { type: 'string' },
    details: { type: 'json' },
    // sha256(previous entry's hash + this entry's fields): domain/audit-chain.ts.
    hash: { type: 'string' },
  },
  indexes: [
    { name: 'synergy_audit_occurred_at_idx', columns: ['occurred_at'] },
    { name: 'synergy_audit_actor_idx', columns: ['actor_type', 'actor_id'] },
    { name: 'synergy_audit_action_idx', columns: ['action'] },
    { name: 'synergy_audit_record_idx', columns: ['content_type', 'record_id'] },
  ],
};
