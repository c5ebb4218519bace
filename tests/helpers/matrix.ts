import type { UID } from '@strapi/strapi';
import { ADMIN_ROLES } from '../../src/bootstrap/admin-roles';

/**
 * The authorization matrix of SPEC §1 and §6 as rules, not results: who may do what at all (role
 * permissions), what each caller's clearance lets them see, and from those two the outcome every
 * cell of the matrix must have. The API test compares every cell with what the HTTP API answers.
 */

export const LEVELS = ['public', 'internal', 'confidential', 'secret'] as const;
export type Level = (typeof LEVELS)[number];

export const rank = (level: Level): number => LEVELS.indexOf(level);
export const mayAccess = (clearance: Level, classification: Level): boolean =>
  rank(classification) <= rank(clearance);

/** The compartment of the matrix (SPEC §1.1): one record of each type carries it, some callers hold it. */
export const COMPARTMENT = 'mx-alpha';

// ---------------------------------------------------------------------------------------------
// Content types: the relation each type is probed through, and minimal valid payloads.
// ---------------------------------------------------------------------------------------------

export interface ProbedRelation {
  field: string;
  target: UID.ContentType;
  /** to-many relations answer a list, to-one relations a record or null. */
  many: boolean;
  /** For an inverse side (mappedBy), the owning field on the target. */
  mappedBy?: string;
}

export interface MatrixType {
  uid: UID.ContentType;
  singular: string;
  plural: string;
  /** Draft & Publish and i18n (brand materials only). */
  localized: boolean;
  /** A relation to a classified type, probed for populate, filters and the relation endpoints. */
  relation?: ProbedRelation;
  /** A text field every role that may update the type may write (Service Engineer: feedback resolution). */
  marker: string;
  /** Minimal valid scalar values; `n` keeps unique fields unique. */
  scalars: (n: string) => Record<string, unknown>;
}

const customer = 'api::customer.customer' as UID.ContentType;
const contact = 'api::contact.contact' as UID.ContentType;
const competitor = 'api::competitor.competitor' as UID.ContentType;
const offering = 'api::competitor-offering.competitor-offering' as UID.ContentType;
const strategy = 'api::strategy.strategy' as UID.ContentType;

export const MATRIX_TYPES: MatrixType[] = [
  {
    uid: customer,
    singular: 'customer',
    plural: 'customers',
    localized: false,
    relation: { field: 'contacts', target: contact, many: true, mappedBy: 'customer' },
    marker: 'notes',
    scalars: (n) => ({ name: `矩阵单位 ${n}`, code: `MX-C-${n}` }),
  },
  {
    uid: contact,
    singular: 'contact',
    plural: 'contacts',
    localized: false,
    relation: { field: 'customer', target: customer, many: false },
    marker: 'notes',
    scalars: (n) => ({ fullName: `联系人 ${n}` }),
  },
  {
    uid: 'api::interaction.interaction' as UID.ContentType,
    singular: 'interaction',
    plural: 'interactions',
    localized: false,
    relation: { field: 'customer', target: customer, many: false },
    marker: 'outcome',
    scalars: (n) => ({ occurredAt: '2026-03-01T08:00:00.000Z', summary: `接触 ${n}` }),
  },
  {
    uid: 'api::feedback.feedback' as UID.ContentType,
    singular: 'feedback',
    plural: 'feedbacks',
    localized: false,
    relation: { field: 'customer', target: customer, many: false },
    marker: 'resolution',
    scalars: (n) => ({ content: `反馈 ${n}`, receivedAt: '2026-03-01T08:00:00.000Z' }),
  },
  {
    uid: 'api::service-ticket.service-ticket' as UID.ContentType,
    singular: 'service-ticket',
    plural: 'service-tickets',
    localized: false,
    relation: { field: 'customer', target: customer, many: false },
    marker: 'rootCause',
    scalars: (n) => ({ title: `工单 ${n}`, openedAt: '2026-03-01T08:00:00.000Z' }),
  },
  {
    uid: 'api::survey-response.survey-response' as UID.ContentType,
    singular: 'survey-response',
    plural: 'survey-responses',
    localized: false,
    relation: { field: 'customer', target: customer, many: false },
    marker: 'comments',
    scalars: () => ({ respondedAt: '2026-03-01T08:00:00.000Z', overall: 4 }),
  },
  {
    uid: 'api::product.product' as UID.ContentType,
    singular: 'product',
    plural: 'products',
    localized: false,
    // A product has no relation to a classified type (only the attributes component).
    marker: 'description',
    scalars: (n) => ({ name: `装备 ${n}`, code: `MX-P-${n}` }),
  },
  {
    uid: competitor,
    singular: 'competitor',
    plural: 'competitors',
    localized: false,
    relation: { field: 'offerings', target: offering, many: true, mappedBy: 'competitor' },
    marker: 'strengths',
    scalars: (n) => ({ name: `竞争对手 ${n}` }),
  },
  {
    uid: offering,
    singular: 'competitor-offering',
    plural: 'competitor-offerings',
    localized: false,
    relation: { field: 'competitor', target: competitor, many: false },
    marker: 'notes',
    scalars: (n) => ({ name: `竞品 ${n}` }),
  },
  {
    uid: 'api::opportunity.opportunity' as UID.ContentType,
    singular: 'opportunity',
    plural: 'opportunities',
    localized: false,
    relation: { field: 'customer', target: customer, many: false },
    marker: 'title',
    // Won, so that win/loss interviews may name it.
    scalars: (n) => ({ title: `商机 ${n}`, stage: 'won', closedAt: '2026-03-01' }),
  },
  {
    uid: 'api::win-loss-interview.win-loss-interview' as UID.ContentType,
    singular: 'win-loss-interview',
    plural: 'win-loss-interviews',
    localized: false,
    // Probed through the contact: connecting a higher opportunity would also meet the level rule.
    relation: { field: 'intervieweeContact', target: contact, many: false },
    marker: 'summary',
    scalars: (n) => ({
      intervieweeName: `受访人 ${n}`,
      interviewedAt: '2026-03-05',
      mainReason: 'price',
    }),
  },
  {
    uid: strategy,
    singular: 'strategy',
    plural: 'strategies',
    localized: false,
    relation: { field: 'targetCustomers', target: customer, many: true },
    marker: 'summary',
    scalars: (n) => ({ title: `策略 ${n}` }),
  },
  {
    uid: 'api::brand-material.brand-material' as UID.ContentType,
    singular: 'brand-material',
    plural: 'brand-materials',
    localized: true,
    relation: { field: 'strategy', target: strategy, many: false },
    marker: 'channel',
    scalars: (n) => ({ title: `品牌物料 ${n}` }),
  },
  {
    uid: 'api::campaign.campaign' as UID.ContentType,
    singular: 'campaign',
    plural: 'campaigns',
    localized: false,
    relation: { field: 'strategies', target: strategy, many: true },
    marker: 'results',
    scalars: (n) => ({ name: `营销活动 ${n}` }),
  },
];

