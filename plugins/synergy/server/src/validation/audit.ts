import { yup } from '@strapi/utils';
import { validateQuery } from './query';
import { validateYupSchema } from '@strapi/utils';
import { ACTOR_TYPES, AUDIT_ACTIONS } from '../domain/audit';
import { MAX_MINIMUM_AGE_DAYS } from '../domain/audit-retention';

const auditFilterShape = {
  actorType: yup.string().oneOf([...ACTOR_TYPES]),
  actorId: yup.number().integer().min(1),
  action: yup.string().oneOf([...AUDIT_ACTIONS]),
  contentType: yup.string().max(255),
  recordId: yup.string().max(255),
  from: yup.date().typeError('from must be an ISO date'),
  to: yup.date().typeError('to must be an ISO date'),
};

export const validateAuditQuery = validateQuery(
  yup
    .object({
      ...auditFilterShape,
      page: yup.number().integer().min(1).default(1),
      pageSize: yup.number().integer().min(1).max(200).default(25),
    })
    .noUnknown(),
);

export const validateAuditExportQuery = validateQuery(yup.object(auditFilterShape).noUnknown());

export const validateArchiveBody = validateQuery(
  yup
    .object({
      before: yup.date().typeError('before must be an ISO date').required('before is required'),
    })
    .noUnknown(),
);

/** GET /synergy/audit/stream: `after` an entry id (0 for the start), at most `limit` entries. */
export const validateAuditStreamQuery = validateQuery(
  yup
    .object({
      after: yup
        .number()
        .typeError('after must be an entry id (a whole number, 0 for the start)')
        .integer('after must be an entry id (a whole number, 0 for the start)')
        .min(0, 'after must be an entry id (a whole number, 0 for the start)')
        .default(0),
      limit: yup
        .number()
        .typeError('limit must be a whole number from 1 to 100000')
        .integer('limit must be a whole number from 1 to 100000')
        .min(1, 'limit must be a whole number from 1 to 100000')
        .max(100_000, 'limit must be a whole number from 1 to 100000'),
    })
    .noUnknown(),
);

const minimumAgeDaysMessage = `minimumAgeDays must be a whole number of days from 1 to ${MAX_MINIMUM_AGE_DAYS}`;

/** PUT /synergy/audit/retention */
export const validateAuditRetentionBody = validateYupSchema(
  yup
    .object({
      minimumAgeDays: yup
        .number()
        .typeError(minimumAgeDaysMessage)
        .integer(minimumAgeDaysMessage)
        .min(1, minimumAgeDaysMessage)
        .max(MAX_MINIMUM_AGE_DAYS, minimumAgeDaysMessage)
        .required('minimumAgeDays is required'),
    })
    .noUnknown()
    .required(),
  { strict: true },
);
