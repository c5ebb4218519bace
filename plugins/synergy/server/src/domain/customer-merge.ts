import {
  CLASSIFICATION_LEVELS,
  isClassification,
  levelRank,
  type Classification,
} from './classification';

/** Fields a merge never copies: identity, what Strapi maintains, and what has its own rule below. */
const NOT_FILLED = [
  'id',
  'documentId',
  'name',
  'status',
  'classification',
  'needs',
  'contacts',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
];

export interface MergeAttribute {
  type: string;
  relation?: string;
}

export interface FieldMerge {
  /** The update of the kept customer: filled fields, appended needs, the higher classification. */
  data: Record<string, unknown>;
  /** Names of the kept customer's empty fields that took the duplicate's value. */
  filled: string[];
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** A to-one relation's value as the id the document service accepts. */
const relationId = (value: unknown) =>
  typeof value === 'object' && value !== null ? ((value as { id?: number }).id ?? null) : value;

const withoutIds = (components: unknown): Array<Record<string, unknown>> =>
  (Array.isArray(components) ? components : []).map((component: Record<string, unknown>) => {
    const { id: _id, ...fields } = component;
    return fields;
  });

const higherClassification = (a: unknown, b: unknown): Classification | undefined => {
  const levels = [a, b].filter(isClassification);
  if (levels.length === 0) return undefined;
  return CLASSIFICATION_LEVELS[Math.max(...levels.map(levelRank))];
};

/**
 * What the kept customer becomes: each of its empty fields (scalars and to-one relations such as
 * the owner) takes the duplicate's value; the duplicate's needs are appended after its own; its
 * classification is the higher of the two, so nothing merged in is shown below its level.
 */
export const mergeCustomerFields = (
  attributes: Record<string, MergeAttribute>,
  kept: Record<string, unknown>,
  removed: Record<string, unknown>,
): FieldMerge => {
  const data: Record<string, unknown> = {};
  const filled: string[] = [];
  for (const [name, attribute] of Object.entries(attributes)) {
    if (NOT_FILLED.includes(name) || attribute.type === 'component' || attribute.type === 'media')
      continue;
    const isToOne =
      attribute.type === 'relation' && ['manyToOne', 'oneToOne'].includes(attribute.relation ?? '');
    if (attribute.type === 'relation' && !isToOne) continue;
    const keptValue = isToOne ? relationId(kept[name]) : kept[name];
    const removedValue = isToOne ? relationId(removed[name]) : removed[name];
    if (isEmpty(keptValue) && !isEmpty(removedValue)) {
      data[name] = removedValue;
      filled.push(name);
    }
  }
  const removedNeeds = withoutIds(removed.needs);
  if (removedNeeds.length > 0) data.needs = [...withoutIds(kept.needs), ...removedNeeds];
  const classification = higherClassification(kept.classification, removed.classification);
  if (classification && classification !== kept.classification)
    data.classification = classification;
  return { data, filled };
};