/** The relation a new record needs to pass the business rules of SPEC §2 (customer or competitor). */
export const REQUIRED_RELATION: Partial<
  Record<string, { field: string; target: UID.ContentType }>
> = {
  [contact]: { field: 'customer', target: customer },
  'api::interaction.interaction': { field: 'customer', target: customer },
  'api::feedback.feedback': { field: 'customer', target: customer },
  'api::service-ticket.service-ticket': { field: 'customer', target: customer },
  'api::survey-response.survey-response': { field: 'customer', target: customer },
  'api::opportunity.opportunity': { field: 'customer', target: customer },
  [offering]: { field: 'competitor', target: competitor },
  'api::win-loss-interview.win-loss-interview': {
    field: 'opportunity',
    target: 'api::opportunity.opportunity' as UID.ContentType,
  },
};

export const matrixType = (uid: string): MatrixType => {
  const found = MATRIX_TYPES.find((t) => t.uid === uid);
  if (!found) throw new Error(`not a CRM type: ${uid}`);
  return found;
};

// ---------------------------------------------------------------------------------------------
// Callers and their permissions.
// ---------------------------------------------------------------------------------------------

export type Action = 'read' | 'create' | 'update' | 'delete';

export type CallerSpec =
  | { name: string; kind: 'public'; clearance: 'public' }
  | { name: string; kind: 'api-user'; clearance: Level; compartments?: string[] }
  | { name: string; kind: 'api-token'; clearance: Level }
  | {
      name: string;
      kind: 'admin';
      clearance: Level;
      role: string;
      clearanceRecord?: Level;
      compartments?: string[];
    };

const SUPER_ADMIN = 'Super Admin';

