import { CLASSIFICATION_LEVELS } from '../../domain/classification';

/** One clearance per admin user (SPEC §1); managed on the plugin's settings page. */
export default {
  kind: 'collectionType',
  collectionName: 'synergy_clearances',
  info: {
    singularName: 'clearance',
    pluralName: 'clearances',
    displayName: 'Clearance',
    description: 'The classification level an admin user may read (安全等级)',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    user: { type: 'relation', relation: 'oneToOne', target: 'admin::user' },
    level: {
      type: 'enumeration',
      enum: [...CLASSIFICATION_LEVELS],
      required: true,
      default: 'internal',
    },
    note: { type: 'text' },
    /** The compartments the user holds (SPEC §1.1): codes. */
    compartments: { type: 'json' },
  },
};
