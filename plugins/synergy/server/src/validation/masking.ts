import { yup, validateYupSchema } from '@strapi/utils';

/** PUT /synergy/masking: the shape; which types, fields and roles exist is checked by the service. */
export const validateMaskingBody = validateYupSchema(
  yup
    .object({
      rules: yup
        .array(
          yup
            .object({
              contentType: yup.string().required('contentType is required'),
              field: yup.string().required('field is required'),
              adminRoles: yup
                .array(yup.number().integer().required())
                .required('adminRoles is required'),
              apiRoles: yup.array(yup.string().required()).required('apiRoles is required'),
              apiTokens: yup.boolean().required('apiTokens is required'),
            })
            .noUnknown()
            .required(),
        )
        .max(500)
        .required('rules is required'),
    })
    .noUnknown()
    .required(),
  { strict: true },
);
