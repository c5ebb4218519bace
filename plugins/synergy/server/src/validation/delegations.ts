import { yup, validateYupSchema } from '@strapi/utils';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The longest delegation: a year (a stand-in is for an absence, not a standing arrangement). */
export const MAX_DELEGATION_DAYS = 366;

const isoDate = (name: string) =>
  yup
    .string()
    .matches(ISO_DATE, `${name} must be a date (YYYY-MM-DD)`)
    .test('real-date', `${name} must be a real date`, (value) => {
      if (!value || !ISO_DATE.test(value)) return true;
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    })
    .required(`${name} is required`);

const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

export const validateDelegationBody = validateYupSchema(
  yup
    .object({
      delegateId: yup
        .number()
        .typeError('delegateId must be an admin user id')
        .integer('delegateId must be an admin user id')
        .min(1, 'delegateId must be an admin user id')
        .required('delegateId is required'),
      startsOn: isoDate('startsOn'),
      endsOn: isoDate('endsOn')
        .test('not-before-start', 'endsOn must not be before startsOn', function notBefore(value) {
          const { startsOn } = this.parent as { startsOn?: string };
          return !value || !startsOn || daysBetween(startsOn, value) >= 0;
        })
        .test(
          'at-most-a-year',
          `endsOn must be at most ${MAX_DELEGATION_DAYS} days after startsOn`,
          function atMostAYear(value) {
            const { startsOn } = this.parent as { startsOn?: string };
            return !value || !startsOn || daysBetween(startsOn, value) <= MAX_DELEGATION_DAYS;
          },
        ),
      note: yup.string().max(500, 'note must be at most 500 characters').nullable(),
    })
    .noUnknown()
    .required(),
  { strict: true },
);
