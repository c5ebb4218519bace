import type { Core } from '@strapi/strapi';
import type { Handler } from './handler';
import { ACTIONS } from '../permissions';

const requires = (...actions: string[]) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions } },
];

/** Served under /synergy to the admin panel (admin JWT). */
const routes: Array<Core.RouteInput & { handler: Handler }> = [
  {
    method: 'GET',
    path: '/customers/search',
    handler: 'customer-360.search',
    config: { policies: requires(ACTIONS.customer360) },
  },
  {
    method: 'GET',
    path: '/customers/suggestions',
    handler: 'customer-360.suggestions',
    config: { policies: requires(ACTIONS.customer360) },
  },
  {
    method: 'GET',
    path: '/customers/:documentId/360',
    handler: 'customer-360.adminFind360',
    config: { policies: requires(ACTIONS.customer360) },
  },
  {
    method: 'GET',
    path: '/competitors/:documentId/battlecard',
    handler: 'battlecard.adminFindOne',
    config: { policies: requires(ACTIONS.battlecardRead) },
  },
  {
    method: 'GET',
    path: '/audit',
    handler: 'audit.find',
    config: { policies: requires(ACTIONS.auditRead) },
  },
  {
    method: 'GET',
    path: '/audit/export',
    handler: 'audit.export',
    config: { policies: requires(ACTIONS.auditRead) },
  },
  {
    method: 'GET',
    path: '/audit/stream',
    handler: 'audit.stream',
    config: { policies: requires(ACTIONS.auditRead) },
  },
  {
    method: 'GET',
    path: '/audit/verify',
    handler: 'audit.verify',
    config: { policies: requires(ACTIONS.auditVerify) },
  },
  {
    method: 'POST',
    path: '/audit/archive',
    handler: 'audit.archive',
    config: { policies: requires(ACTIONS.auditArchive) },
  },
  {
    method: 'GET',
    path: '/audit/retention',
    handler: 'audit.findRetention',
    config: { policies: requires(ACTIONS.auditArchive) },
  },
  {
    // Not the archive permission: who archives must not also shorten the retention.
    method: 'PUT',
    path: '/audit/retention',
    handler: 'audit.updateRetention',
    config: { policies: requires(ACTIONS.settingsManage) },
  },
  {
    method: 'GET',
    path: '/clearances',
    handler: 'clearance.find',
    config: { policies: requires(ACTIONS.clearancesManage) },
  },
  {
    method: 'PUT',
    path: '/clearances/:userId',
    handler: 'clearance.update',
    config: { policies: requires(ACTIONS.clearancesManage) },
  },
  {
    method: 'GET',
    path: '/reviews',
    handler: 'reviews.find',
    config: { policies: requires(ACTIONS.reviewsRead) },
  },
  {
    method: 'GET',
    path: '/reviews/document',
    handler: 'reviews.findForDocument',
    config: { policies: requires(ACTIONS.reviewsRead) },
  },
  {
    method: 'GET',
    path: '/reviews/:id',
    handler: 'reviews.findOne',
    config: { policies: requires(ACTIONS.reviewsRead) },
  },
  {
    method: 'POST',
    path: '/reviews',
    handler: 'reviews.submit',
    config: { policies: requires(ACTIONS.reviewsRead) },
  },
  {
    method: 'POST',
    path: '/reviews/:id/approve',
    handler: 'reviews.approve',
    config: { policies: requires(ACTIONS.reviewsRead) },
  },
  {
    method: 'POST',
    path: '/reviews/:id/reject',
    handler: 'reviews.reject',
    config: { policies: requires(ACTIONS.reviewsRead) },
  },
  {
    method: 'POST',
    path: '/reviews/:id/withdraw',
    handler: 'reviews.withdraw',
    config: { policies: requires(ACTIONS.reviewsRead) },
  },
  {
    method: 'GET',
    path: '/delegations',
    handler: 'delegations.find',
    config: { policies: requires(ACTIONS.reviewsRead) },
  },
  {
    method: 'POST',
    path: '/delegations',
    handler: 'delegations.create',
    config: { policies: requires(ACTIONS.reviewsRead) },
  },
  {
    method: 'DELETE',
    path: '/delegations/:id',
    handler: 'delegations.delete',
    config: { policies: requires(ACTIONS.reviewsRead) },
  },
  {
    method: 'GET',
    path: '/workflows',
    handler: 'workflows.find',
    config: { policies: requires(ACTIONS.workflowsManage) },
  },
  {
    method: 'PUT',
    path: '/workflows/:id',
    handler: 'workflows.update',
    config: { policies: requires(ACTIONS.workflowsManage) },
  },
  {
    method: 'GET',
    path: '/analytics/overview',
    handler: 'analytics.overview',
    config: { policies: requires(ACTIONS.analyticsRead) },
  },
  {
    method: 'GET',
    path: '/analytics/coverage',
    handler: 'analytics.coverage',
    config: { policies: requires(ACTIONS.analyticsRead) },
  },
  {
    method: 'GET',
    path: '/analytics/impact',
    handler: 'analytics.impact',
    config: { policies: requires(ACTIONS.analyticsRead) },
  },
  {
    method: 'GET',
    path: '/analytics/portfolio',
    handler: 'analytics.portfolio',
    config: { policies: requires(ACTIONS.analyticsRead) },
  },
  {
    method: 'GET',
    path: '/analytics/competitors',
    handler: 'analytics.competitors',
    config: { policies: requires(ACTIONS.analyticsRead) },
  },
  {
    method: 'GET',
    path: '/analytics/win-loss',
    handler: 'analytics.winLoss',
    config: { policies: requires(ACTIONS.analyticsRead) },
  },
  {
    method: 'GET',
    path: '/analytics/data-quality',
    handler: 'analytics.dataQuality',
    config: { policies: requires(ACTIONS.analyticsRead) },
  },
  {
    method: 'GET',
    path: '/analytics/strategies/:documentId/scorecard',
    handler: 'analytics.scorecard',
    config: { policies: requires(ACTIONS.analyticsRead) },
  },
  {
    method: 'GET',
    path: '/analytics/customers/:documentId/health',
    handler: 'analytics.customerHealth',
    config: { policies: requires(ACTIONS.analyticsRead) },
  },
  {
    method: 'GET',
    path: '/masking',
    handler: 'masking.find',
    config: { policies: requires(ACTIONS.clearancesManage) },
  },
  {
    method: 'PUT',
    path: '/masking',
    handler: 'masking.update',
    config: { policies: requires(ACTIONS.clearancesManage) },
  },
  {
    method: 'GET',
    path: '/settings',
    handler: 'settings.find',
    config: { policies: requires(ACTIONS.settingsManage) },
  },
  {
    method: 'PUT',
    path: '/settings',
    handler: 'settings.update',
    config: { policies: requires(ACTIONS.settingsManage) },
  },
  {
    method: 'POST',
    path: '/export/table',
    handler: 'export.exportTable',
    config: { policies: requires(ACTIONS.export, ACTIONS.analyticsRead) },
  },
  {
    method: 'GET',
    path: '/export/:contentType',
    handler: 'export.export',
    config: { policies: requires(ACTIONS.export) },
  },
  {
    method: 'GET',
    path: '/import/types',
    handler: 'import.types',
    config: { policies: requires(ACTIONS.import) },
  },
  {
    method: 'POST',
    path: '/import/:type',
    handler: 'import.import',
    config: { policies: requires(ACTIONS.import) },
  },
  {
    method: 'POST',
    path: '/data-quality/merge',
    handler: 'data-quality.merge',
    config: { policies: requires(ACTIONS.merge) },
  },
];

export default { type: 'admin', routes } satisfies Core.RouterInput;
