import type { CrmTypeDescriptor } from './descriptor';

export const opportunity = {
  uid: 'api::opportunity.opportunity',
  singularName: 'opportunity',
  pluralName: 'opportunities',
  displayName: 'Opportunity',
  titleField: 'title',
  matchFields: ['title'],
  view: {
    version: 1,
    list: ['title', 'customer', 'stage', 'value', 'probability', 'expectedDecisionAt'],
    sort: ['expectedDecisionAt', 'ASC'],
    edit: [
      [
        ['title', 8],
        ['stage', 4],
      ],
      [
        ['customer', 6],
        ['owner', 6],
      ],
      [
        ['value', 4],
        ['probability', 4],
        ['expectedDecisionAt', 4],
      ],
      [
        ['closedAt', 4],
        ['winner', 6],
      ],
      [
        ['products', 6],
        ['competitors', 6],
      ],
      [['reasons', 12]],
      [['classification', 6]],
    ],
    labels: {
      value: 'Value (10k CNY)',
      probability: 'Probability (%)',
      expectedDecisionAt: 'Expected decision on',
      closedAt: 'Closed on',
      competitors: 'Competing bidders',
      reasons: 'Win/loss reasons',
    },
  },
  roles: {
    'Account Manager': { access: 'manage' },
    'Strategy Analyst': { access: 'read' },
  },
  businessRules: [{ rule: 'required', field: 'customer' }, { rule: 'opportunityOutcome' }],
  analytics: [
    'coverage',
    'impact',
    'portfolio',
    'competitors',
    'winLoss',
    'dataQuality',
    'scorecard',
    'customerHealth',
  ],
} as const satisfies CrmTypeDescriptor;
