/** The plugin's admin RBAC actions (Settings → Roles → Plugins → Synergy). */
export const ACTIONS = {
  customer360: 'plugin::synergy.customer-view.read',
} as const;

export const ACTION_DEFINITIONS = [
  {
    section: 'plugins',
    displayName: 'View customer 360',
    uid: 'customer-view.read',
    pluginName: 'synergy',
  },
];