/** Every caller of the matrix (SPEC §1 for the clearances, §6 for the roles). */
export const CALLERS: CallerSpec[] = [
  { name: 'Public', kind: 'public', clearance: 'public' },
  ...LEVELS.map((level): CallerSpec => ({
    name: `Authenticated (${level})`,
    kind: 'api-user',
    clearance: level,
  })),
  {
    name: `Authenticated (internal, ${COMPARTMENT})`,
    kind: 'api-user',
    clearance: 'internal',
    compartments: [COMPARTMENT],
  },
  // Full-access token; tokens get the plugin's apiTokenClearance, internal by default.
  { name: 'API token (full-access)', kind: 'api-token', clearance: 'internal' },
  ...ADMIN_ROLES.map((role): CallerSpec => ({
    name: role.name,
    kind: 'admin',
    role: role.name,
    clearance: 'internal',
  })),
  {
    name: 'Account Manager (confidential)',
    kind: 'admin',
    role: 'Account Manager',
    clearance: 'confidential',
    clearanceRecord: 'confidential',
  },
  {
    name: `Account Manager (${COMPARTMENT})`,
    kind: 'admin',
    role: 'Account Manager',
    clearance: 'internal',
    clearanceRecord: 'internal',
    compartments: [COMPARTMENT],
  },
  { name: SUPER_ADMIN, kind: 'admin', role: SUPER_ADMIN, clearance: 'secret' },
];

/** Whether the caller holds every compartment of the record (Super Admins hold them all). */
export const holdsCompartments = (caller: CallerSpec, compartments: readonly string[] = []) =>
  (isAdmin(caller) && caller.role === SUPER_ADMIN) ||
  compartments.every((code) =>
    caller.kind === 'api-user' || caller.kind === 'admin'
      ? (caller.compartments ?? []).includes(code)
      : false,
  );

/** Whether a record exists for the caller as far as clearance goes: its level and its compartments. */
export const visibleTo = (caller: CallerSpec, record: SeededRecord): boolean =>
  mayAccess(caller.clearance, record.classification) &&
  holdsCompartments(caller, record.compartments);

export const isAdmin = (caller: CallerSpec): caller is Extract<CallerSpec, { kind: 'admin' }> =>
  caller.kind === 'admin';

const BRAND_MATERIAL = 'api::brand-material.brand-material';

/** What a caller may do to a type at all, before clearance (admin roles, users-permissions defaults, token type). */
export const permits = (caller: CallerSpec, action: Action, uid: string): boolean => {
  switch (caller.kind) {
    case 'public':
      return action === 'read' && uid === BRAND_MATERIAL;
    case 'api-user':
      return action === 'read';
    case 'api-token':
      return true;
    case 'admin': {
      if (caller.role === SUPER_ADMIN) return true;
      const role = ADMIN_ROLES.find((r) => r.name === caller.role);
      if (!role) throw new Error(`unknown role ${caller.role}`);
      const manages = (role.manage as string[]).includes(uid);
      if (action === 'read') return manages || (role.read as string[]).includes(uid);
      if (action === 'update') return manages || Object.keys(role.updateFields ?? {}).includes(uid);
      return manages;
    }
  }
};

// ---------------------------------------------------------------------------------------------
// Seeded records, as a graph the expectations are computed from.
// ---------------------------------------------------------------------------------------------

export interface SeededRecord {
  key: string;
  uid: string;
  documentId: string;
  classification: Level;
  /** Compartments the record carries (SPEC §1.1). */
  compartments?: string[];
  /** Owning-side relations: field → keys of the related records. */
  links: Record<string, string[]>;
}

export class SeedGraph {
  readonly records = new Map<string, SeededRecord>();

  add(record: SeededRecord) {
    this.records.set(record.key, record);
    return record;
  }

  get(key: string): SeededRecord {
    const record = this.records.get(key);
    if (!record) throw new Error(`no seeded record ${key}`);
    return record;
  }

  ofType(uid: string): SeededRecord[] {
    return [...this.records.values()].filter((r) => r.uid === uid);
  }

  /** The records a relation of `record` holds, inverse sides (mappedBy) included. */
  related(record: SeededRecord, relation: ProbedRelation): SeededRecord[] {
    if (relation.mappedBy) {
      return this.ofType(relation.target).filter((other) =>
        (other.links[relation.mappedBy!] ?? []).includes(record.key),
      );
    }
    return (record.links[relation.field] ?? []).map((key) => this.get(key));
  }
}

/** The documentIds of the records of a list, sorted. */
export const idsOf = (records: SeededRecord[]): string[] => records.map((r) => r.documentId).sort();

// ---------------------------------------------------------------------------------------------
// Expected outcomes.
// ---------------------------------------------------------------------------------------------

/** Whether a record exists for the caller: role may read the type, clearance covers it (and Public sees public only). */
export const canSee = (caller: CallerSpec, record: SeededRecord): boolean =>
  permits(caller, 'read', record.uid) && visibleTo(caller, record);

export type ReadExpectation =
  | { status: 403 }
  | { status: 404 }
  | { status: 200; ids: string[] }
  /** The caller may read the type but not the related type: only "nothing above clearance" is asserted. */
  | { status: 200; subsetOf: string[] };

