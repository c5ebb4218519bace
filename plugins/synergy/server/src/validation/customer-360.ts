import { yup } from '@strapi/utils';
import { validateQuery } from './query';

export const customer360QuerySchema = yup
  .object({
    limit: yup
      .number()
      .integer()
      .min(1)
      .max(100)
      .default(20)
      .meta({ description: 'How many of the most recent records of each kind' }),
  })
  .noUnknown();

export const validateCustomer360Query = validateQuery(customer360QuerySchema);

const searchCustomersQuerySchema = yup.object({ q: yup.string().max(100).default('') }).noUnknown();

export const validateSearchCustomersQuery = validateQuery(searchCustomersQuerySchema);

const suggestCustomersQuerySchema = yup
  .object({ limit: yup.number().integer().min(1).max(20).default(5) })
  .noUnknown();

export const validateSuggestCustomersQuery = validateQuery(suggestCustomersQuerySchema);
