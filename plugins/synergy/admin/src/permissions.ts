/** Mirrors the server's RBAC actions (plugins/synergy/server/src/permissions.ts). */
export const PERMISSIONS = {
  customer360: [{ action: 'plugin::synergy.customer-view.read', subject: null }],
  battlecardRead: [{ action: 'plugin::synergy.battlecard.read', subject: null }],
  auditRead: [{ action: 'plugin::synergy.audit.read', subject: null }],
  auditArchive: [{ action: 'plugin::synergy.audit.archive', subject: null }],
  auditVerify: [{ action: 'plugin::synergy.audit.verify', subject: null }],
  clearancesManage: [{ action: 'plugin::synergy.clearances.manage', subject: null }],
  needToKnowManage: [{ action: 'plugin::synergy.need-to-know.manage', subject: null }],
  reviewsRead: [{ action: 'plugin::synergy.reviews.read', subject: null }],
  workflowsManage: [{ action: 'plugin::synergy.workflows.manage', subject: null }],
  analyticsRead: [{ action: 'plugin::synergy.analytics.read', subject: null }],
  export: [{ action: 'plugin::synergy.export.read', subject: null }],
  merge: [{ action: 'plugin::synergy.data-quality.merge', subject: null }],
  importCreate: [{ action: 'plugin::synergy.import.create', subject: null }],
  dualControlRead: [{ action: 'plugin::synergy.dual-control.read', subject: null }],
  dualControlConfigure: [{ action: 'plugin::synergy.dual-control.configure', subject: null }],
};
