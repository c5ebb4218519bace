import { ANALYTICS_ENDPOINTS, type CrmTypeDescriptor } from './descriptor';

export const product = {
  uid: 'api::product.product',
  singularName: 'product',
  pluralName: 'products',
  displayName: 'Product',
  titleField: 'name',
  matchFields: ['code', 'name'],
  view: {
    version: 1,
    list: ['name', 'code', 'domain', 'lifecycle'],
    sort: ['name', 'ASC'],
    edit: [
      [
        ['name', 8],
        ['code', 4],
      ],
      [
        ['domain', 4],
        ['lifecycle', 4],
        ['classification', 4],
      ],
      [['description', 12]],
      [['attributes', 12]],
    ],
  },
  roles: {
    'Account Manager': { access: 'read' },
    'Service Engineer': { access: 'read' },
    'Strategy Analyst': { access: 'read' },
  },
  businessRules: [],
  // The product domain filter joins products into every figure: every answer reads products.
  analytics: ANALYTICS_ENDPOINTS,
} as const satisfies CrmTypeDescriptor;
