/**
 * One action in a review's history (SPEC §3): read, never changed. The unique key makes "once
 * per user per stage" hold in the database too, whatever requests race.
 */
export default {
  kind: 'collectionType',
  collectionName: 'synergy_review_events',
  info: {
    singularName: 'review-event',
    pluralName: 'review-events',
    displayName: 'Review event',
    description: 'Approval history (审批记录)',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    reviewId: { type: 'integer', required: true },
    round: { type: 'integer', required: true },
    action: {
      type: 'enumeration',
      enum: [
        'submit',
        'approve',
        'reject',
        'withdraw',
        'advance',
        'complete',
        'reset',
        'remind',
        'escalate',
      ],
      required: true,
    },
    stageKey: { type: 'string' },
    stageName: { type: 'string' },
    actorId: { type: 'integer' },
    actorName: { type: 'string' },
    /** Who acted when the actor's approval was given by their stand-in (a delegation). */
    standInId: { type: 'integer' },
    standInName: { type: 'string' },
    comment: { type: 'text' },
    occurredAt: { type: 'datetime', required: true },
  },
  indexes: [
    {
      name: 'synergy_review_events_once_uq',
      columns: ['review_id', 'round', 'stage_key', 'actor_id', 'action'],
      type: 'unique',
    },
    { name: 'synergy_review_events_review_idx', columns: ['review_id'] },
  ],
};
