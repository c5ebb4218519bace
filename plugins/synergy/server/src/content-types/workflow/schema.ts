/** An approval workflow (SPEC §3): the content types it governs and its ordered stages. */
export default {
  kind: 'collectionType',
  collectionName: 'synergy_workflows',
  info: {
    singularName: 'workflow',
    pluralName: 'workflows',
    displayName: 'Workflow',
    description: 'Approval workflow (审批流程)',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    name: { type: 'string', required: true },
    /** Content-type uids. */
    contentTypes: { type: 'json', required: true },
    /** Ordered stages: { key, name, approverRoles: admin role ids, requiredApprovals }. */
    stages: { type: 'json', required: true },
    /** { remindAfterHours, escalateAfterHours, escalationRoles }; null: no reminders. */
    reminders: { type: 'json' },
  },
};
