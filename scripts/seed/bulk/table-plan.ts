/**
 * What the bulk loader writes for a content type, read from Strapi's own database metadata (the
 * same model the Document Service writes through): the main table and its scalar columns, the
 * link tables of the relations it owns (with their order columns) and its component tables.
 */

/** The parts of Strapi's model metadata (`strapi.db.metadata.get(uid)`) the loader reads. */
export interface ModelAttribute {
  type: string;
  columnName?: string;
  default?: unknown;
  relation?: string;
  target?: string;
  mappedBy?: string;
  useJoinTable?: boolean;
  pluginOptions?: { i18n?: { localized?: boolean } };
  joinTable?: {
    name: string;
    joinColumn: { name: string };
    inverseJoinColumn: { name: string };
    orderColumnName?: string;
    inverseOrderColumnName?: string;
    on?: { field: string };
  };
}

export interface ModelMetadata {
  uid: string;
  tableName: string;
  attributes: Record<string, ModelAttribute>;
}

export interface ContentTypeOptions {
  draftAndPublish: boolean;
  localized: boolean;
}

export interface ScalarColumn {
  field: string;
  column: string;
  type: string;
  default: unknown;
  localized: boolean;
}

export interface RelationLink {
  field: string;
  target: string;
  table: string;
  sourceColumn: string;
  targetColumn: string;
  /** Position of the target in the source's list (xToMany). */
  orderColumn: string | null;
  /** Position of the source in the target's inverse list (bidirectional relations). */
  inverseOrderColumn: string | null;
}

export interface ComponentPlan {
  field: string;
  /** Component uid, e.g. `crm.need` (the `component_type` of the join rows). */
  uid: string;
  table: string;
  columns: ScalarColumn[];
  /** The `*_cmps` join table. */
  joinTable: string;
  entityColumn: string;
  componentColumn: string;
  orderColumn: string;
}

export interface TablePlan extends ContentTypeOptions {
  uid: string;
  table: string;
  columns: ScalarColumn[];
  relations: RelationLink[];
  components: ComponentPlan[];
}

/** Columns the loader fills itself rather than from the record's data. */
const SYSTEM_FIELDS = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
]);

const scalarColumnsOf = (metadata: ModelMetadata): ScalarColumn[] =>
  Object.entries(metadata.attributes)
    .filter(
      ([field, attribute]) =>
        !SYSTEM_FIELDS.has(field) && attribute.type !== 'relation' && attribute.columnName,
    )
    .map(([field, attribute]) => ({
      field,
      column: attribute.columnName as string,
      type: attribute.type,
      default: attribute.default ?? null,
      localized: attribute.pluginOptions?.i18n?.localized === true,
    }));

/** A component is stored as a relation to its own table through the type's `*_cmps` join table. */
const isComponentLink = (attribute: ModelAttribute) => attribute.joinTable?.on?.field !== undefined;

/**
 * The table plan of a content type. `metadataOf` looks up other models (the components). Relations
 * the type does not own (`mappedBy`) are written by the other side; morph relations (media) are
 * not part of the seed and are refused if a record carries them.
 */
export const planTables = (
  metadata: ModelMetadata,
  options: ContentTypeOptions,
  metadataOf: (uid: string) => ModelMetadata,
): TablePlan => {
  const relations: RelationLink[] = [];
  const components: ComponentPlan[] = [];
  for (const [field, attribute] of Object.entries(metadata.attributes)) {
    if (
      SYSTEM_FIELDS.has(field) ||
      attribute.type !== 'relation' ||
      !attribute.joinTable ||
      attribute.mappedBy
    )
      continue;
    const join = attribute.joinTable;
    if (isComponentLink(attribute)) {
      const component = metadataOf(attribute.target as string);
      const nested = Object.entries(component.attributes).filter(
        ([name, a]) => name !== 'id' && a.type === 'relation',
      );
      if (nested.length > 0)
        throw new Error(
          `${metadata.uid}.${field}: components with relations are not supported by the bulk loader`,
        );
      components.push({
        field,
        uid: attribute.target as string,
        table: component.tableName,
        columns: scalarColumnsOf(component).filter((column) => column.field !== 'id'),
        joinTable: join.name,
        entityColumn: join.joinColumn.name,
        componentColumn: join.inverseJoinColumn.name,
        orderColumn: join.orderColumnName ?? 'order',
      });
    } else {
      relations.push({
        field,
        target: attribute.target as string,
        table: join.name,
        sourceColumn: join.joinColumn.name,
        targetColumn: join.inverseJoinColumn.name,
        orderColumn: join.orderColumnName ?? null,
        inverseOrderColumn: join.inverseOrderColumnName ?? null,
      });
    }
  }
  return {
    uid: metadata.uid,
    table: metadata.tableName,
    ...options,
    columns: scalarColumnsOf(metadata),
    relations,
    components,
  };
};
