/**
 * Turns one generated record into the table rows the Document Service would have written for it:
 * the main row per version (a published row for types without Draft & Publish; a draft row per
 * locale, plus a published row per published locale, for Draft & Publish types), its components
 * with their `*_cmps` join rows, and its relation links with their order columns.
 */
import type { SeedRecord } from '../generate';
import type { ComponentPlan, ScalarColumn, TablePlan } from './table-plan';

export type Row = Record<string, unknown>;
/** Rows to insert, by table, in the order the tables must be written (main, components, joins). */
export type TableRows = Map<string, Row[]>;
/** Where built rows go: buffered by table, or handed on as they come (encoded for COPY at once). */
export type RowSink = TableRows | { add: (table: string, row: Row) => void };

export interface RowContext {
  /** Timestamp of created/updated/published columns. */
  now: Date;
  /** The next free id of a table (main and component tables; join tables number themselves). */
  nextId: (table: string) => number;
  newDocumentId: () => string;
  /**
   * Row ids a relation to `key` links to: the one row of a record, the default-locale versions
   * (draft, then published) of a Draft & Publish record, or none for an admin user that does not
   * exist (left out, as the Document Service loader does). Throws for a record not loaded before.
   */
  resolve: (key: string) => readonly number[];
  /** The next position of a source in a target's inverse list (per join table and target row). */
  nextInverseOrder: (table: string, targetId: number) => number;
}

export interface BuiltRecord {
  documentId: string;
  /** Ids a relation to this record links to (see RowContext.resolve). */
  linkIds: number[];
  /** Number of rows appended. */
  rows: number;
}

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The value as Strapi's field converters store it (JSON as text, datetimes as Date). */
export const toColumnValue = (column: ScalarColumn, value: unknown): unknown => {
  const present = value === undefined ? column.default : value;
  if (present === null || present === undefined) return null;
  switch (column.type) {
    case 'json':
    case 'blocks':
      return typeof present === 'object' ? JSON.stringify(present) : present;
    case 'datetime':
    case 'timestamp': {
      const date = present instanceof Date ? present : new Date(String(present));
      if (Number.isNaN(date.getTime()))
        throw new Error(`${column.field}: not a date-time: ${String(present)}`);
      return date;
    }
    case 'date':
      if (typeof present !== 'string' || !DATE_PATTERN.test(present))
        throw new Error(`${column.field}: not a yyyy-MM-dd date: ${String(present)}`);
      return present;
    default:
      return present;
  }
};

const push = (rows: RowSink, table: string, row: Row) => {
  if (!(rows instanceof Map)) return rows.add(table, row);
  const list = rows.get(table);
  if (list) list.push(row);
  else rows.set(table, [row]);
};

/** One version of the document: its locale, its field values and whether it is the published row. */
interface Version {
  locale: string | null;
  data: Record<string, unknown>;
  published: boolean;
}

/** The versions the Document Service stores, in the order it creates them. */
export const versionsOf = (plan: TablePlan, record: SeedRecord): Version[] => {
  const locale = plan.localized ? (record.locale ?? null) : null;
  const localizedFields = new Set(
    plan.columns.filter((column) => column.localized).map((column) => column.field),
  );
  const drafts: Version[] = [{ locale, data: record.data, published: !plan.draftAndPublish }];
  if (plan.localized) {
    for (const [other, fields] of Object.entries(record.localizations ?? {})) {
      // Non-localized fields are shared by every locale; localized ones come from the localization.
      const localized = Object.fromEntries(
        [...localizedFields].map((field) => [field, fields[field]]),
      );
      const data = { ...record.data, ...localized };
      drafts.push({ locale: other, data, published: !plan.draftAndPublish });
    }
  }
  if (!plan.draftAndPublish) return drafts;
  const published = new Set(record.publish ?? []);
  return [
    ...drafts,
    ...drafts
      .filter((draft) => published.has(draft.locale ?? ''))
      .map((draft) => ({ ...draft, published: true })),
  ];
};

const appendComponents = (
  rows: RowSink,
  component: ComponentPlan,
  entityId: number,
  value: unknown,
  context: RowContext,
): number => {
  if (value === null || value === undefined) return 0;
  const items = Array.isArray(value) ? value : [value];
  items.forEach((item: Record<string, unknown>, index) => {
    const id = context.nextId(component.table);
    const row: Row = { id };
    for (const column of component.columns)
      row[column.column] = toColumnValue(column, item[column.field]);
    push(rows, component.table, row);
    push(rows, component.joinTable, {
      [component.entityColumn]: entityId,
      [component.componentColumn]: id,
      component_type: component.uid,
      field: component.field,
      [component.orderColumn]: index + 1,
    });
  });
  return items.length * 2;
};

const appendLinks = (
  rows: RowSink,
  plan: TablePlan,
  record: SeedRecord,
  sourceId: number,
  context: RowContext,
): number => {
  let count = 0;
  for (const relation of plan.relations) {
    const value = record.links[relation.field];
    if (value === undefined) continue;
    // Plain loops: this runs for every link row (4.8 M at bench scale), where flatMap and forEach showed.
    const keys = Array.isArray(value) ? value : [value];
    let position = 0;
    for (const key of keys) {
      for (const targetId of context.resolve(key)) {
        position += 1;
        const row: Row = { [relation.sourceColumn]: sourceId, [relation.targetColumn]: targetId };
        if (relation.orderColumn) row[relation.orderColumn] = position;
        if (relation.inverseOrderColumn)
          row[relation.inverseOrderColumn] = context.nextInverseOrder(relation.table, targetId);
        push(rows, relation.table, row);
      }
    }
    count += position;
  }
  return count;
};

/** Appends the rows of `record` to `rows` and says how to link to it. */
export const buildRecordRows = (
  plan: TablePlan,
  record: SeedRecord,
  context: RowContext,
  rows: RowSink,
): BuiltRecord => {
  for (const field of Object.keys(record.links)) {
    if (!plan.relations.some((relation) => relation.field === field))
      throw new Error(`${record.key}: ${plan.uid} has no owned relation ${field}`);
  }
  const documentId = context.newDocumentId();
  const linkIds: number[] = [];
  let count = 0;
  let defaultLocale: string | null | undefined;
  for (const version of versionsOf(plan, record)) {
    const id = context.nextId(plan.table);
    const row: Row = { id, document_id: documentId };
    for (const column of plan.columns)
      row[column.column] = toColumnValue(column, version.data[column.field]);
    row.created_at = context.now;
    row.updated_at = context.now;
    row.published_at = version.published ? context.now : null;
    row.created_by_id = null;
    row.updated_by_id = null;
    row.locale = version.locale;
    push(rows, plan.table, row);
    count += 1;
    // Relations to this record link its versions in the first (default) locale.
    if (defaultLocale === undefined) defaultLocale = version.locale;
    if (version.locale === defaultLocale) linkIds.push(id);

    for (const component of plan.components)
      count += appendComponents(rows, component, id, version.data[component.field], context);
    count += appendLinks(rows, plan, record, id, context);
  }
  return { documentId, linkIds, rows: count };
};
