import { yup, validateYupSchema } from '@strapi/utils';
import { CODE_PATTERN } from '../domain/need-to-know';

const fields = {
  name: yup.string().trim().min(1, 'name must not be empty').max(120),
  description: yup.string().max(2000).nullable(),
};
const code = yup
  .string()
  .matches(CODE_PATTERN, 'code must be lowercase letters, digits and dashes (at most 63)')
  .required('code is required');
const caveatFields = {
  nameEn: yup.string().max(120).nullable(),
  withheldFromExternal: yup.boolean(),
};

const validate = (shape: Record<string, yup.AnySchema>) =>
  validateYupSchema(yup.object(shape).noUnknown().required(), { strict: true });

export const validateCompartmentCreateBody = validate({
  ...fields,
  name: fields.name.required('name is required'),
  code,
});
export const validateCompartmentUpdateBody = validate(fields);
export const validateCaveatCreateBody = validate({
  ...fields,
  ...caveatFields,
  name: fields.name.required('name is required'),
  code,
});
export const validateCaveatUpdateBody = validate({ ...fields, ...caveatFields });
