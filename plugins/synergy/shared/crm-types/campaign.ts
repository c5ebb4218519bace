import type { CrmTypeDescriptor } from './descriptor';

export const campaign = {
  uid: 'api::campaign.campaign',
  singularName: 'campaign',
  pluralName: 'campaigns',
  displayName: 'Campaign',
  titleField: 'name',
  matchFields: ['name'],
  view: {
    version: 1,
    list: ['name', 'status', 'startDate', 'endDate', 'budget'],
    sort: ['startDate', 'DESC'],
    edit: [
      [
        ['name', 8],
        ['status', 4],
      ],
      [
        ['startDate', 4],
        ['endDate', 4],
        ['budget', 4],
      ],
      [['objective', 12]],
      [
        ['strategies', 6],
        ['targetCustomers', 6],
      ],
      [
        ['materials', 6],
        ['classification', 6],
      ],
      [['results', 12]],
    ],
    labels: { budget: 'Budget (10k CNY)', materials: 'Brand materials' },
  },
  roles: { Marketing: { access: 'manage' } },
  businessRules: [{ rule: 'notBefore', field: 'endDate', earlier: 'startDate' }],
  analytics: [],
} as const satisfies CrmTypeDescriptor;
