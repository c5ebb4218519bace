import type { CrmTypeDescriptor } from './descriptor';

export const feedback = {
  uid: 'api::feedback.feedback',
  singularName: 'feedback',
  pluralName: 'feedbacks',
  displayName: 'Feedback',
  titleField: 'content',
  matchFields: [],
  view: {
    version: 1,
    list: ['receivedAt', 'customer', 'category', 'severity', 'status', 'satisfaction'],
    sort: ['receivedAt', 'DESC'],
    edit: [
      [
        ['customer', 6],
        ['contact', 6],
      ],
      [
        ['product', 6],
        ['channel', 6],
      ],
      [
        ['category', 4],
        ['severity', 4],
        ['satisfaction', 4],
      ],
      [
        ['receivedAt', 6],
        ['status', 6],
      ],
      [['content', 12]],
      [
        ['respondedAt', 6],
        ['resolvedAt', 6],
      ],
      [['resolution', 12]],
      [
        ['strategies', 6],
        ['classification', 6],
      ],
    ],
  },
  roles: {
    'Account Manager': { access: 'manage' },
    // The feedback closure loop: status and the fields that record the response and resolution.
    'Service Engineer': {
      access: 'read',
      updateFields: ['status', 'respondedAt', 'resolution', 'resolvedAt'],
    },
    'Strategy Analyst': { access: 'read' },
  },
  businessRules: [
    { rule: 'required', field: 'customer' },
    { rule: 'notBefore', field: 'respondedAt', earlier: 'receivedAt' },
    { rule: 'notBefore', field: 'resolvedAt', earlier: 'receivedAt' },
  ],
  analytics: [
    'overview',
    'coverage',
    'impact',
    'portfolio',
    'dataQuality',
    'scorecard',
    'customerHealth',
  ],
  import: {},
} as const satisfies CrmTypeDescriptor;
