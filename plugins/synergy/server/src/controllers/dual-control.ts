import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import type {
  DecideDualControlRequest,
  DualControlState,
  GetDualControlRequests,
  GetDualControlSettings,
  UpdateDualControlSettings,
} from '../../../shared/contracts/dual-control';
import type { Decider } from '../services/dual-control';
import { getService } from '../utils/get-service';
import {
  validateDecisionBody,
  validateDualControlListQuery,
  validateDualControlSettingsBody,
} from '../validation';

interface AdminState {
  user: {
    id: number;
    firstname?: string | null;
    lastname?: string | null;
    email: string;
    roles?: Array<{ id: number; code?: string }>;
  };
}

const deciderOf = (ctx: Context): Decider => {
  const { user } = ctx.state as AdminState;
  return {
    id: user.id,
    name: [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email,
    roles: user.roles ?? [],
  };
};

const requestId = (ctx: Context) => {
  const id = Number(ctx.params.id);
  if (!Number.isInteger(id) || id < 1)
    throw new errors.ValidationError('id must be a positive integer', {
      errors: [{ path: ['id'], message: 'id must be a positive integer', name: 'ValidationError' }],
    });
  return id;
};

const sendAttachment = (ctx: Context, filename: string, type: string, body: string | Buffer) => {
  ctx.set('Content-Type', type);
  ctx.set('Content-Disposition', `attachment; filename="${filename}"`);
  ctx.body = body;
};

/** Admin API of the two-person rule (SPEC §1): settings, requests, decisions, approved runs. */
const createDualControlController = ({ strapi }: { strapi: Core.Strapi }) => {
  const dualControl = () => getService(strapi, 'dual-control');
  return {
    /** GET /synergy/dual-control/settings */
    async findSettings(ctx: Context) {
      ctx.body =
        (await dualControl().getSettingsWithRoles()) satisfies GetDualControlSettings.Response;
    },

    /** PUT /synergy/dual-control/settings */
    async updateSettings(ctx: Context) {
      const body = (await validateDualControlSettingsBody(
        ctx.request.body,
      )) as UpdateDualControlSettings.Request;
      ctx.body = {
        data: await dualControl().updateSettings(body as Record<string, unknown>),
      } satisfies UpdateDualControlSettings.Response;
    },

    /** GET /synergy/dual-control/requests?state= */
    async find(ctx: Context) {
      const { state } = (await validateDualControlListQuery(ctx.query)) as {
        state?: DualControlState;
      };
      ctx.body = {
        data: await dualControl().list(deciderOf(ctx), state),
      } satisfies GetDualControlRequests.Response;
    },

    /** POST /synergy/dual-control/requests/:id/approve */
    async approve(ctx: Context) {
      const id = requestId(ctx);
      const body = (await validateDecisionBody(
        ctx.request.body ?? {},
      )) as DecideDualControlRequest.Body;
      ctx.body = {
        data: await dualControl().approve(id, deciderOf(ctx), body),
      } satisfies DecideDualControlRequest.Response;
    },

    /** POST /synergy/dual-control/requests/:id/reject */
    async reject(ctx: Context) {
      const id = requestId(ctx);
      const body = (await validateDecisionBody(
        ctx.request.body ?? {},
      )) as DecideDualControlRequest.Body;
      ctx.body = {
        data: await dualControl().reject(id, deciderOf(ctx), body),
      } satisfies DecideDualControlRequest.Response;
    },

    /** GET /synergy/dual-control/requests/:id/export: the approved export's file, once. */
    async runExport(ctx: Context) {
      const run = await dualControl().runApproved(requestId(ctx), 'export-records', deciderOf(ctx));
      if (run.kind !== 'export-records') return;
      ctx.set('X-Exported-Rows', String(run.file.rows));
      sendAttachment(ctx, run.file.filename, run.file.contentType, run.file.body);
    },

    /** POST /synergy/dual-control/requests/:id/archive: runs the approved archive, answers its CSV. */
    async runArchive(ctx: Context) {
      const run = await dualControl().runApproved(requestId(ctx), 'archive-audit', deciderOf(ctx));
      if (run.kind !== 'archive-audit' || !('csv' in run.archived)) return;
      ctx.set('X-Archived-Entries', String(run.archived.removed));
      sendAttachment(
        ctx,
        `audit-archive-before-${run.before.toISOString().slice(0, 10)}.csv`,
        'text/csv; charset=utf-8',
        run.archived.csv,
      );
    },
  };
};

export default createDualControlController;
