import audit from './audit';
import clearance from './clearance';
import customer360 from './customer-360';
import reviews from './reviews';
import workflows from './workflows';

export default {
  audit,
  clearance,
  'customer-360': customer360,
  reviews,
  workflows,
};
