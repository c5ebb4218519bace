import type { Core, Modules, UID } from '@strapi/strapi';
import { isTrackedKind } from '../services/data-versions';
import { getService } from '../utils/get-service';

type Middleware = Modules.Documents.Middleware.Middleware;

const READ_ACTIONS = ['findMany', 'findOne', 'findFirst', 'count'];

/**
 * The types a write changes: its own, and those whose link tables it writes from the inverse side
 * of a relation (a customer saved with `strategies` changes the strategies' `targetCustomers`).
 * Links set from the owning side live in the written type's own link tables.
 */
const changedKinds = (strapi: Core.Strapi, uid: UID.ContentType, data: unknown): string[] => {
  const kinds: string[] = [uid];
  if (typeof data !== 'object' || data === null) return kinds;
  const attributes = strapi.getModel(uid)?.attributes ?? {};
  for (const name of Object.keys(data)) {
    const attribute = attributes[name] as
      { type: string; target?: string; mappedBy?: string } | undefined;
    if (
      attribute?.type === 'relation' &&
      attribute.mappedBy &&
      attribute.target &&
      isTrackedKind(attribute.target)
    )
      kinds.push(attribute.target);
  }
  return kinds;
};

/**
 * Raises the data versions of the CRM types a successful write changed, so that cached analytics
 * on every app instance are recomputed (services/data-versions.ts). Runs after the write: a
 * refused or failed write raises nothing.
 */
export const trackDataVersions =
  ({ strapi }: { strapi: Core.Strapi }): Middleware =>
  async (ctx, next) => {
    const result = await next();
    if (READ_ACTIONS.includes(ctx.action) || !isTrackedKind(ctx.uid)) return result;
    const { data } = ctx.params as { data?: unknown };
    await getService(strapi, 'data-versions').bump(
      changedKinds(strapi, ctx.uid as UID.ContentType, data),
    );
    return result;
  };
