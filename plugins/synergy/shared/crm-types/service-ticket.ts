import type { CrmTypeDescriptor } from './descriptor';

export const serviceTicket = {
  uid: 'api::service-ticket.service-ticket',
  singularName: 'service-ticket',
  pluralName: 'service-tickets',
  displayName: 'Service ticket',
  titleField: 'title',
  matchFields: ['title'],
  view: {
    version: 1,
    list: ['title', 'customer', 'priority', 'status', 'openedAt', 'resolvedAt'],
    sort: ['openedAt', 'DESC'],
    edit: [
      [
        ['title', 8],
        ['priority', 4],
      ],
      [
        ['customer', 6],
        ['product', 6],
      ],
      [
        ['type', 6],
        ['status', 6],
      ],
      [
        ['openedAt', 4],
        ['acknowledgedAt', 4],
        ['resolvedAt', 4],
      ],
      [['description', 12]],
      [
        ['site', 6],
        ['team', 6],
      ],
      [['rootCause', 12]],
      [
        ['customerRating', 4],
        ['classification', 4],
      ],
    ],
    labels: { rootCause: 'Root cause', customerRating: 'Customer rating' },
  },
  roles: { 'Service Engineer': { access: 'manage' } },
  businessRules: [
    { rule: 'required', field: 'customer' },
    { rule: 'notBefore', field: 'acknowledgedAt', earlier: 'openedAt' },
    { rule: 'notBefore', field: 'resolvedAt', earlier: 'openedAt' },
  ],
  analytics: ['overview', 'impact', 'portfolio', 'dataQuality', 'scorecard', 'customerHealth'],
  import: {},
} as const satisfies CrmTypeDescriptor;
