import { yup, validateYupSchema } from '@strapi/utils';
import { CRM_CONTENT_TYPES } from '../domain/crm-content-types';
import { validateQuery } from './query';

const contentTypeSchema = yup.object({
  contentType: yup.string().oneOf([...CRM_CONTENT_TYPES], 'contentType must be a CRM content type').required('contentType is required'),
});

/** The route's `:contentType` (the router's params also hold positional captures: only that one is read). */
export const validateExportContentType = validateYupSchema(contentTypeSchema, { strict: true });

export const validateExportQuery = validateQuery(
  yup
    .object({
      format: yup.string().oneOf(['csv', 'xlsx'], 'format must be csv or xlsx').default('csv'),
      filters: yup.object().typeError('filters must be an object of Strapi filters'),
      sort: yup.mixed(),
      locale: yup.string().max(20),
    })
    .noUnknown()
);
