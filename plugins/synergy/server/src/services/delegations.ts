import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Delegation, Delegations } from '../../../shared/contracts/reviews';
import type { Principal } from '../domain/workflow';

const DELEGATION_UID = 'plugin::synergy.delegation';

interface DelegationRow {
  id: number;
  delegatorId: number;
  delegateId: number;
  startsOn: string;
  endsOn: string;
  note: string | null;
}

interface UserRow {
  id: number;
  firstname: string | null;
  lastname: string | null;
  email: string;
  isActive: boolean;
  roles?: Array<{ id: number }>;
}

/** Dates are compared as the server's UTC calendar date. */
export const today = (now = new Date()) => now.toISOString().slice(0, 10);

const nameOf = (user: Pick<UserRow, 'firstname' | 'lastname' | 'email'>) =>
  [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email;

const fieldError = (path: string, message: string) =>
  new errors.ValidationError(`${path}: ${message}`, {
    errors: [{ path: [path], message, name: 'ValidationError' }],
  });

/**
 * Stand-ins for approvers (SPEC §3): an approver names a delegate for a date range; meanwhile
 * the delegate decides, in the approver's name, the stages the approver may.
 */
const createDelegationsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const delegations = () => strapi.db.query(DELEGATION_UID);
  const users = async (ids: number[]) =>
    ids.length === 0
      ? []
      : ((await strapi.db.query('admin::user').findMany({
          where: { id: { $in: ids } },
          select: ['id', 'firstname', 'lastname', 'email', 'isActive'],
          populate: { roles: { select: ['id'] } },
        })) as UserRow[]);

  const present = async (rows: DelegationRow[], on = today()): Promise<Delegation[]> => {
    const people = new Map(
      (await users([...new Set(rows.flatMap((row) => [row.delegatorId, row.delegateId]))])).map(
        (user) => [user.id, { id: user.id, name: nameOf(user) }],
      ),
    );
    const person = (id: number) => people.get(id) ?? { id, name: String(id) };
    return rows.map((row) => ({
      id: row.id,
      delegator: person(row.delegatorId),
      delegate: person(row.delegateId),
      startsOn: String(row.startsOn).slice(0, 10),
      endsOn: String(row.endsOn).slice(0, 10),
      note: row.note ?? null,
      active: String(row.startsOn).slice(0, 10) <= on && on <= String(row.endsOn).slice(0, 10),
    }));
  };

  return {
    /** The delegations a user gave and received that have not ended, soonest first. */
    async listFor(userId: number) {
      const rows = (await delegations().findMany({
        where: {
          $or: [{ delegatorId: userId }, { delegateId: userId }],
          endsOn: { $gte: today() },
        },
        orderBy: [{ startsOn: 'asc' }, { id: 'asc' }],
      })) as DelegationRow[];
      const presented = await present(rows);
      return {
        given: presented.filter((delegation) => delegation.delegator.id === userId),
        received: presented.filter((delegation) => delegation.delegate.id === userId),
      };
    },

    /** The active admin users one may name as a stand-in (everyone but oneself). */
    async candidates(userId: number) {
      const rows = (await strapi.db.query('admin::user').findMany({
        where: { isActive: true, id: { $ne: userId } },
        select: ['id', 'firstname', 'lastname', 'email'],
        orderBy: [{ firstname: 'asc' }, { id: 'asc' }],
      })) as UserRow[];
      return rows.map((user) => ({ id: user.id, name: nameOf(user) }));
    },

    /**
     * Names a stand-in for `delegatorId`.
     * @throws ValidationError naming the field: oneself, an unknown or inactive user, a range that
     * has ended, or one overlapping another delegation of theirs.
     */
    async create(delegatorId: number, body: Delegations.CreateBody): Promise<Delegation> {
      if (body.delegateId === delegatorId)
        throw fieldError('delegateId', 'you cannot stand in for yourself');
      const [delegate] = await users([body.delegateId]);
      if (!delegate?.isActive) throw fieldError('delegateId', 'no active admin user has this id');
      if (body.endsOn < today()) throw fieldError('endsOn', 'the range has already ended');
      const overlapping = await delegations().count({
        where: {
          delegatorId,
          startsOn: { $lte: body.endsOn },
          endsOn: { $gte: body.startsOn },
        },
      });
      if (overlapping > 0)
        throw fieldError('startsOn', 'you already have a stand-in for part of these dates');
      const row = (await delegations().create({
        data: {
          delegatorId,
          delegateId: body.delegateId,
          startsOn: body.startsOn,
          endsOn: body.endsOn,
          note: body.note ?? null,
        },
      })) as DelegationRow;
      return (await present([row]))[0];
    },

    /**
     * Ends a delegation: its delegator or a Super Admin.
     * @throws NotFoundError; ForbiddenError for anyone else.
     */
    async remove(actor: { id: number; isSuperAdmin: boolean }, id: number) {
      const row = (await delegations().findOne({ where: { id } })) as DelegationRow | null;
      if (!row) throw new errors.NotFoundError('Delegation not found');
      if (row.delegatorId !== actor.id && !actor.isSuperAdmin)
        throw new errors.ForbiddenError(
          'Only who named the stand-in (or a Super Admin) may end it',
        );
      await delegations().delete({ where: { id } });
    },

    /**
     * The active approvers `delegateId` stands in for on `on` (a date), with their roles. A stand-in
     * acts for the approver's stage roles only: a Super Admin's power to approve any stage is not
     * handed on.
     */
    async standingInFor(delegateId: number, on = today()): Promise<Principal[]> {
      const rows = (await delegations().findMany({
        where: { delegateId, startsOn: { $lte: on }, endsOn: { $gte: on } },
        select: ['delegatorId'],
      })) as Array<Pick<DelegationRow, 'delegatorId'>>;
      return (await users([...new Set(rows.map((row) => row.delegatorId))]))
        .filter((user) => user.isActive)
        .map((user) => ({
          id: user.id,
          name: nameOf(user),
          roleIds: (user.roles ?? []).map((role) => role.id),
          isSuperAdmin: false,
        }));
    },

    /** The active stand-ins of these approvers today (they get the approvers' e-mails too). */
    async delegatesOf(delegatorIds: number[], on = today()): Promise<number[]> {
      if (delegatorIds.length === 0) return [];
      const rows = (await delegations().findMany({
        where: {
          delegatorId: { $in: delegatorIds },
          startsOn: { $lte: on },
          endsOn: { $gte: on },
        },
        select: ['delegateId'],
      })) as Array<Pick<DelegationRow, 'delegateId'>>;
      return [...new Set(rows.map((row) => row.delegateId))];
    },
  };
};

export type DelegationsService = ReturnType<typeof createDelegationsService>;

export default createDelegationsService;
