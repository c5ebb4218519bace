import { yup, validateYupSchema } from '@strapi/utils';
import { CRM_CONTENT_TYPES } from '../domain/crm-content-types';
import { EXPORT_FORMATS } from '../../../shared/contracts/export';
import { ANALYTICS_ENDPOINTS } from '../../../shared/crm-types';
import { validateQuery } from './query';

const FORMAT_MESSAGE = 'format must be csv or xlsx';
/** Enough for any analytics table; the JSON body limit stops anything far larger. */
const MAX_TABLE_ROWS = 10_000;
const MAX_TABLE_COLUMNS = 50;

const contentTypeSchema = yup.object({
  contentType: yup
    .string()
    .oneOf([...CRM_CONTENT_TYPES], 'contentType must be a CRM content type')
    .required('contentType is required'),
});

/** The route's `:contentType` (the router's params also hold positional captures: only that one is read). */
export const validateExportContentType = validateYupSchema(contentTypeSchema, { strict: true });

export const validateExportQuery = validateQuery(
  yup
    .object({
      format: yup
        .string()
        .oneOf([...EXPORT_FORMATS], FORMAT_MESSAGE)
        .default('csv'),
      filters: yup.object().typeError('filters must be an object of Strapi filters'),
      sort: yup.mixed(),
      locale: yup.string().max(20),
      // The content manager's search box: the same full-text search the list runs.
      _q: yup.string().max(255),
    })
    .noUnknown(),
);

const isCell = (value: unknown) =>
  value === null ||
  typeof value === 'string' ||
  (typeof value === 'number' && Number.isFinite(value));

export const validateExportTableBody = validateYupSchema(
  yup
    .object({
      format: yup
        .string()
        .oneOf([...EXPORT_FORMATS], FORMAT_MESSAGE)
        .required('format is required'),
      title: yup
        .string()
        .trim()
        .min(1, 'title must not be empty')
        .max(200, 'title must be at most 200 characters')
        .required('title is required'),
      columns: yup
        .array()
        .of(
          yup
            .object({
              key: yup.string().min(1).max(100).required('columns[].key is required'),
              header: yup.string().max(200).required('columns[].header is required'),
            })
            .noUnknown(),
        )
        .min(1, 'columns must list at least one column')
        .max(MAX_TABLE_COLUMNS, `columns must list at most ${MAX_TABLE_COLUMNS} columns`)
        .required('columns is required'),
      rows: yup
        .array()
        .of(
          yup
            .object()
            .test('cells', 'rows must hold text, numbers or null by column key', (row) =>
              Object.values(row ?? {}).every(isCell),
            ),
        )
        .max(MAX_TABLE_ROWS, `rows must hold at most ${MAX_TABLE_ROWS} rows`)
        .required('rows is required'),
      source: yup
        .string()
        .oneOf([...ANALYTICS_ENDPOINTS], `source must be one of ${ANALYTICS_ENDPOINTS.join(', ')}`),
    })
    .noUnknown()
    .required(),
  { strict: true },
);
