export { validateCustomer360Query, validateSearchCustomersQuery } from './customer-360';
