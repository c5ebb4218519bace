import { yup, validateYupSchema } from '@strapi/utils';

const documentId = (field: 'keep' | 'remove') =>
  yup
    .string()
    .trim()
    .min(1, `${field} must be a customer documentId`)
    .max(64, `${field} must be a customer documentId`)
    .required(`${field} is required`);

export const validateMergeBody = validateYupSchema(
  yup
    .object({ keep: documentId('keep'), remove: documentId('remove') })
    .noUnknown()
    .required()
    .test(
      'distinct',
      'remove must be a different customer from keep',
      (body) => !body || body.keep !== body.remove,
    ),
  { strict: true },
);
