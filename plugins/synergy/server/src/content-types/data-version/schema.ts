/**
 * One counter per content type (its uid as `kind`), raised after every committed write of that
 * type. Cached analytics answers are stored under the counters of the types they read, so a write
 * on any app instance invalidates them on every instance (services/data-versions.ts).
 */
export default {
  kind: 'collectionType',
  collectionName: 'synergy_data_versions',
  info: {
    singularName: 'data-version',
    pluralName: 'data-versions',
    displayName: 'Data version',
    description: 'Change counters for cache invalidation',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    kind: { type: 'string', required: true },
    version: { type: 'biginteger', required: true, default: '0' },
  },
  indexes: [{ name: 'synergy_data_versions_kind_uq', columns: ['kind'], type: 'unique' }],
};
