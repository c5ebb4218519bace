import type { CrmTypeDescriptor } from './descriptor';

export const surveyResponse = {
  uid: 'api::survey-response.survey-response',
  singularName: 'survey-response',
  pluralName: 'survey-responses',
  displayName: 'Survey response',
  titleField: null,
  matchFields: [],
  view: {
    version: 1,
    list: ['respondedAt', 'customer', 'contact', 'overall', 'recommend'],
    sort: ['respondedAt', 'DESC'],
    edit: [
      [
        ['customer', 6],
        ['contact', 6],
      ],
      [
        ['respondedAt', 6],
        ['classification', 6],
      ],
      [
        ['overall', 4],
        ['recommend', 4],
      ],
      [
        ['productQuality', 4],
        ['serviceResponsiveness', 4],
        ['technicalSupport', 4],
      ],
      [
        ['delivery', 4],
        ['communication', 4],
      ],
      [['comments', 12]],
    ],
    labels: {
      overall: 'Overall satisfaction',
      recommend: 'Likelihood to recommend (0–10)',
      serviceResponsiveness: 'Service responsiveness',
    },
  },
  roles: {
    'Account Manager': { access: 'manage' },
    'Strategy Analyst': { access: 'read' },
  },
  businessRules: [{ rule: 'required', field: 'customer' }],
  analytics: ['overview', 'impact', 'portfolio', 'dataQuality', 'scorecard', 'customerHealth'],
  import: {},
} as const satisfies CrmTypeDescriptor;
