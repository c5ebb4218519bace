import type { Core, Modules } from '@strapi/strapi';
import { crmType } from '../domain/crm-content-types';
import {
  GOVERNED_ARRAY_FIELDS,
  lowersClassification,
  removedItems,
  type DualControlAction,
} from '../domain/dual-control';
import { getModel } from '../utils/get-model';
import { getService } from '../utils/get-service';
import { storedDocument, type StoredRow } from './stored-document';

type Middleware = Modules.Documents.Middleware.Middleware;

interface UpdateParams {
  documentId: string;
  locale?: string;
  status?: string;
  data?: Record<string, unknown>;
  fields?: unknown;
  populate?: unknown;
}

/**
 * Which two-person action an update of a CRM record is, if any: lowering its `classification`,
 * or removing items of a governed array field (GOVERNED_ARRAY_FIELDS) that its type has. The
 * array check compares the stored value with the incoming one by item identity
 * (domain/dual-control.ts `removedItems`), so a field added later is governed by listing it there.
 */
const governedChange = (
  attributes: Record<string, unknown>,
  stored: StoredRow,
  data: Record<string, unknown>,
): { action: DualControlAction; field: string; detail: string } | null => {
  if (lowersClassification(stored.classification, data.classification))
    return {
      action: 'lower-classification',
      field: 'classification',
      detail: `${String(stored.classification)} → ${String(data.classification)}`,
    };
  for (const { action, field } of GOVERNED_ARRAY_FIELDS) {
    if (!(field in attributes)) continue;
    const removed = removedItems(stored[field], data[field]);
    if (removed.length > 0) return { action, field, detail: `removes ${removed.join(', ')}` };
  }
  return null;
};

/**
 * The two-person rule on record updates (SPEC §1): an update of a CRM record that lowers its
 * classification (or removes a compartment or caveat) is held as a request when the rule is on:
 * nothing is written, the record comes back unchanged and the route answers 202 with the request
 * (utils/held-for-approval.ts). The replay of an approved request, and code without a request,
 * pass.
 */
export const requireSecondPerson =
  ({ strapi }: { strapi: Core.Strapi }): Middleware =>
  async (ctx, next) => {
    if (ctx.action !== 'update' || !crmType(ctx.uid)) return next();
    const params = ctx.params as UpdateParams;
    const data = params.data ?? {};
    const stored = await storedDocument(strapi, ctx);
    const row = (await stored)?.version({ locale: params.locale }) ?? null;
    if (!row) return next();
    const change = governedChange(getModel(strapi, ctx.uid)?.attributes ?? {}, row, data);
    if (!change) return next();
    const held = await getService(strapi, 'dual-control').intercept(change.action, {
      payload: {
        uid: ctx.uid,
        field: change.field,
        params: {
          documentId: params.documentId,
          ...(params.locale ? { locale: params.locale } : {}),
          ...(params.status ? { status: params.status } : {}),
          data,
        },
      },
      summary: `Update ${ctx.uid} ${params.documentId}: ${change.field} ${change.detail}`,
    });
    if (!held) return next();
    return strapi.documents(ctx.uid).findOne({
      documentId: params.documentId,
      ...(params.locale ? { locale: params.locale } : {}),
      ...(params.status ? { status: params.status as 'draft' | 'published' } : {}),
      ...(params.fields ? { fields: params.fields } : {}),
      ...(params.populate ? { populate: params.populate } : {}),
    } as never);
  };
