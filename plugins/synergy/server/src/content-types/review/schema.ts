import { REVIEW_STATES } from '../../../../shared/contracts/reviews';

/**
 * The review of one document (SPEC §3). Plain integer references rather than relations: the
 * rows stay in one table, so the version check and the unique keys are single-table SQL.
 */
export default {
  kind: 'collectionType',
  collectionName: 'synergy_reviews',
  info: {
    singularName: 'review',
    pluralName: 'reviews',
    displayName: 'Review',
    description: 'Approval review (审批)',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    contentType: { type: 'string', required: true },
    targetDocumentId: { type: 'string', required: true },
    workflowId: { type: 'integer', required: true },
    state: { type: 'enumeration', enum: [...REVIEW_STATES], required: true, default: 'draft' },
    stageIndex: { type: 'integer', required: true, default: 0 },
    round: { type: 'integer', required: true, default: 0 },
    version: { type: 'integer', required: true, default: 0 },
    submittedById: { type: 'integer' },
    submittedAt: { type: 'datetime' },
  },
  indexes: [
    {
      name: 'synergy_reviews_document_uq',
      columns: ['content_type', 'target_document_id'],
      type: 'unique',
    },
    { name: 'synergy_reviews_state_idx', columns: ['state'] },
  ],
};
