import { errors, validateYupSchema, yup } from '@strapi/utils';
import { CUSTOMER_TIERS, CUSTOMER_TYPES, PRODUCT_DOMAINS } from '../../../shared/enumerations';
import { PRIORITIES } from '../domain/analytics';
import { validateQuery } from './query';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

const isoDate = (name: string, description: string) =>
  yup
    .string()
    .meta({ description, pattern: ISO_DATE.source })
    .test('iso-date', `${name} must be an ISO date (YYYY-MM-DD or an ISO date-time)`, (value) =>
      value == null
        ? true
        : ISO_DATE.test(value) &&
          !Number.isNaN(new Date(value.length === 10 ? `${value}T00:00:00Z` : value).getTime()),
    );

const analyticsFields = {
  from: isoDate('from', 'ISO date or date-time, inclusive (default: to − 365 days)'),
  to: isoDate('to', 'ISO date (the whole day) or date-time, inclusive (default: now)'),
  tier: yup
    .string()
    .oneOf([...CUSTOMER_TIERS], `tier must be one of ${CUSTOMER_TIERS.join(', ')}`)
    .meta({ description: 'Customer tier' }),
  type: yup
    .string()
    .oneOf([...CUSTOMER_TYPES], `type must be one of ${CUSTOMER_TYPES.join(', ')}`)
    .meta({ description: 'Customer type' }),
  domain: yup
    .string()
    .oneOf([...PRODUCT_DOMAINS], `domain must be one of ${PRODUCT_DOMAINS.join(', ')}`)
    .meta({ description: 'Product domain (through the records’ products)' }),
};

const startOf = (value: string) =>
  new Date(value.length === 10 ? `${value}T00:00:00.000Z` : value).getTime();
const endOf = (value: string) =>
  new Date(value.length === 10 ? `${value}T23:59:59.999Z` : value).getTime();

/** A period must not end before it starts. */
const withOrderedPeriod =
  <T extends { from?: string; to?: string }>(validate: (query: unknown) => Promise<T>) =>
  async (query: unknown): Promise<T> => {
    const value = await validate(query);
    if (value.from && value.to && startOf(value.from) > endOf(value.to)) {
      throw new errors.ValidationError('from must not be after to', {
        errors: [{ path: ['from'], message: 'from must not be after to', name: 'ValidationError' }],
      });
    }
    return value;
  };

export interface AnalyticsQueryInput {
  from?: string;
  to?: string;
  tier?: string;
  type?: string;
  domain?: string;
}

/** The query schemas, also the source of the OpenAPI parameters (documentation/openapi.ts). */
export const analyticsQuerySchema = yup.object(analyticsFields).noUnknown();
export const impactQuerySchema = yup
  .object({
    ...analyticsFields,
    window: yup.number().integer().min(1).max(3650).default(180).meta({ description: 'W in days' }),
  })
  .noUnknown();
export const noQuerySchema = yup.object({}).noUnknown();

export const validateAnalyticsQuery = withOrderedPeriod(
  validateQuery(analyticsQuerySchema) as (query: unknown) => Promise<AnalyticsQueryInput>,
);

export const validateImpactQuery = withOrderedPeriod(
  validateQuery(impactQuerySchema) as (
    query: unknown,
  ) => Promise<AnalyticsQueryInput & { window: number }>,
);

/** Route parameters only: no query keys. */
export const validateNoQuery = validateQuery(noQuerySchema);

const hours = (name: string) =>
  yup.number().typeError(`${name} must be a number`).min(0).max(100_000).required();

const settingsSchema = yup
  .object({
    slaTargets: yup
      .object(
        Object.fromEntries(
          PRIORITIES.map((priority) => [
            priority,
            yup
              .object({
                responseHours: hours(`slaTargets.${priority}.responseHours`),
                resolveHours: hours(`slaTargets.${priority}.resolveHours`),
              })
              .noUnknown()
              .required(),
          ]),
        ),
      )
      .noUnknown()
      .required(),
  })
  .noUnknown()
  .required();

export const validateSettingsBody = validateYupSchema(settingsSchema, { strict: true });
