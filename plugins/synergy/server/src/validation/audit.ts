import { yup } from '@strapi/utils';
import { validateQuery } from './query';
import { ACTOR_TYPES, AUDIT_ACTIONS } from '../domain/audit';

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
