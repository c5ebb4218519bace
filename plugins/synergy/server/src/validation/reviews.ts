import { yup, validateYupSchema } from '@strapi/utils';
import { REVIEW_STATES } from '../../../shared/contracts/reviews';
import { validateQuery } from './query';

export const validateListReviewsQuery = validateQuery(
  yup
    .object({
      mine: yup.boolean().typeError('mine must be true or false'),
      state: yup
        .string()
        .oneOf([...REVIEW_STATES], `state must be one of ${REVIEW_STATES.join(', ')}`),
      stage: yup.string().max(100),
      contentType: yup.string().max(255),
      documentId: yup.string().max(255),
      submitter: yup.number().integer().min(1).typeError('submitter must be an admin user id'),
      page: yup.number().integer().min(1).default(1),
      pageSize: yup.number().integer().min(1).max(100).default(25),
    })
    .noUnknown(),
);

export const reviewHistoryQuerySchema = yup
  .object({
    contentType: yup
      .string()
      .max(255)
      .meta({ description: 'A content-type uid, e.g. api::strategy.strategy' }),
    documentId: yup.string().max(255).meta({ description: 'The reviewed document' }),
    state: yup
      .string()
      .oneOf([...REVIEW_STATES], `state must be one of ${REVIEW_STATES.join(', ')}`),
    page: yup.number().integer().min(1).default(1),
    pageSize: yup.number().integer().min(1).max(100).default(25),
  })
  .noUnknown();

export const validateReviewHistoryQuery = validateQuery(reviewHistoryQuerySchema);

export const validateDocumentReviewQuery = validateQuery(
  yup
    .object({
      contentType: yup.string().required('contentType is required'),
      documentId: yup.string().required('documentId is required'),
    })
    .noUnknown(),
);

export const validateSubmitBody = validateYupSchema(
  yup
    .object({
      contentType: yup.string().required('contentType is required'),
      documentId: yup.string().required('documentId is required'),
      version: yup.number().integer().min(0).default(0),
      comment: yup.string().max(2000).nullable(),
    })
    .noUnknown()
    .required(),
  { strict: true },
);

export const validateActionBody = validateYupSchema(
  yup
    .object({
      version: yup.number().integer().min(0).required('version is required'),
      comment: yup.string().max(2000).nullable(),
    })
    .noUnknown()
    .required(),
  { strict: true },
);

/** Whole hours, 1 to 90 days, or null for "off". */
const hoursField = (name: string) =>
  yup
    .number()
    .typeError(`${name} must be a number of hours`)
    .integer(`${name} must be a whole number of hours`)
    .min(1, `${name} must be at least 1 hour`)
    .max(2160, `${name} must be at most 2160 hours (90 days)`)
    .nullable()
    .default(null);

export const validateWorkflowBody = validateYupSchema(
  yup
    .object({
      name: yup.string().trim().min(1).max(255).required('name is required'),
      contentTypes: yup
        .array(yup.string().required())
        .min(1, 'contentTypes needs at least one content type')
        .required('contentTypes is required'),
      stages: yup
        .array(
          yup
            .object({
              key: yup
                .string()
                .matches(
                  /^[a-z0-9-]+$/,
                  'stage key may contain lowercase letters, digits and hyphens',
                )
                .required('stage key is required'),
              name: yup.string().trim().min(1).max(255).required('stage name is required'),
              approverRoles: yup
                .array(yup.number().integer().min(1).required())
                .min(1, 'a stage needs at least one approver role')
                .required(),
              requiredApprovals: yup
                .number()
                .integer()
                .min(1, 'requiredApprovals must be at least 1')
                .max(20)
                .required(),
            })
            .noUnknown(),
        )
        .min(1, 'stages needs at least one stage')
        .test(
          'unique-keys',
          'stage keys must be unique',
          (stages) =>
            new Set((stages ?? []).map((stage) => stage.key)).size === (stages ?? []).length,
        )
        .required('stages is required'),
      reminders: yup
        .object({
          remindAfterHours: hoursField('reminders.remindAfterHours'),
          escalateAfterHours: hoursField('reminders.escalateAfterHours').test(
            'after-reminder',
            'reminders.escalateAfterHours must be later than reminders.remindAfterHours',
            function laterThanReminder(value) {
              const remind = (this.parent as { remindAfterHours?: number | null }).remindAfterHours;
              // A reminder that is not a number has its own error.
              return value == null || typeof remind !== 'number' || value > remind;
            },
          ),
          escalationRoles: yup
            .array(yup.number().integer().min(1).required())
            .default([])
            .test(
              'needed-to-escalate',
              'reminders.escalationRoles needs at least one role when reminders.escalateAfterHours is set',
              function rolesToEscalateTo(roles) {
                const after = (this.parent as { escalateAfterHours?: number | null })
                  .escalateAfterHours;
                return after == null || (roles ?? []).length > 0;
              },
            ),
        })
        .noUnknown()
        .default(undefined),
    })
    .noUnknown()
    .required(),
  { strict: true },
);
