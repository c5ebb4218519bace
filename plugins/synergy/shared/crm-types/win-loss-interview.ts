import type { CrmTypeDescriptor } from './descriptor';

/** A structured debrief with the buyer on a won or lost opportunity (SPEC §2). */
export const winLossInterview = {
  uid: 'api::win-loss-interview.win-loss-interview',
  singularName: 'win-loss-interview',
  pluralName: 'win-loss-interviews',
  displayName: 'Win/loss interview',
  titleField: 'intervieweeName',
  matchFields: [],
  view: {
    version: 1,
    list: [
      'interviewedAt',
      'opportunity',
      'intervieweeName',
      'intervieweeOrganisation',
      'mainReason',
    ],
    sort: ['interviewedAt', 'DESC'],
    edit: [
      [
        ['opportunity', 6],
        ['interviewedAt', 6],
      ],
      [
        ['intervieweeName', 4],
        ['intervieweeTitle', 4],
        ['intervieweeOrganisation', 4],
      ],
      [
        ['intervieweeContact', 6],
        ['interviewer', 6],
      ],
      [
        ['mainReason', 6],
        ['mainReasonNote', 6],
      ],
      [['secondaryReasons', 12]],
      [['quotes', 12]],
      [['summary', 12]],
      [['classification', 6]],
    ],
    labels: {
      interviewedAt: 'Interviewed on',
      intervieweeName: 'Interviewee',
      intervieweeTitle: 'Role / title',
      intervieweeOrganisation: 'Organisation',
      intervieweeContact: 'Interviewee (contact)',
      mainReason: "Buyer's main reason",
      mainReasonNote: 'Main reason, in their words',
      secondaryReasons: 'Secondary reasons',
    },
  },
  // Account managers debrief their own deals; strategy analysts run the win/loss programme.
  roles: {
    'Account Manager': { access: 'manage' },
    'Strategy Analyst': { access: 'manage' },
  },
  businessRules: [
    { rule: 'required', field: 'opportunity' },
    { rule: 'closedOpportunity', field: 'opportunity' },
    { rule: 'reasonCategories', field: 'mainReason', secondary: 'secondaryReasons' },
  ],
  // Coverage reads the reasons' component table, which the interviews' secondary reasons share.
  analytics: ['coverage', 'winLoss'],
} as const satisfies CrmTypeDescriptor;
