import { yup, validateYupSchema } from '@strapi/utils';
import { CLASSIFICATION_LEVELS } from '../domain/classification';

export const validateClearanceBody = validateYupSchema(
  yup
    .object({
      level: yup
        .string()
        .oneOf(
          [...CLASSIFICATION_LEVELS],
          'level must be one of public, internal, confidential, secret',
        )
        .required('level is required'),
      note: yup.string().max(1000).nullable(),
    })
    .noUnknown()
    .required(),
  { strict: true },
);
