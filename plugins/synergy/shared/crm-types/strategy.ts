import type { CrmTypeDescriptor } from './descriptor';

export const strategy = {
  uid: 'api::strategy.strategy',
  singularName: 'strategy',
  pluralName: 'strategies',
  displayName: 'Strategy',
  titleField: 'title',
  matchFields: ['title'],
  view: {
    version: 1,
    list: ['title', 'dimension', 'status', 'startDate', 'endDate', 'owner'],
    sort: ['startDate', 'DESC'],
    edit: [
      [
        ['title', 8],
        ['dimension', 4],
      ],
      [
        ['status', 4],
        ['imitability', 4],
        ['classification', 4],
      ],
      [['summary', 12]],
      [['description', 12]],
      [
        ['startDate', 4],
        ['endDate', 4],
        ['owner', 4],
      ],
      [
        ['investment', 4],
        ['realizedBenefit', 4],
      ],
      [
        ['targetCustomers', 6],
        ['targetCompetitors', 6],
      ],
      [
        ['products', 6],
        ['feedbacks', 6],
      ],
      [['relatedStrategies', 6]],
      [['kpis', 12]],
    ],
    labels: {
      imitability: 'Imitability (1–5, 5 = easily copied)',
      investment: 'Investment (10k CNY)',
      realizedBenefit: 'Realized benefit (10k CNY)',
      kpis: 'KPIs',
      feedbacks: 'Feedback informing it',
    },
  },
  roles: {
    'Account Manager': { access: 'read' },
    Marketing: { access: 'read' },
    'Strategy Analyst': { access: 'manage' },
  },
  businessRules: [{ rule: 'notBefore', field: 'endDate', earlier: 'startDate' }],
  analytics: ['coverage', 'impact', 'portfolio', 'competitors', 'scorecard'],
} as const satisfies CrmTypeDescriptor;
