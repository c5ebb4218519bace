/** A release caveat (SPEC §1.1): a handling rule records may carry; seeded, managed by Security Officers. */
export default {
  kind: 'collectionType',
  collectionName: 'synergy_caveats',
  info: {
    singularName: 'caveat',
    pluralName: 'caveats',
    displayName: 'Caveat',
    description: 'A release caveat records may carry (发布限制)',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    code: { type: 'string', required: true, unique: true },
    name: { type: 'string', required: true },
    nameEn: { type: 'string' },
    description: { type: 'text' },
    /** Never sent to an external caller (API tokens and API users marked external, the public). */
    withheldFromExternal: { type: 'boolean', default: false, required: true },
  },
};
