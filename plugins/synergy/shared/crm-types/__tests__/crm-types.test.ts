import fs from 'node:fs';
import path from 'node:path';
import { CLASSIFICATION_LEVELS } from '../../../server/src/domain/classification';
import { CRM_TYPES, IMPORTABLE_TYPES, type CrmTypeDescriptor } from '..';

/**
 * The registry and the content types under src/api describe the same types: a type added to one
 * and not the other, or a field a descriptor names that its schema lacks, fails here.
 */

interface Schema {
  info: { singularName: string; pluralName: string; displayName: string };
  attributes: Record<string, { type: string; enum?: string[]; default?: unknown }>;
}

const API = path.resolve(__dirname, '../../../../../src/api');

/** Every content type under src/api, by uid, read from its schema.json. */
const schemas = new Map<string, Schema>(
  fs.readdirSync(API).flatMap((api) => {
    const folder = path.join(API, api, 'content-types');
    if (!fs.existsSync(folder)) return [];
    return fs
      .readdirSync(folder)
      .map((name): [string, Schema] => [
        `api::${api}.${name}`,
        JSON.parse(fs.readFileSync(path.join(folder, name, 'schema.json'), 'utf8')) as Schema,
      ]);
  }),
);

/** Every field a descriptor names, with where it names it. */
const namedFields = (type: CrmTypeDescriptor): Array<[string, string]> => [
  ...(type.titleField ? [['titleField', type.titleField] as [string, string]] : []),
  ...type.matchFields.map((field): [string, string] => ['matchFields', field]),
  ...type.view.list.map((field): [string, string] => ['view.list', field]),
  ...type.view.edit.flat().map(([field]): [string, string] => ['view.edit', field]),
  ...(type.view.sort ? [['view.sort', type.view.sort[0]] as [string, string]] : []),
  ...Object.keys(type.view.labels ?? {}).map((field): [string, string] => ['view.labels', field]),
  ...Object.values(type.roles).flatMap((grant) =>
    (grant?.updateFields ?? []).map((field): [string, string] => ['roles.updateFields', field]),
  ),
  ...type.businessRules.flatMap((rule): Array<[string, string]> =>
    rule.rule === 'notBefore'
      ? [
          ['businessRules', rule.field],
          ['businessRules', rule.earlier],
        ]
      : 'field' in rule
        ? [['businessRules', rule.field]]
        : [],
  ),
  ...Object.entries(type.import?.duplicates ?? {}).flatMap(
    ([key, field]): Array<[string, string]> =>
      typeof field === 'string' ? [[`import.duplicates.${key}`, field]] : [],
  ),
];

describe('the registry of CRM types', () => {
  it('lists every content type under src/api', () => {
    const registered = new Set<string>(CRM_TYPES.map((type) => type.uid));
    expect([...schemas.keys()].filter((uid) => !registered.has(uid))).toEqual([]);
  });

  it('names no content type that src/api does not have', () => {
    expect(CRM_TYPES.map((type) => type.uid).filter((uid) => !schemas.has(uid))).toEqual([]);
  });

  it('lists each type once', () => {
    const uids = CRM_TYPES.map((type) => type.uid);
    expect(uids.filter((uid, index) => uids.indexOf(uid) !== index)).toEqual([]);
  });

  it.each(CRM_TYPES.map((type) => [type.uid, type] as const))(
    '%s has the names of its schema',
    (uid, type) => {
      const { info } = schemas.get(uid)!;
      expect({
        singularName: type.singularName,
        pluralName: type.pluralName,
        displayName: type.displayName,
      }).toEqual({
        singularName: info.singularName,
        pluralName: info.pluralName,
        displayName: info.displayName,
      });
    },
  );

  it.each(CRM_TYPES.map((type) => [type.uid, type] as const))(
    '%s names only fields its schema has',
    (uid, type) => {
      const { attributes } = schemas.get(uid)!;
      // `id` is every record's own key, not an attribute of the schema.
      const missing = namedFields(type).filter(([, field]) => field !== 'id' && !attributes[field]);
      expect(missing).toEqual([]);
    },
  );

  it.each(CRM_TYPES.map((type) => [type.uid] as const))(
    '%s has the classification of SPEC §1, with its levels in order',
    (uid) => {
      expect(schemas.get(uid)?.attributes.classification).toMatchObject({
        type: 'enumeration',
        enum: [...CLASSIFICATION_LEVELS],
        default: 'internal',
      });
    },
  );

  it('offers the import of SPEC §5 for its seven types', () => {
    expect(IMPORTABLE_TYPES).toEqual([
      'customers',
      'contacts',
      'interactions',
      'feedbacks',
      'service-tickets',
      'survey-responses',
      'competitors',
    ]);
  });
});
