import { ANALYTICS_ENDPOINTS, type CrmTypeDescriptor } from './descriptor';

export const customer = {
  uid: 'api::customer.customer',
  singularName: 'customer',
  pluralName: 'customers',
  displayName: 'Customer',
  titleField: 'name',
  matchFields: ['code', 'name'],
  view: {
    version: 1,
    list: ['name', 'code', 'tier', 'status', 'region', 'owner'],
    sort: ['name', 'ASC'],
    labels: { shortName: 'Short name', sector: 'Service branch / sector', owner: 'Account owner' },
    edit: [
      [
        ['name', 8],
        ['shortName', 4],
      ],
      [
        ['code', 4],
        ['type', 4],
        ['sector', 4],
      ],
      [
        ['tier', 4],
        ['status', 4],
        ['region', 4],
      ],
      [
        ['owner', 6],
        ['classification', 6],
      ],
      [['contacts', 12]],
      [['needs', 12]],
      [['notes', 12]],
    ],
  },
  roles: {
    'Account Manager': { access: 'manage' },
    'Service Engineer': { access: 'read' },
    Marketing: { access: 'read' },
    'Strategy Analyst': { access: 'read' },
  },
  businessRules: [],
  analytics: ANALYTICS_ENDPOINTS,
  import: { duplicates: { code: 'code', name: 'name', contains: true } },
} as const satisfies CrmTypeDescriptor;
