import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CAVEATS_FIELD, violatedCaveats } from '../domain/need-to-know';

type Context = Modules.Documents.Middleware.Context;

export const BRAND_MATERIAL_UID = 'api::brand-material.brand-material';
const STRATEGY_UID = 'api::strategy.strategy';

/** A relation value of a write body as a where clause on its target, undefined when not sent. */
const referenceOf = (value: unknown): Record<string, unknown> | null | undefined => {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value === 'string') return { documentId: value };
  if (typeof value === 'number') return { id: value };
  if (typeof value !== 'object') return undefined;
  const shape = value as Record<string, unknown>;
  for (const key of ['set', 'connect']) {
    if (shape[key] === undefined) continue;
    const list = Array.isArray(shape[key]) ? (shape[key] as unknown[]) : [shape[key]];
    return list.length === 0 ? null : referenceOf(list[list.length - 1]);
  }
  if (typeof shape.documentId === 'string') return { documentId: shape.documentId };
  if (typeof shape.id === 'number') return { id: shape.id };
  return undefined;
};

/**
 * The release-caveat gate of a brand material's publication (SPEC §1.1): its linked strategy and
 * that strategy's products may carry no caveat the material's audience violates (`public`,
 * `export`). Read past the caller's visibility: the rule holds whoever publishes.
 * @throws PolicyError (403) naming the caveat and the record.
 */
export const checkReleaseCaveats = async (
  strapi: Core.Strapi,
  ctx: Context,
  data: Record<string, unknown>,
) => {
  const params = ctx.params as { documentId?: string; locale?: string };
  const stored = params.documentId
    ? ((await strapi.db.query(BRAND_MATERIAL_UID as never).findOne({
        where: {
          documentId: params.documentId,
          ...(params.locale ? { locale: params.locale } : {}),
        },
        select: ['audience'],
        populate: { strategy: { select: ['id'] } },
      })) as { audience?: string | null; strategy?: { id: number } | null } | null)
    : null;
  const audience = data.audience !== undefined ? data.audience : stored?.audience;
  const sent = referenceOf(data.strategy);
  const strategyWhere =
    sent !== undefined ? sent : stored?.strategy ? { id: stored.strategy.id } : null;
  if (!strategyWhere || !['public', 'export'].includes(String(audience))) return;
  const strategy = (await strapi.db.query(STRATEGY_UID as never).findOne({
    where: strategyWhere,
    select: ['title', CAVEATS_FIELD],
    populate: { products: { select: ['name', CAVEATS_FIELD] } },
  })) as {
    title: string;
    caveats?: unknown;
    products?: Array<{ name: string; caveats?: unknown }>;
  } | null;
  if (!strategy) return;
  const [violation] = violatedCaveats(audience, [
    { label: `strategy "${strategy.title}"`, caveats: strategy.caveats },
    ...(strategy.products ?? []).map((product) => ({
      label: `product "${product.name}"`,
      caveats: product.caveats,
    })),
  ]);
  if (!violation) return;
  const message = `Publishing this brand material to the ${String(audience)} audience is refused: its ${violation.label} carries the release caveat "${violation.caveat}"`;
  throw new errors.PolicyError(message, {
    errors: [{ path: ['audience'], message, name: 'PolicyError' }],
  });
};
