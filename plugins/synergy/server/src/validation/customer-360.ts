import { yup, validateYupSchema } from '@strapi/utils';

const customer360QuerySchema = yup
  .object({
    limit: yup.number().integer().min(1).max(100).default(20),
  })
  .noUnknown();

export const validateCustomer360Query = validateYupSchema(customer360QuerySchema, { strict: false });

const searchCustomersQuerySchema = yup.object({ q: yup.string().max(100).default('') }).noUnknown();

export const validateSearchCustomersQuery = validateYupSchema(searchCustomersQuerySchema, { strict: false });
