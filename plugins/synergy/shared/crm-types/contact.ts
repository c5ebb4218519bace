import type { CrmTypeDescriptor } from './descriptor';

export const contact = {
  uid: 'api::contact.contact',
  singularName: 'contact',
  pluralName: 'contacts',
  displayName: 'Contact',
  titleField: 'fullName',
  matchFields: ['fullName'],
  view: {
    version: 1,
    list: ['fullName', 'customer', 'position', 'department', 'phone', 'isKeyDecisionMaker'],
    sort: ['fullName', 'ASC'],
    edit: [
      [
        ['fullName', 6],
        ['customer', 6],
      ],
      [
        ['position', 4],
        ['department', 4],
        ['influence', 4],
      ],
      [
        ['phone', 4],
        ['email', 4],
        ['isKeyDecisionMaker', 4],
      ],
      [['classification', 6]],
      [['notes', 12]],
    ],
    labels: { fullName: 'Full name', isKeyDecisionMaker: 'Key decision maker' },
  },
  roles: {
    'Account Manager': { access: 'manage' },
    'Service Engineer': { access: 'read' },
  },
  businessRules: [{ rule: 'required', field: 'customer' }],
  analytics: ['dataQuality'],
  import: { duplicates: { name: 'fullName', scope: 'customer', contains: false } },
} as const satisfies CrmTypeDescriptor;
