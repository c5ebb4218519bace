/** Mirrors the server's RBAC actions (plugins/synergy/server/src/permissions.ts). */
export const PERMISSIONS = {
  customer360: [{ action: 'plugin::synergy.customer-view.read', subject: null }],
};
