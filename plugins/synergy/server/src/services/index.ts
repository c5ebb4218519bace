import analytics from './analytics';
import settings from './analytics/settings';
import audit from './audit';
import auditChain from './audit-chain';
import auditRetention from './audit-retention';
import battlecard from './battlecard';
import clearance from './clearance';
import customer360 from './customer-360';
import customerMerge from './customer-merge';
import dataVersions from './data-versions';
import delegations from './delegations';
import dualControl from './dual-control';
import exportService from './export';
import importService from './import';
import marking from './marking';
import masking from './masking';
import needToKnow from './need-to-know';
import notifications from './notifications';
import reviewReminders from './review-reminders';
import reviews from './reviews';
import workflows from './workflows';

export default {
  analytics,
  settings,
  audit,
  'audit-chain': auditChain,
  'audit-retention': auditRetention,
  battlecard,
  clearance,
  'customer-360': customer360,
  'customer-merge': customerMerge,
  'data-versions': dataVersions,
  delegations,
  'dual-control': dualControl,
  export: exportService,
  import: importService,
  marking,
  masking,
  'need-to-know': needToKnow,
  notifications,
  'review-reminders': reviewReminders,
  reviews,
  workflows,
};
