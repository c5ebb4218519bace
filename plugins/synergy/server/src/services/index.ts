import customer360 from './customer-360';

export default {
  'customer-360': customer360,
};
