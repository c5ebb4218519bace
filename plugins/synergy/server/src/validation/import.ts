import { errors, yup, validateYupSchema } from '@strapi/utils';
import {
  DUPLICATE_ACTIONS,
  IMPORT_MODES,
  IMPORTABLE_TYPES,
} from '../../../shared/contracts/import';
import { validateQuery } from './query';

/** The route's `:type`. */
export const validateImportType = validateYupSchema(
  yup.object({
    type: yup
      .string()
      .oneOf([...IMPORTABLE_TYPES], `type must be one of ${IMPORTABLE_TYPES.join(', ')}`)
      .required('type is required'),
  }),
  { strict: true },
);

/** The multipart fields besides `file` (all text). */
export const validateImportBody = validateQuery(
  yup
    .object({
      mapping: yup.string(),
      mode: yup
        .string()
        .oneOf([...IMPORT_MODES], `mode must be ${IMPORT_MODES.join(' or ')}`)
        .default('dry-run'),
      onDuplicate: yup
        .string()
        .oneOf([...DUPLICATE_ACTIONS], `onDuplicate must be ${DUPLICATE_ACTIONS.join(', ')}`)
        .default('skip'),
      skipInvalid: yup
        .string()
        .oneOf(['true', 'false'], 'skipInvalid must be true or false')
        .default('false'),
    })
    .noUnknown(),
);

/** `mapping`: a JSON object of column header → field name, "" or null. */
export const parseImportMapping = (
  text: string | undefined,
): Record<string, string | null> | undefined => {
  if (text === undefined || text.trim() === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new errors.ValidationError(
      'mapping must be JSON: an object of column header → field name',
    );
  }
  const isMapping =
    typeof parsed === 'object' &&
    parsed !== null &&
    !Array.isArray(parsed) &&
    Object.values(parsed).every((field) => field === null || typeof field === 'string');
  if (!isMapping)
    throw new errors.ValidationError(
      'mapping must be an object of column header → field name (or "" to ignore)',
    );
  return parsed as Record<string, string | null>;
};
