/**
 * How the naive reference reads: every record through the Document Service (so through every
 * document middleware, clearance included), page by page, with the relations it needs populated.
 */
import type { Core, UID } from '@strapi/strapi';
import type { AnalyticsQuery } from '../../plugins/synergy/shared/contracts/analytics';
import { resolvePeriod, type Period } from '../../plugins/synergy/server/src/domain/analytics';
import type { SlaTargets } from '../../plugins/synergy/server/src/domain/analytics';

/** A document as the Document Service returns it. */
export type Doc = Record<string, unknown>;

const PAGE = 500;

export interface ReadParams {
  fields?: string[];
  filters?: Record<string, unknown>;
  populate?: Record<string, unknown>;
}

/** Every document of `uid` matching `params`, read in pages of 500. */
export const readAll = async (
  strapi: Core.Strapi,
  uid: UID.ContentType,
  params: ReadParams = {},
): Promise<Doc[]> => {
  const all: Doc[] = [];
  for (let start = 0; ; start += PAGE) {
    const page = (await strapi
      .documents(uid)
      .findMany({ ...params, sort: 'id:asc', start, limit: PAGE } as never)) as unknown as Doc[];
    all.push(...page);
    if (page.length < PAGE) return all;
  }
};

export const num = (doc: Doc | null | undefined, key: string): number | null => {
  const value = doc?.[key];
  if (value == null || value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
};

export const str = (doc: Doc | null | undefined, key: string): string | null =>
  doc?.[key] == null ? null : String(doc[key]);

export const time = (doc: Doc | null | undefined, key: string): number | null =>
  doc?.[key] == null ? null : new Date(String(doc[key])).getTime();

export const one = (doc: Doc, key: string): Doc | null =>
  (doc[key] as Doc | null | undefined) ?? null;

export const many = (doc: Doc, key: string): Doc[] => (doc[key] as Doc[] | null | undefined) ?? [];

/** A record's customer, populated with what the filters need (null when hidden or absent). */
export const withCustomer = { customer: { fields: ['documentId', 'tier', 'type'] } };

/** Inclusive date-range filter on a datetime field. */
export const inPeriod = (field: string, period: Period) => ({
  [field]: { $gte: period.from.toISOString(), $lte: period.to.toISOString() },
});

export const periodOf = (query: AnalyticsQuery, now = new Date()) => resolvePeriod(query, now);

export const slaTargets = (strapi: Core.Strapi): Promise<SlaTargets> =>
  (
    strapi.plugin('synergy').service('settings') as { getSlaTargets: () => Promise<SlaTargets> }
  ).getSlaTargets();

/** Figures compared between the endpoint and the naive reference, by name. */
export type Headline = Record<string, number | null>;

/** What an endpoint is asked: the query string, and the documents of the per-document endpoints. */
export interface NaiveInput {
  query: AnalyticsQuery;
  customer: string;
  strategy: string;
}

export interface NaiveEndpoint {
  /** Name in the results table, and the content-API path it measures (`:customer`, `:strategy` filled in). */
  name: string;
  path: string;
  /** The content types it reads (the extrapolation factor is their record count ratio). */
  reads: UID.ContentType[];
  /**
   * It reads the records of one document (a customer's, a strategy's): its cost does not grow with
   * the data set, so it is measured at the bench's own scale, never extrapolated.
   */
  perDocument?: boolean;
  /** The naive computation, run inside a request context of the same caller as the endpoint. */
  compute: (strapi: Core.Strapi, input: NaiveInput) => Promise<Headline>;
  /** The same figures picked from the endpoint's `data`. */
  pick: (data: unknown) => Headline;
}
