import type { Classification } from './classification';
import type { ActorType, AuditAction } from '../../../shared/contracts/audit';

export {
  ACTOR_TYPES,
  AUDIT_ACTIONS,
  type ActorType,
  type AuditAction,
} from '../../../shared/contracts/audit';

export interface AuditEntryInput {
  occurredAt: Date;
  actorType: ActorType;
  actorId: number | null;
  actorName: string | null;
  action: AuditAction;
  contentType: string | null;
  recordId: string | null;
  classification: Classification | null;
  changedFields: string[] | null;
  ip: string | null;
  details?: Record<string, unknown> | null;
}

/** Levels whose reads are recorded (SPEC §7). */
export const AUDITED_READ_LEVELS: readonly string[] = ['confidential', 'secret'];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const NUMERIC = ['integer', 'biginteger', 'decimal', 'float'];
const TEMPORAL = ['date', 'datetime', 'time', 'timestamp'];

/** Stored and incoming values in one comparable form: dates as instants, numbers as numbers. */
const comparable = (type: string, value: unknown): unknown => {
  if (value === null || value === undefined || value === '') return null;
  // An empty list is no value: an edit form sends `[]` for a tag list stored as null.
  if (Array.isArray(value) && value.length === 0) return null;
  if (NUMERIC.includes(type)) return Number(value);
  if (TEMPORAL.includes(type)) {
    const time = new Date(value as string).getTime();
    return Number.isNaN(time) ? String(value) : time;
  }
  return JSON.stringify(value);
};

/** Fields Strapi maintains itself: never reported as changed by the user. */
const SYSTEM_FIELDS = [
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
];

/** Whether a relation input changes anything (the content manager sends empty connect/disconnect lists). */
const relationInputChanges = (input: unknown): boolean => {
  if (!isObject(input) || Array.isArray(input)) return input !== undefined;
  const { connect, disconnect, set } = input as {
    connect?: unknown[];
    disconnect?: unknown[];
    set?: unknown[];
  };
  if (set !== undefined) return true;
  if (connect !== undefined || disconnect !== undefined)
    return (connect?.length ?? 0) + (disconnect?.length ?? 0) > 0;
  // `{ count }` is how the content manager shows a relation it did not load: sent back unchanged.
  return !('count' in input);
};

/** The ids of media (files) in a stored or incoming value: `[{ id }]`, `[id]`, `{ id }` or `id`. */
const mediaIds = (value: unknown): string => {
  const items = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
  return JSON.stringify(items.map((item) => String(isObject(item) ? item.id : item)).sort());
};

/** Repeatable or single component values without their ids, to compare content only. */
const componentContent = (value: unknown): string => {
  const items = (Array.isArray(value) ? value : value ? [value] : []) as Array<
    Record<string, unknown>
  >;
  return JSON.stringify(
    items.map((item) =>
      Object.fromEntries(
        Object.entries(item)
          .filter(([key]) => key !== 'id' && key !== '__component')
          .map(([key, v]) => [key, v === undefined ? null : v])
          .sort(([a], [b]) => String(a).localeCompare(String(b))),
      ),
    ),
  );
};

/**
 * The names (never the values) of the fields an update changes: scalar fields whose value
 * differs from the stored one, relations the input connects or disconnects, components and media
 * whose content differs (`stored` must have its components and media populated).
 */
export const changedFieldNames = (
  attributes: Record<string, { type: string }>,
  stored: Record<string, unknown> | null,
  data: Record<string, unknown>,
): string[] =>
  Object.keys(data)
    .filter((name) => attributes[name] && !SYSTEM_FIELDS.includes(name))
    .filter((name) => {
      const { type } = attributes[name];
      if (type === 'relation') return relationInputChanges(data[name]);
      if (type === 'dynamiczone') return true;
      if (!stored) return true;
      if (type === 'media') return mediaIds(stored[name]) !== mediaIds(data[name]);
      if (type === 'component')
        return componentContent(stored[name]) !== componentContent(data[name]);
      return comparable(type, stored[name]) !== comparable(type, data[name]);
    })
    .sort();