/** A list (and its total): every seeded record of the type the caller may see. */
export const expectList = (caller: CallerSpec, graph: SeedGraph, uid: string): ReadExpectation =>
  permits(caller, 'read', uid)
    ? { status: 200, ids: idsOf(graph.ofType(uid).filter((r) => canSee(caller, r))) }
    : { status: 403 };

/** findOne / edit view of one record. */
export const expectFindOne = (
  caller: CallerSpec,
  record: SeededRecord,
): { status: 200 | 403 | 404 } => {
  if (!permits(caller, 'read', record.uid)) return { status: 403 };
  return { status: visibleTo(caller, record) ? 200 : 404 };
};

/** A populated relation (or the existing-relations list) of a visible record: only what the caller may see. */
export const expectRelated = (
  caller: CallerSpec,
  graph: SeedGraph,
  record: SeededRecord,
  relation: ProbedRelation,
): ReadExpectation => {
  const found = expectFindOne(caller, record);
  if (found.status !== 200) return found as ReadExpectation;
  const related = graph.related(record, relation).filter((r) => visibleTo(caller, r));
  if (!permits(caller, 'read', relation.target)) return { status: 200, subsetOf: idsOf(related) };
  return { status: 200, ids: idsOf(related) };
};

/** A list filtered through the relation on one target record: matches only through what the caller may see. */
export const expectRelationFilter = (
  caller: CallerSpec,
  graph: SeedGraph,
  uid: string,
  relation: ProbedRelation,
  target: SeededRecord,
): ReadExpectation => {
  if (!permits(caller, 'read', uid)) return { status: 403 };
  const visible = graph.ofType(uid).filter((r) => canSee(caller, r));
  const matching = visibleTo(caller, target)
    ? visible.filter((r) => graph.related(r, relation).some((other) => other.key === target.key))
    : [];
  // Without read permission on the related type the filter may be dropped or refused: only no leak is asserted.
  if (!permits(caller, 'read', relation.target)) return { status: 200, subsetOf: idsOf(visible) };
  return { status: 200, ids: idsOf(matching) };
};

/** The relation picker of an admin: every record of the target type within clearance. */
export const expectPicker = (
  caller: CallerSpec,
  graph: SeedGraph,
  uid: string,
  relation: ProbedRelation,
): ReadExpectation => {
  if (!permits(caller, 'read', uid)) return { status: 403 };
  const offered = graph.ofType(relation.target).filter((r) => visibleTo(caller, r));
  if (!permits(caller, 'read', relation.target)) return { status: 200, subsetOf: idsOf(offered) };
  return { status: 200, ids: idsOf(offered) };
};

/** `missing-relation`: the answer Strapi gives for a relation to a record that does not exist (400). */
export type WriteOutcome = 'done' | 'forbidden' | 'not-found' | 'missing-relation';

/** Creating a record classified `level`: the role must permit it and the level be within clearance. */
export const expectCreate = (caller: CallerSpec, uid: string, level: Level): WriteOutcome =>
  permits(caller, 'create', uid) && mayAccess(caller.clearance, level) ? 'done' : 'forbidden';

/** Creating a public record tagged with the compartment: the role must permit it and the caller hold it (403 naming it). */
export const expectCreateTagged = (caller: CallerSpec, uid: string): WriteOutcome =>
  permits(caller, 'create', uid) && holdsCompartments(caller, [COMPARTMENT]) ? 'done' : 'forbidden';

/** Updating or deleting an existing record: without permission 403; above clearance it does not exist (404). */
export const expectChange = (
  caller: CallerSpec,
  action: 'update' | 'delete',
  record: SeededRecord,
): WriteOutcome => {
  if (!permits(caller, action, record.uid)) return 'forbidden';
  return visibleTo(caller, record) ? 'done' : 'not-found';
};

/**
 * Cloning a record classified `level` in the content manager: the role must permit a create; a
 * source above clearance does not exist (404).
 */
export const expectClone = (caller: CallerSpec, uid: string, level: Level): WriteOutcome => {
  if (!permits(caller, 'create', uid)) return 'forbidden';
  return mayAccess(caller.clearance, level) ? 'done' : 'not-found';
};

/**
 * Connecting a record of the caller's own type to the relation's target classified `level`: the
 * role must permit the update; a target above clearance answers as one that does not exist.
 */
export const expectConnect = (caller: CallerSpec, uid: string, level: Level): WriteOutcome => {
  if (!permits(caller, 'update', uid)) return 'forbidden';
  return mayAccess(caller.clearance, level) ? 'done' : 'missing-relation';
};

export const STATUS_OF: Record<WriteOutcome, (method: 'create' | 'update' | 'delete') => number[]> =
  {
    done: (method) => (method === 'create' ? [200, 201] : [200, 204]),
    forbidden: () => [403],
    'not-found': () => [404],
    'missing-relation': () => [400],
  };
