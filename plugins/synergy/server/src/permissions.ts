/** The plugin's admin RBAC actions (Settings → Roles → Plugins → Synergy). */
export const ACTIONS = {
  customer360: 'plugin::synergy.customer-view.read',
  battlecardRead: 'plugin::synergy.battlecard.read',
  export: 'plugin::synergy.export.read',
  import: 'plugin::synergy.import.create',
  merge: 'plugin::synergy.data-quality.merge',
  auditRead: 'plugin::synergy.audit.read',
  auditArchive: 'plugin::synergy.audit.archive',
  auditVerify: 'plugin::synergy.audit.verify',
  clearancesManage: 'plugin::synergy.clearances.manage',
  reviewsRead: 'plugin::synergy.reviews.read',
  workflowsManage: 'plugin::synergy.workflows.manage',
  analyticsRead: 'plugin::synergy.analytics.read',
  settingsManage: 'plugin::synergy.settings.manage',
} as const;

export const ACTION_DEFINITIONS = [
  {
    section: 'plugins',
    displayName: 'View customer 360',
    uid: 'customer-view.read',
    pluginName: 'synergy',
  },
  {
    section: 'plugins',
    displayName: 'View competitor battlecards',
    uid: 'battlecard.read',
    pluginName: 'synergy',
  },
  {
    section: 'plugins',
    displayName: 'Export records (CSV, XLSX)',
    uid: 'export.read',
    pluginName: 'synergy',
  },
  {
    section: 'plugins',
    displayName: 'Import records (CSV, XLSX)',
    uid: 'import.create',
    pluginName: 'synergy',
  },
  {
    section: 'plugins',
    displayName: 'Merge duplicate customers',
    uid: 'data-quality.merge',
    pluginName: 'synergy',
  },
  {
    section: 'plugins',
    displayName: 'Read and export the audit trail',
    uid: 'audit.read',
    pluginName: 'synergy',
  },
  {
    section: 'plugins',
    displayName: 'Archive the audit trail',
    uid: 'audit.archive',
    pluginName: 'synergy',
  },
  {
    section: 'plugins',
    displayName: "Verify the audit trail's hash chain",
    uid: 'audit.verify',
    pluginName: 'synergy',
  },
  {
    section: 'plugins',
    displayName: 'Manage clearances',
    uid: 'clearances.manage',
    pluginName: 'synergy',
  },
  {
    section: 'plugins',
    displayName: 'Use approval reviews',
    uid: 'reviews.read',
    pluginName: 'synergy',
  },
  {
    section: 'plugins',
    displayName: 'Manage approval workflows',
    uid: 'workflows.manage',
    pluginName: 'synergy',
  },
  {
    section: 'plugins',
    displayName: 'Read synergy analytics',
    uid: 'analytics.read',
    pluginName: 'synergy',
  },
  {
    section: 'plugins',
    displayName: 'Manage synergy settings',
    uid: 'settings.manage',
    pluginName: 'synergy',
  },
];
