import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  isClassification,
  levelRank,
  seesEveryLevel,
  type Classification,
} from '../domain/classification';
import { getService } from '../utils/get-service';

/** Who is calling, as far as clearance is concerned. */
export type Caller =
  | { kind: 'system' }
  | { kind: 'public' }
  | { kind: 'api-token' }
  | { kind: 'api-user'; id: number }
  | { kind: 'admin'; id: number; isSuperAdmin: boolean };

interface RequestState {
  auth?: { strategy?: { name?: string }; credentials?: { id?: number } | null };
  /** The authenticated user as its strategy loaded it (a Users & Permissions user has its clearance). */
  user?: { id: number; roles?: Array<{ code?: string }>; clearance?: unknown };
  route?: { info?: { type?: string } };
  synergyClearance?: Classification;
}

const SUPER_ADMIN_CODE = 'strapi-super-admin';

const createClearanceService = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () =>
    strapi.config.get('plugin::synergy') as { apiTokenClearance: Classification };

  const service = {
    /**
     * Whether the holder of `clearance` sees every record, so reads need no clearance condition:
     * the one place that says so (a rule narrowing what a caller sees must make this false).
     */
    seesEverything(clearance: Classification): boolean {
      return seesEveryLevel(clearance);
    },

    /** Identifies the caller of the current request; code without a request is the system. */
    currentCaller(): Caller {
      const ctx = strapi.requestContext.get();
      if (!ctx) return { kind: 'system' };
      const state = ctx.state as RequestState;
      const strategy = state.auth?.strategy?.name;
      if (strategy === 'admin' && state.user) {
        const isSuperAdmin = (state.user.roles ?? []).some(
          (role) => role.code === SUPER_ADMIN_CODE,
        );
        return { kind: 'admin', id: state.user.id, isSuperAdmin };
      }
      if (strategy === 'content-api-token') return { kind: 'api-token' };
      if (strategy === 'users-permissions' && state.auth?.credentials?.id) {
        return { kind: 'api-user', id: state.auth.credentials.id };
      }
      // A content-API request without credentials, or one that has not authenticated yet.
      return { kind: 'public' };
    },

    /** The clearance of an admin user: their clearance record, `internal` without one, `secret` for Super Admins. */
    async forAdminUser(user: {
      id: number;
      roles?: Array<{ code?: string }>;
    }): Promise<Classification> {
      if ((user.roles ?? []).some((role) => role.code === SUPER_ADMIN_CODE)) return 'secret';
      const record = await strapi.db.query('plugin::synergy.clearance').findOne({
        where: { user: { id: user.id } },
        select: ['level'],
      });
      return isClassification(record?.level) ? record.level : 'internal';
    },

    /** The clearance of a users-permissions user (`public` by default). */
    async forApiUser(id: number): Promise<Classification> {
      const user = await strapi.db
        .query('plugin::users-permissions.user')
        .findOne({ where: { id }, select: ['clearance'] });
      return isClassification(user?.clearance) ? user.clearance : 'public';
    },

    /**
     * The clearance of the current caller, or null for code running without a request
     * (bootstrap, seeding, jobs), which is not restricted. Cached on the request.
     */
    async currentClearance(): Promise<Classification | null> {
      const ctx = strapi.requestContext.get();
      const state = ctx?.state as RequestState | undefined;
      if (state?.synergyClearance) return state.synergyClearance;
      const caller = service.currentCaller();
      let clearance: Classification | null;
      switch (caller.kind) {
        case 'system':
          return null;
        case 'public':
          // Not cached: authentication may still be under way.
          return 'public';
        case 'api-token':
          clearance = config().apiTokenClearance;
          break;
        case 'api-user':
          // Users & Permissions loaded the whole user row for this request: no second read.
          clearance =
            state?.user?.id === caller.id && isClassification(state.user.clearance)
              ? state.user.clearance
              : await service.forApiUser(caller.id);
          break;
        case 'admin':
          clearance = caller.isSuperAdmin
            ? 'secret'
            : await service.forAdminUser({ id: caller.id });
          break;
      }
      if (state) state.synergyClearance = clearance;
      return clearance;
    },
  };
  return Object.assign(service, {
    /** Every admin user with their clearance, for the settings page. */
    async listAdminClearances() {
      const [users, records] = await Promise.all([
        strapi.db.query('admin::user').findMany({
          select: ['id', 'firstname', 'lastname', 'email', 'isActive'],
          populate: { roles: { select: ['name', 'code'] } },
          orderBy: { id: 'asc' },
        }),
        strapi.db
          .query('plugin::synergy.clearance')
          .findMany({ populate: { user: { select: ['id'] } } }),
      ]);
      const recordOf = new Map(
        records.map((record: { user?: { id: number }; level: Classification; note?: string }) => [
          record.user?.id,
          record,
        ]),
      );
      return users.map(
        (user: {
          id: number;
          firstname: string;
          lastname: string;
          email: string;
          isActive: boolean;
          roles: Array<{ name: string; code: string }>;
        }) => {
          const isSuperAdmin = user.roles.some((role) => role.code === SUPER_ADMIN_CODE);
          const record = recordOf.get(user.id) as
            { level: Classification; note?: string } | undefined;
          return {
            id: user.id,
            firstname: user.firstname,
            lastname: user.lastname,
            email: user.email,
            isActive: user.isActive,
            roles: user.roles.map((role) => role.name),
            isSuperAdmin,
            level: isSuperAdmin ? 'secret' : (record?.level ?? 'internal'),
            explicit: Boolean(record),
            note: record?.note ?? null,
          };
        },
      );
    },

    /**
     * Sets an admin user's clearance.
     * @throws NotFoundError for an unknown user; ValidationError for a Super Admin (always secret);
     * PolicyError when `grantedBy` would grant above their own clearance.
     */
    async setAdminClearance(
      userId: number,
      level: Classification,
      note: string | null | undefined,
      grantedBy: Classification,
    ) {
      const user = await strapi.db
        .query('admin::user')
        .findOne({ where: { id: userId }, populate: { roles: { select: ['code'] } } });
      if (!user) throw new errors.NotFoundError('Admin user not found');
      if ((user.roles as Array<{ code: string }>).some((role) => role.code === SUPER_ADMIN_CODE)) {
        throw new errors.ValidationError(
          'level cannot be changed for a Super Admin, whose clearance is always secret',
        );
      }
      if (levelRank(level) > levelRank(grantedBy)) {
        throw new errors.PolicyError(`level "${level}" is above your own clearance "${grantedBy}"`);
      }
      const query = strapi.db.query('plugin::synergy.clearance');
      const existing = await query.findOne({ where: { user: { id: userId } } });
      const saved = existing
        ? await query.update({ where: { id: existing.id }, data: { level, note: note ?? null } })
        : await query.create({ data: { user: userId, level, note: note ?? null } });
      getService(strapi, 'audit').record({
        ...getService(strapi, 'audit').currentActor(),
        occurredAt: new Date(),
        action: existing ? 'update' : 'create',
        contentType: 'plugin::synergy.clearance',
        recordId: String(userId),
        classification: null,
        changedFields: ['level', ...(note !== undefined ? ['note'] : [])],
        details: { level },
      });
      return { userId, level: saved.level as Classification, note: saved.note ?? null };
    },
  });
};

export type ClearanceService = ReturnType<typeof createClearanceService>;

export default createClearanceService;
