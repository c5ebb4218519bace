import type { CrmTypeDescriptor } from './descriptor';

export const brandMaterial = {
  uid: 'api::brand-material.brand-material',
  singularName: 'brand-material',
  pluralName: 'brand-materials',
  displayName: 'Brand material',
  titleField: 'title',
  matchFields: ['title'],
  view: {
    version: 1,
    list: ['title', 'kind', 'audience', 'channel', 'strategy'],
    sort: ['title', 'ASC'],
    edit: [
      [
        ['title', 6],
        ['slug', 6],
      ],
      [
        ['kind', 4],
        ['audience', 4],
        ['classification', 4],
      ],
      [
        ['channel', 6],
        ['strategy', 6],
      ],
      [['media', 6]],
      [['body', 12]],
    ],
  },
  // Marketing publishes only what the workflow approved (the review gate, not the grant, decides).
  roles: { Marketing: { access: 'manage', publish: true } },
  businessRules: [],
  analytics: [],
} as const satisfies CrmTypeDescriptor;
