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
      compartments: yup
        .array(yup.string().required('compartments must be a list of codes'))
        .typeError('compartments must be a list of codes'),
    })
    .noUnknown()
    .required(),
  { strict: true },
);
