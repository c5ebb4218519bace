import { useQueryParams } from '@strapi/strapi/admin';
import { useLocation, useNavigate } from 'react-router-dom';
import type {
  CustomerTier,
  CustomerType,
  ProductDomain,
} from '../../../shared/contracts/analytics';
import { CUSTOMER_TIERS, CUSTOMER_TYPES, PRODUCT_DOMAINS } from '../../../shared/enumerations';

export { CUSTOMER_TIERS, CUSTOMER_TYPES, PRODUCT_DOMAINS };

/** The analytics filters as the URL keeps them, so that a view can be shared by its address. */
export interface AnalyticsFilterValues {
  /** YYYY-MM-DD */
  from?: string;
  /** YYYY-MM-DD */
  to?: string;
  tier?: CustomerTier;
  type?: CustomerType;
  domain?: ProductDomain;
  /** Impact window W in days. */
  window?: number;
}

export const FILTER_KEYS = ['from', 'to', 'tier', 'type', 'domain', 'window'] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  typeof value === 'string' && (values as readonly string[]).includes(value)
    ? (value as T)
    : undefined;

/** Keeps only well-formed values, so a hand-edited address never sends the server a 400. */
export const parseAnalyticsFilters = (query: Record<string, unknown>): AnalyticsFilterValues => {
  const window = Number(query.window);
  const values: AnalyticsFilterValues = {
    from: typeof query.from === 'string' && DAY.test(query.from) ? query.from : undefined,
    to: typeof query.to === 'string' && DAY.test(query.to) ? query.to : undefined,
    tier: oneOf(CUSTOMER_TIERS, query.tier),
    type: oneOf(CUSTOMER_TYPES, query.type),
    domain: oneOf(PRODUCT_DOMAINS, query.domain),
    window: Number.isInteger(window) && window >= 1 && window <= 3650 ? window : undefined,
  };
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  ) as AnalyticsFilterValues;
};

/** The filters of the analytics pages, read from and written to the URL query. */
export const useAnalyticsFilters = () => {
  const [{ query }] = useQueryParams<Record<string, unknown>>();
  const { search } = useLocation();
  const navigate = useNavigate();
  const filters = parseAnalyticsFilters(query);

  const setFilters = (next: AnalyticsFilterValues) => {
    // Every filter key is replaced (the ones left empty leave the URL); other parameters stay.
    const params = new URLSearchParams(search);
    for (const key of FILTER_KEYS) {
      const value = next[key];
      if (value === undefined || value === '') params.delete(key);
      else params.set(key, String(value));
    }
    navigate({ search: params.toString() });
  };

  return { filters, setFilters };
};
