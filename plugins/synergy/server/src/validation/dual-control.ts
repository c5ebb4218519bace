import { yup, validateYupSchema } from '@strapi/utils';
import { DUAL_CONTROL_ACTIONS, DUAL_CONTROL_STATES } from '../../../shared/contracts/dual-control';
import { MAX_EXPIRES_AFTER_HOURS } from '../domain/dual-control';
import { validateQuery } from './query';

const ruleSchema = (action: string) =>
  yup
    .object({
      enabled: yup
        .boolean()
        .typeError(`${action}.enabled must be true or false`)
        .required(`${action}.enabled is required`),
      threshold: yup
        .number()
        .typeError(`${action}.threshold must be a number`)
        .integer(`${action}.threshold must be a whole number`)
        .min(0, `${action}.threshold must be 0 or more`),
      approverRoles: yup
        .array(
          yup
            .number()
            .typeError(`${action}.approverRoles must list admin role ids`)
            .integer()
            .required(),
        )
        .typeError(`${action}.approverRoles must list admin role ids`)
        .max(100)
        .required(`${action}.approverRoles is required`),
      expiresAfterHours: yup
        .number()
        .typeError(`${action}.expiresAfterHours must be a number`)
        .integer(`${action}.expiresAfterHours must be a whole number of hours`)
        .min(1, `${action}.expiresAfterHours must be from 1 to ${MAX_EXPIRES_AFTER_HOURS}`)
        .max(
          MAX_EXPIRES_AFTER_HOURS,
          `${action}.expiresAfterHours must be from 1 to ${MAX_EXPIRES_AFTER_HOURS}`,
        )
        .required(`${action}.expiresAfterHours is required`),
    })
    .noUnknown()
    .default(undefined);

/**
 * PUT /synergy/dual-control/settings: the rules of some actions, by action; which roles exist
 * is checked by the service. An unknown action is a 400 naming it.
 */
export const validateDualControlSettingsBody = validateYupSchema(
  yup
    .object(Object.fromEntries(DUAL_CONTROL_ACTIONS.map((action) => [action, ruleSchema(action)])))
    .noUnknown(
      true,
      (params) =>
        `${String((params as { unknown?: unknown }).unknown)} is not an action of the two-person rule`,
    )
    .required(),
  { strict: true },
);

/** POST /synergy/dual-control/requests/:id/approve | reject */
export const validateDecisionBody = validateYupSchema(
  yup
    .object({
      reason: yup.string().max(2000, 'reason must be at most 2000 characters'),
      version: yup.number().typeError('version must be a number').integer().min(0),
    })
    .noUnknown()
    .default({}),
  { strict: true },
);

export const validateDualControlListQuery = validateQuery(
  yup
    .object({
      state: yup
        .string()
        .oneOf([...DUAL_CONTROL_STATES], `state must be one of ${DUAL_CONTROL_STATES.join(', ')}`),
    })
    .noUnknown(),
);
