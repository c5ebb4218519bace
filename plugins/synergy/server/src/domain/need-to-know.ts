/**
 * Need-to-know beyond levels (SPEC §1.1): compartments (知悉范围) and release caveats. A record is
 * visible when its level is among the caller's visible levels, it carries no compartment the
 * caller does not hold, and no caveat that withholds it from the caller (external callers).
 * Pure: the caller's holdings and the managed lists are passed in.
 *
 * Storage: every CRM type carries `compartments` and `caveats`, JSON arrays of codes. "Carries no
 * code of a withheld list" is one expression per withheld code and dialect (below), over the row
 * itself: no join, and nothing at all when nothing is withheld, the common case.
 */
import { CLASSIFICATION_LEVELS, visibleLevels, type Classification } from './classification';

export const COMPARTMENTS_FIELD = 'compartments';
export const CAVEATS_FIELD = 'caveats';

/** Codes of compartments and caveats: lowercase letters, digits and dashes (safe inside LIKE and JSON). */
export const CODE_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** The caveats seeded with the list (SPEC §1.1); `withheldFromExternal`: never sent to an external caller. */
export const SEED_CAVEATS = [
  {
    code: 'domestic-only',
    name: '仅限国内',
    nameEn: 'Domestic only',
    withheldFromExternal: false,
  },
  {
    code: 'export-controlled',
    name: '出口管制',
    nameEn: 'Export-controlled',
    withheldFromExternal: true,
  },
  {
    code: 'no-external-release',
    name: '不得外传',
    nameEn: 'Not for external release',
    withheldFromExternal: true,
  },
] as const;

/** Brand-material audiences that leave the country or the company: every caveat forbids them. */
export const RESTRICTED_AUDIENCES = ['public', 'export'] as const;

export type JsonClient = 'sqlite' | 'postgres' | 'mysql';

/** What one caller may see, as filters can express it. */
export interface Visibility {
  levels: readonly Classification[];
  /** Compartments the caller does not hold: a record carrying one of them is hidden. */
  withheldCompartments: readonly string[];
  /** Caveats that withhold a record from this caller (for an external caller). */
  withheldCaveats: readonly string[];
  client: JsonClient;
}

/** What a caller holds: `all` compartments (Super Admins), or a set; external or domestic. */
export interface Holding {
  clearance: Classification;
  compartments: 'all' | readonly string[];
  external: boolean;
}

export const visibilityOf = (
  holding: Holding,
  lists: {
    compartments: readonly string[];
    caveats: ReadonlyArray<{ code: string; withheldFromExternal: boolean }>;
  },
  client: JsonClient,
): Visibility => ({
  levels: visibleLevels(holding.clearance),
  withheldCompartments:
    holding.compartments === 'all'
      ? []
      : lists.compartments.filter((code) => !holding.compartments.includes(code)),
  withheldCaveats: holding.external
    ? lists.caveats.filter((caveat) => caveat.withheldFromExternal).map((caveat) => caveat.code)
    : [],
  client,
});

/** Whether only the level restricts this caller: no compartment or caveat adds a condition. */
export const levelsOnly = (visibility: Visibility): boolean =>
  visibility.withheldCompartments.length === 0 && visibility.withheldCaveats.length === 0;

/**
 * Whether the caller sees every record: every level, every compartment, no caveat withheld. Only
 * then may a query go unfiltered.
 */
export const seesEverything = (visibility: Visibility): boolean =>
  visibility.levels.length === CLASSIFICATION_LEVELS.length && levelsOnly(visibility);

type Filters = Record<string, unknown>;

/** "`field` does not hold `code`" as document-service / query-engine filters of the dialect. */
const notCarrying = (field: string, code: string, client: JsonClient): Filters => ({
  $or: [
    { [field]: { $null: true } },
    client === 'sqlite'
      ? { [field]: { $notContains: JSON.stringify(code) } }
      : // As JSON text: Strapi would split an array value into one condition per element.
        { $not: { [field]: { $jsonSupersetOf: JSON.stringify([code]) } } },
  ],
});

/** The need-to-know part of the filter (empty when nothing is withheld). */
export const needToKnowFilter = (visibility: Visibility): Filters => {
  const parts = [
    ...visibility.withheldCompartments.map((code) =>
      notCarrying(COMPARTMENTS_FIELD, code, visibility.client),
    ),
    ...visibility.withheldCaveats.map((code) =>
      notCarrying(CAVEATS_FIELD, code, visibility.client),
    ),
  ];
  return parts.length === 0 ? {} : { $and: parts };
};

/** The whole filter a visible record matches: level, compartments, caveats. */
export const visibilityFilter = (visibility: Visibility): Filters => ({
  classification: { $in: [...visibility.levels] },
  ...needToKnowFilter(visibility),
});

const codesOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((code): code is string => typeof code === 'string') : [];

/** Whether a stored record (its classification, compartments and caveats) is visible. */
export const isVisibleRecord = (record: Record<string, unknown>, visibility: Visibility): boolean =>
  (visibility.levels as readonly unknown[]).includes(record.classification) &&
  !codesOf(record[COMPARTMENTS_FIELD]).some((code) =>
    visibility.withheldCompartments.includes(code),
  ) &&
  !codesOf(record[CAVEATS_FIELD]).some((code) => visibility.withheldCaveats.includes(code));

/** A column expression "does not carry `code`" in raw SQL, with its binding. */
export const notCarryingSql = (
  column: string,
  code: string,
  client: JsonClient,
): [string, string[]] => {
  switch (client) {
    case 'sqlite':
      return [`(${column} IS NULL OR ${column} NOT LIKE ?)`, [`%${JSON.stringify(code)}%`]];
    case 'postgres':
      return [`(${column} IS NULL OR NOT (${column} @> ?::jsonb))`, [JSON.stringify([code])]];
    case 'mysql':
      return [`(${column} IS NULL OR NOT JSON_CONTAINS(${column}, ?))`, [JSON.stringify(code)]];
  }
};

/** The need-to-know part of a raw SQL scope on a table alias: one condition per withheld code. */
export const needToKnowSql = (alias: string, visibility: Visibility): Array<[string, string[]]> => [
  ...visibility.withheldCompartments.map((code) =>
    notCarryingSql(`${alias}.${COMPARTMENTS_FIELD}`, code, visibility.client),
  ),
  ...visibility.withheldCaveats.map((code) =>
    notCarryingSql(`${alias}.${CAVEATS_FIELD}`, code, visibility.client),
  ),
];

/** A tag list in a write body: undefined when absent; a message naming the field when malformed. */
export const readCodes = (field: string, value: unknown): { codes?: string[]; error?: string } => {
  if (value === undefined) return {};
  if (value === null) return { codes: [] };
  if (!Array.isArray(value) || value.some((code) => typeof code !== 'string'))
    return { error: `${field} must be an array of codes` };
  return { codes: [...new Set(value as string[])] };
};

/**
 * The caveats of related records that a brand material's audience violates: every caveat forbids
 * the `public` and `export` audiences.
 */
export const violatedCaveats = (
  audience: unknown,
  related: ReadonlyArray<{ label: string; caveats: unknown }>,
): Array<{ label: string; caveat: string }> => {
  if (!(RESTRICTED_AUDIENCES as readonly unknown[]).includes(audience)) return [];
  return related.flatMap((record) =>
    codesOf(record.caveats).map((caveat) => ({ label: record.label, caveat })),
  );
};
