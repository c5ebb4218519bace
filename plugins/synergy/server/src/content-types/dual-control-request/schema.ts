import {
  DUAL_CONTROL_ACTIONS,
  DUAL_CONTROL_STATES,
} from '../../../../shared/contracts/dual-control';

/**
 * A dangerous action held for a second person's approval (two-person rule, SPEC §1). Plain
 * integer references, as for reviews: the version check is single-table SQL.
 */
export default {
  kind: 'collectionType',
  collectionName: 'synergy_dual_control_requests',
  info: {
    singularName: 'dual-control-request',
    pluralName: 'dual-control-requests',
    displayName: 'Two-person request',
    description: 'Actions awaiting a second approver (双人复核)',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    action: { type: 'enumeration', enum: [...DUAL_CONTROL_ACTIONS], required: true },
    summary: { type: 'string', required: true },
    payload: { type: 'json', required: true },
    requesterType: { type: 'string', required: true },
    requesterId: { type: 'integer' },
    requesterName: { type: 'string' },
    requesterIp: { type: 'string' },
    reason: { type: 'text' },
    state: {
      type: 'enumeration',
      enum: [...DUAL_CONTROL_STATES],
      required: true,
      default: 'pending',
    },
    expiresAt: { type: 'datetime', required: true },
    approverId: { type: 'integer' },
    approverName: { type: 'string' },
    decidedAt: { type: 'datetime' },
    decisionReason: { type: 'text' },
    result: { type: 'json' },
    version: { type: 'integer', required: true, default: 0 },
  },
  indexes: [{ name: 'synergy_dual_control_state_idx', columns: ['state'] }],
};
