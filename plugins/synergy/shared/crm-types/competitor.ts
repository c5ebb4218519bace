import type { CrmTypeDescriptor } from './descriptor';

export const competitor = {
  uid: 'api::competitor.competitor',
  singularName: 'competitor',
  pluralName: 'competitors',
  displayName: 'Competitor',
  titleField: 'name',
  matchFields: ['name'],
  view: {
    version: 2,
    list: ['name', 'country', 'ownership', 'threatLevel', 'marketShare', 'lastReviewedAt'],
    sort: ['name', 'ASC'],
    edit: [
      [
        ['name', 6],
        ['country', 6],
      ],
      [
        ['ownership', 4],
        ['threatLevel', 4],
        ['marketShare', 4],
      ],
      [
        ['lastReviewedAt', 4],
        ['classification', 4],
      ],
      [['domains', 12]],
      [
        ['strengths', 6],
        ['weaknesses', 6],
      ],
      [
        ['strengthsReliability', 2],
        ['strengthsCredibility', 2],
        ['strengthsAsOf', 2],
        ['weaknessesReliability', 2],
        ['weaknessesCredibility', 2],
        ['weaknessesAsOf', 2],
      ],
      [['offerings', 12]],
      [['sources', 12]],
    ],
    labels: {
      threatLevel: 'Threat level',
      marketShare: 'Market share (%)',
      lastReviewedAt: 'Last reviewed on',
      domains: 'Product domains',
      strengthsReliability: 'Strengths: reliability (A–F)',
      strengthsCredibility: 'Strengths: credibility (1–6)',
      strengthsAsOf: 'Strengths: as of',
      weaknessesReliability: 'Weaknesses: reliability (A–F)',
      weaknessesCredibility: 'Weaknesses: credibility (1–6)',
      weaknessesAsOf: 'Weaknesses: as of',
    },
  },
  roles: {
    'Account Manager': { access: 'read' },
    'Strategy Analyst': { access: 'manage' },
  },
  businessRules: [{ rule: 'productDomains', field: 'domains' }],
  analytics: ['portfolio', 'competitors', 'winLoss', 'dataQuality', 'scorecard'],
  import: { duplicates: { name: 'name', contains: true } },
} as const satisfies CrmTypeDescriptor;
