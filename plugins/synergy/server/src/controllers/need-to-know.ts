import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import type { CaveatInput } from '../services/need-to-know';
import { getService } from '../utils/get-service';
import {
  validateCaveatCreateBody,
  validateCaveatUpdateBody,
  validateCompartmentCreateBody,
  validateCompartmentUpdateBody,
} from '../validation';

const idOf = (ctx: Context): number => {
  const id = Number(ctx.params.id);
  if (!Number.isInteger(id) || id < 1)
    throw new errors.ValidationError('id must be a positive integer');
  return id;
};

/** Admin API: /synergy/compartments and /synergy/caveats (SPEC §1.1). */
const createNeedToKnowController = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'need-to-know');
  return {
    async findCompartments(ctx: Context) {
      ctx.body = { data: await service().list('compartment') };
    },
    async createCompartment(ctx: Context) {
      const body = (await validateCompartmentCreateBody(ctx.request.body)) as CaveatInput;
      ctx.status = 201;
      ctx.body = { data: await service().create('compartment', body) };
    },
    async updateCompartment(ctx: Context) {
      const id = idOf(ctx);
      const body = (await validateCompartmentUpdateBody(ctx.request.body)) as CaveatInput;
      ctx.body = { data: await service().update('compartment', id, body) };
    },
    async deleteCompartment(ctx: Context) {
      ctx.body = { data: await service().delete('compartment', idOf(ctx)) };
    },
    async findCaveats(ctx: Context) {
      ctx.body = { data: await service().list('caveat') };
    },
    async createCaveat(ctx: Context) {
      const body = (await validateCaveatCreateBody(ctx.request.body)) as CaveatInput;
      ctx.status = 201;
      ctx.body = { data: await service().create('caveat', body) };
    },
    async updateCaveat(ctx: Context) {
      const id = idOf(ctx);
      const body = (await validateCaveatUpdateBody(ctx.request.body)) as CaveatInput;
      ctx.body = { data: await service().update('caveat', id, body) };
    },
    async deleteCaveat(ctx: Context) {
      ctx.body = { data: await service().delete('caveat', idOf(ctx)) };
    },
  };
};

export default createNeedToKnowController;
