/**
 * The head of the audit trail's hash chain (domain/audit-chain.ts): one row, locked by every
 * append so that writers on any app instance extend the chain one after the other. `anchor*` is
 * the last archived entry, from which the entries left are verified.
 */
export default {
  kind: 'collectionType',
  collectionName: 'synergy_audit_chain',
  info: {
    singularName: 'audit-chain',
    pluralName: 'audit-chains',
    displayName: 'Audit chain head',
    description: 'The last hash of the audit trail (审计哈希链)',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    name: { type: 'string', required: true },
    headHash: { type: 'string', required: true },
    headEntryId: { type: 'integer' },
    anchorHash: { type: 'string', required: true },
    anchorEntryId: { type: 'integer' },
  },
  indexes: [{ name: 'synergy_audit_chain_name_uq', columns: ['name'], type: 'unique' }],
};
