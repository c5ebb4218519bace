import type { CrmTypeDescriptor } from './descriptor';

export const competitorOffering = {
  uid: 'api::competitor-offering.competitor-offering',
  singularName: 'competitor-offering',
  pluralName: 'competitor-offerings',
  displayName: 'Competitor offering',
  titleField: 'name',
  matchFields: ['name'],
  view: {
    version: 1,
    list: ['name', 'competitor', 'domain', 'comparableProduct', 'priceEstimate'],
    sort: ['name', 'ASC'],
    edit: [
      [
        ['name', 6],
        ['competitor', 6],
      ],
      [
        ['domain', 4],
        ['priceEstimate', 4],
        ['classification', 4],
      ],
      [['comparableProduct', 6]],
      [['attributes', 12]],
      [['notes', 12]],
    ],
    labels: {
      comparableProduct: 'Comparable product (ours)',
      priceEstimate: 'Price estimate (10k CNY)',
    },
  },
  roles: { 'Strategy Analyst': { access: 'manage' } },
  businessRules: [{ rule: 'required', field: 'competitor' }],
  analytics: ['competitors'],
} as const satisfies CrmTypeDescriptor;
