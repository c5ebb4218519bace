/** A compartment (知悉范围, SPEC §1.1): a named group such as a program; managed by Security Officers. */
export default {
  kind: 'collectionType',
  collectionName: 'synergy_compartments',
  info: {
    singularName: 'compartment',
    pluralName: 'compartments',
    displayName: 'Compartment',
    description: 'A need-to-know group records may carry (知悉范围)',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    code: { type: 'string', required: true, unique: true },
    name: { type: 'string', required: true },
    description: { type: 'text' },
  },
};
