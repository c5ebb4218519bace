/**
 * What the app and the plugin need to know about a CRM content type beyond its schema, in one
 * data-only descriptor per type (no Strapi imports: the server, the admin and the scripts read it).
 * `crm-types/__tests__/crm-types.test.ts` checks each descriptor against the type's schema.
 */

/** The admin roles of SPEC §6 that are granted types one by one (the others read every type). */
export const GRANTED_ADMIN_ROLES = [
  'Account Manager',
  'Service Engineer',
  'Marketing',
  'Strategy Analyst',
] as const;
export type GrantedAdminRole = (typeof GRANTED_ADMIN_ROLES)[number];

/** What a seeded role may do with a type in the content manager. */
export interface RoleGrant {
  /** manage: create, read, update and delete; read: read only. */
  readonly access: 'manage' | 'read';
  readonly publish?: boolean;
  /** Update limited to these fields, on top of `read`. */
  readonly updateFields?: readonly string[];
}

/** The analytics answers of SPEC §4 that the cache keeps (one per endpoint). */
export const ANALYTICS_ENDPOINTS = [
  'overview',
  'coverage',
  'impact',
  'portfolio',
  'competitors',
  'winLoss',
  'dataQuality',
  'scorecard',
  'customerHealth',
] as const;
export type AnalyticsEndpoint = (typeof ANALYTICS_ENDPOINTS)[number];

/** A business rule of SPEC §2 that applies to the type (`domain/business-rules.ts` checks it). */
export type BusinessRule =
  /** A relation the schema cannot mark required (Strapi has no required relations). */
  | { readonly rule: 'required'; readonly field: string }
  /** `field` must not precede `earlier` when both are set. */
  | { readonly rule: 'notBefore'; readonly field: string; readonly earlier: string }
  /** Every value of a JSON list is one of the product domains. */
  | { readonly rule: 'productDomains'; readonly field: string }
  /** An opportunity's closedAt once closed, and its winner only when lost. */
  | { readonly rule: 'opportunityOutcome' }
  /**
   * The opportunity `field` names is won or lost, and the record (derived from it) is classified at
   * least as high; the opportunity's classification may not then rise above the record's.
   */
  | { readonly rule: 'closedOpportunity'; readonly field: string }
  /** `field` and each `secondary` reason's category are reason categories, none repeated. */
  | { readonly rule: 'reasonCategories'; readonly field: string; readonly secondary: string };

/** How an imported row is recognised as a record that already exists. */
export interface DuplicateIdentity {
  readonly code?: string;
  readonly name: string;
  /**
   * The relation within which names are compared (a contact is the same person only within one
   * customer); an imported cell that names such a record is matched within the row's value of it too.
   */
  readonly scope?: string;
  /** SPEC §4's "one contains the other" applies to organisations' names, not to people's. */
  readonly contains: boolean;
}

/** One row of the edit view: [field, width in a 12-column grid]. */
export type EditRow = ReadonlyArray<readonly [string, number]>;

/** The content manager's list and edit views, applied once per `version` (src/bootstrap/content-manager-views.ts). */
export interface ViewLayout {
  readonly version: number;
  readonly list: readonly string[];
  readonly sort?: readonly [string, 'ASC' | 'DESC'];
  readonly edit: readonly EditRow[];
  /** English labels where the field name does not read well once split (`fooBar` → "Foo bar"). */
  readonly labels?: Readonly<Record<string, string>>;
}

export interface CrmTypeDescriptor {
  readonly uid: `api::${string}.${string}`;
  /** As in the schema's `info`; the plural name is the REST path and the import's type name. */
  readonly singularName: string;
  readonly pluralName: string;
  /** The schema's `info.displayName`: the message id of the type's label (src/admin/translations), as Strapi's menu uses it. */
  readonly displayName: string;
  /** The field an entry is known by (content-manager title, relation pickers, review titles); null: by its id. */
  readonly titleField: string | null;
  /** The fields a file's cell is matched against to find a record of this type (relation columns), in order. */
  readonly matchFields: readonly string[];
  readonly view: ViewLayout;
  readonly roles: Readonly<Partial<Record<GrantedAdminRole, RoleGrant>>>;
  readonly businessRules: readonly BusinessRule[];
  /** The analytics answers computed from this type's records: a write on it invalidates them. */
  readonly analytics: readonly AnalyticsEndpoint[];
  /** Present when files can be imported into the type (SPEC §5). */
  readonly import?: { readonly duplicates?: DuplicateIdentity };
}
