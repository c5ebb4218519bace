import audit from './audit';
import clearance from './clearance';
import customer360 from './customer-360';

export default {
  audit,
  clearance,
  'customer-360': customer360,
};
