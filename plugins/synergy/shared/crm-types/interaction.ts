import type { CrmTypeDescriptor } from './descriptor';

export const interaction = {
  uid: 'api::interaction.interaction',
  singularName: 'interaction',
  pluralName: 'interactions',
  displayName: 'Interaction',
  titleField: 'summary',
  matchFields: [],
  view: {
    version: 1,
    list: ['occurredAt', 'customer', 'type', 'summary', 'owner'],
    sort: ['occurredAt', 'DESC'],
    edit: [
      [
        ['customer', 6],
        ['type', 6],
      ],
      [
        ['occurredAt', 6],
        ['followUpAt', 6],
      ],
      [
        ['contacts', 6],
        ['owner', 6],
      ],
      [['summary', 12]],
      [['outcome', 12]],
      [['classification', 6]],
    ],
    labels: { occurredAt: 'Occurred at', followUpAt: 'Follow up at' },
  },
  roles: { 'Account Manager': { access: 'manage' } },
  businessRules: [{ rule: 'required', field: 'customer' }],
  analytics: ['dataQuality', 'customerHealth'],
  import: {},
} as const satisfies CrmTypeDescriptor;
