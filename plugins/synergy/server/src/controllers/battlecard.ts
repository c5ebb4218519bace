import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { GetBattlecard } from '../../../shared/contracts/battlecard';
import type { SynergyConfig } from '../config';
import { getService } from '../utils/get-service';
import { adminCanRead, contentApiCanRead, type CanReadFactory } from '../utils/can-read';
import { validateBattlecardQuery } from '../validation';

const showBattlecard =
  (strapi: Core.Strapi, canReadFor: CanReadFactory) => async (ctx: Context) => {
    const query = (await validateBattlecardQuery(ctx.query)) as GetBattlecard.Query;
    const config = strapi.config.get('plugin::synergy') as SynergyConfig;
    const staleAfterDays = query.staleAfterDays ?? config.battlecardStaleAfterDays;
    const now = new Date();
    const { data, marking } = await getService(strapi, 'battlecard').getBattlecard(
      ctx.params.documentId,
      {
        canRead: canReadFor(ctx),
        staleAfterDays,
        now,
      },
    );
    const body: GetBattlecard.Response = {
      data,
      meta: { generatedAt: now.toISOString(), staleAfterDays, marking },
    };
    ctx.body = body;
  };

const createBattlecardController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Content API: GET /api/synergy/competitors/:documentId/battlecard (a `findOne`, for read-only tokens) */
  findOne: showBattlecard(strapi, contentApiCanRead),
  /** Admin API: GET /synergy/competitors/:documentId/battlecard */
  adminFindOne: showBattlecard(strapi, adminCanRead),
});

export default createBattlecardController;
