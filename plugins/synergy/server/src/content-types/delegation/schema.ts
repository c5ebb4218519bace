/**
 * A stand-in for an approver (SPEC §3): from `startsOn` to `endsOn` (dates, inclusive) the
 * delegate may approve and reject, in the delegator's name, the stages the delegator may.
 */
export default {
  kind: 'collectionType',
  collectionName: 'synergy_delegations',
  info: {
    singularName: 'delegation',
    pluralName: 'delegations',
    displayName: 'Approval delegation',
    description: 'Stand-ins for approvers (审批代理)',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    delegatorId: { type: 'integer', required: true },
    delegateId: { type: 'integer', required: true },
    startsOn: { type: 'date', required: true },
    endsOn: { type: 'date', required: true },
    note: { type: 'string' },
  },
  indexes: [
    { name: 'synergy_delegations_delegate_idx', columns: ['delegate_id'] },
    { name: 'synergy_delegations_delegator_idx', columns: ['delegator_id'] },
  ],
};
