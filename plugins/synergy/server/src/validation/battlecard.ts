import { yup } from '@strapi/utils';
import { validateQuery } from './query';

export const battlecardQuerySchema = yup
  .object({
    staleAfterDays: yup.number().integer().min(1).max(3650).meta({
      description:
        'A fact older than this many days is stale (default: the battlecardStaleAfterDays setting, 90)',
    }),
  })
  .noUnknown();

export const validateBattlecardQuery = validateQuery(battlecardQuerySchema);
