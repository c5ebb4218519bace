import analytics from './analytics';
import audit from './audit';
import battlecard from './battlecard';
import clearance from './clearance';
import customer360 from './customer-360';
import dataQuality from './data-quality';
import delegations from './delegations';
import dualControl from './dual-control';
import exportController from './export';
import importController from './import';
import masking from './masking';
import needToKnow from './need-to-know';
import { reportControllers } from './reports';
import reviewHistory from './review-history';
import reviews from './reviews';
import settings from './settings';
import workflows from './workflows';

export default {
  ...reportControllers,
  analytics,
  audit,
  battlecard,
  clearance,
  'customer-360': customer360,
  'data-quality': dataQuality,
  delegations,
  'dual-control': dualControl,
  export: exportController,
  import: importController,
  masking,
  'need-to-know': needToKnow,
  'review-history': reviewHistory,
  reviews,
  settings,
  workflows,
};
