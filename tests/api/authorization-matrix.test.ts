import crypto from 'node:crypto';
import { setupStrapi, type TestApp } from '../helpers/strapi';
import { bearer, createAdminSession, createApiToken, createApiUser } from '../helpers/auth';
import {
  CALLERS,
  COMPARTMENT,
  LEVELS,
  MATRIX_TYPES,
  REQUIRED_RELATION,
  SeedGraph,
  STATUS_OF,
  expectChange,
  expectClone,
  expectConnect,
  expectCreate,
  expectCreateTagged,
  expectFindOne,
  expectList,
  expectPicker,
  expectRelated,
  expectRelationFilter,
  isAdmin,
  matrixType,
  permits,
  type CallerSpec,
  type Level,
  type MatrixType,
  type ReadExpectation,
  type SeededRecord,
  type WriteOutcome,
} from '../helpers/matrix';
import { sampled } from '../helpers/sample';

/**
 * The generated authorization matrix (SPEC §1, §6): every caller × every CRM type × every read
 * path and write, each cell's expected outcome computed from the role's permissions and the
 * caller's clearance (tests/helpers/matrix.ts), compared with what the HTTP API answers. Records
 * are seeded without a request (unrestricted); reads are probed before any write.
 */

let app: TestApp;
const graph = new SeedGraph();
const headers = new Map<string, Record<string, string>>();

const unique = () => crypto.randomBytes(4).toString('hex').toUpperCase();
const SEED_ORDER = [
  'customer',
  'competitor',
  'product',
  'strategy',
  'contact',
  'competitor-offering',
  'interaction',
  'feedback',
  'service-ticket',
  'survey-response',
  'opportunity',
  'win-loss-interview',
  'brand-material',
  'campaign',
];
const TYPES_IN_SEED_ORDER = SEED_ORDER.map((singular) =>
  MATRIX_TYPES.find((t) => t.singular === singular)!,
);

const recKey = (singular: string, level: Level) => `rec:${singular}:${level}`;
const carrierKey = (singular: string, level: Level) => `carrier:${singular}:${level}`;
/** The public record of a type that carries the matrix's compartment. */
const taggedKey = (singular: string) => `tagged:${singular}`;
const singularOf = (uid: string) => matrixType(uid).singular;

const isToMany = (uid: string, field: string) => {
  const attribute = app.strapi.contentType(uid as never).attributes[field] as { relation?: string };
  return Boolean(attribute.relation?.endsWith('ToMany'));
};

/** Creates a record without a request (no clearance applies), brand materials published in zh-Hans. */
const createUnrestricted = async (
  type: MatrixType,
  classification: Level,
  links: Record<string, string[]>,
  extra: Record<string, unknown> = {},
) => {
  const data: Record<string, unknown> = { ...type.scalars(unique()), classification, ...extra };
  for (const [field, keys] of Object.entries(links)) {
    const ids = keys.map((key) => graph.get(key).documentId);
    data[field] = isToMany(type.uid, field) ? ids : ids[0];
  }
  const created = await app.strapi.documents(type.uid).create({
    data: data as never,
    ...(type.localized ? { locale: 'zh-Hans', status: 'published' as const } : {}),
  });
  return created.documentId as string;
};

/** The required relation of a level record: to the carrier that lists it (inverse side), or to the public record. */
const requiredLinks = (type: MatrixType, level: Level): Record<string, string[]> => {
  const required = REQUIRED_RELATION[type.uid];
  if (!required) return {};
  const owner = matrixType(required.target);
  const ownerListsUs =
    owner.relation?.mappedBy === required.field && owner.relation.target === type.uid;
  return {
    [required.field]: [
      ownerListsUs ? carrierKey(owner.singular, level) : recKey(owner.singular, 'public'),
    ],
  };
};

/** The required relation of a connect cell's own record: to a public carrier, never to a record a connect cell links. */
const linksAwayFromLevelRecords = (type: MatrixType): Record<string, string[]> => {
  const required = REQUIRED_RELATION[type.uid];
  return required ? { [required.field]: [carrierKey(singularOf(required.target), 'secret')] } : {};
};

const seed = async () => {
  await app.strapi.db
    .query('plugin::synergy.compartment')
    .create({ data: { code: COMPARTMENT, name: '矩阵计划' } });
  for (const type of TYPES_IN_SEED_ORDER) {
    for (const level of LEVELS) {
      const links = requiredLinks(type, level);
      graph.add({
        key: recKey(type.singular, level),
        uid: type.uid,
        classification: level,
        links,
        documentId: await createUnrestricted(type, level, links),
      });
    }
    // A public record in the compartment: a cell of every read that lists the type, and its own findOne.
    const taggedLinks = requiredLinks(type, 'public');
    graph.add({
      key: taggedKey(type.singular),
      uid: type.uid,
      classification: 'public',
      compartments: [COMPARTMENT],
      links: taggedLinks,
      documentId: await createUnrestricted(type, 'public', taggedLinks, {
        compartments: [COMPARTMENT],
      }),
    });
    const relation = type.relation;
    if (!relation) continue;
    // A public carrier per level: a record every reader of the type sees, related to the target's record of that level.
    for (const level of LEVELS) {
      const links = {
        // A required relation other than the probed one (an interview's opportunity): the public record.
        ...(REQUIRED_RELATION[type.uid]?.field !== relation.field
          ? requiredLinks(type, 'public')
          : {}),
        ...(relation.mappedBy
          ? {}
          : { [relation.field]: [recKey(singularOf(relation.target), level)] }),
      };
      graph.add({
        key: carrierKey(type.singular, level),
        uid: type.uid,
        classification: 'public',
        links,
        documentId: await createUnrestricted(type, 'public', links),
      });
    }
  }
};

const createSessions = async () => {
  const token = await createApiToken(app.strapi, 'full-access');
  for (const caller of CALLERS) {
    switch (caller.kind) {
      case 'public':
        headers.set(caller.name, {});
        break;
      case 'api-token':
        headers.set(caller.name, bearer(token));
        break;
      case 'api-user':
        headers.set(
          caller.name,
          bearer(
            (
              await createApiUser(app.strapi, {
                clearance: caller.clearance,
                compartments: caller.compartments ?? [],
              })
            ).jwt,
          ),
        );
        break;
      case 'admin': {
        const session = await createAdminSession(app.strapi, [caller.role]);
        if (caller.clearanceRecord) {
          await app.strapi.db.query('plugin::synergy.clearance').create({
            data: {
              user: session.id,
              level: caller.clearanceRecord,
              compartments: caller.compartments ?? [],
            },
          });
        }
        headers.set(caller.name, bearer(session.token));
        break;
      }
    }
  }
};

// ---------------------------------------------------------------------------------------------
// Cells.
// ---------------------------------------------------------------------------------------------

type ReadKind =
  | 'list'
  | 'findOne'
  | 'findOneTagged'
  | 'populate'
  | 'relationFilter'
  | 'picker'
  | 'existingRelations'
  | 'ownRelations';
type WriteKind =
  | 'createTagged'
  | 'create'
  | 'update'
  | 'delete'
  | 'clone'
  | 'cloneAs'
  | 'connect'
  | 'bulkDelete'
  | 'newLocale';
const WRITE_KINDS: WriteKind[] = [
  'createTagged',
  'create',
  'update',
  'delete',
  'clone',
  'cloneAs',
  'connect',
  'bulkDelete',
  'newLocale',
];
/** The HTTP method whose success statuses a write kind answers with. */
const METHOD_OF: Record<WriteKind, 'create' | 'update' | 'delete'> = {
  create: 'create',
  createTagged: 'create',
  clone: 'create',
  cloneAs: 'create',
  update: 'update',
  connect: 'update',
  delete: 'delete',
  bulkDelete: 'update',
  newLocale: 'create',
};

interface Cell {
  caller: CallerSpec;
  type: MatrixType;
  kind: ReadKind | WriteKind;
  level?: Level;
  /** The cell's name in the test report. */
  name: string;
}

const cellsOf = (caller: CallerSpec, type: MatrixType): Cell[] => {
  const cells: Cell[] = [];
  const add = (kind: Cell['kind'], level?: Level, detail = '') =>
    cells.push({ caller, type, kind, level, name: `${kind}${level ? ` ${level}` : ''}${detail}` });
  add('list', undefined, ' (results and total)');
  for (const level of LEVELS) add('findOne', level);
  add('findOneTagged', undefined, ` (public, compartment ${COMPARTMENT})`);
  if (type.relation) {
    for (const level of LEVELS)
      add(
        'populate',
        level,
        ` (${type.relation.field} → ${level} ${singularOf(type.relation.target)})`,
      );
    for (const level of LEVELS)
      add(
        'relationFilter',
        level,
        ` (${type.relation.field} = ${level} ${singularOf(type.relation.target)})`,
      );
    // Relation endpoints of a type the role may not read answer 500 in Strapi 5.54 (`return ctx.forbidden()` in
    // extractAndValidateRequestInfo, then a destructuring of undefined): reported, left out of the matrix.
    if (isAdmin(caller) && permits(caller, 'read', type.uid)) {
      add('picker', undefined, ` (${type.relation.field})`);
      for (const level of LEVELS)
        add(
          'existingRelations',
          level,
          ` (${type.relation.field} → ${level} ${singularOf(type.relation.target)})`,
        );
      for (const level of LEVELS)
        add('ownRelations', level, ` (${type.relation.field} of the ${level} record)`);
    }
  }
  for (const level of LEVELS) add('create', level);
  add('createTagged', undefined, ` (public, compartment ${COMPARTMENT})`);
  for (const level of LEVELS) add('update', level);
  for (const level of LEVELS) add('delete', level);
  if (type.relation && !restrictedToFields(caller, type)) {
    for (const level of LEVELS)
      add(
        'connect',
        level,
        ` (${type.relation.field} → ${level} ${singularOf(type.relation.target)})`,
      );
  }
  if (isAdmin(caller)) {
    for (const level of LEVELS) add('clone', level, ' (content manager)');
    for (const level of LEVELS)
      add('cloneAs', level, ' (a public record cloned with this classification)');
    for (const level of LEVELS) add('bulkDelete', level, ' (content manager)');
    if (type.localized)
      for (const level of LEVELS) add('newLocale', level, ' (the en version of a zh-Hans record)');
  }
  return cells;
};

/** A role that may update only some fields of the type (Service Engineer on feedback): relation writes are not its to make. */
const restrictedToFields = (caller: CallerSpec, type: MatrixType) =>
  isAdmin(caller) && !permits(caller, 'create', type.uid) && permits(caller, 'update', type.uid);

const cellId = (cell: Cell) => `${cell.caller.name} | ${cell.type.singular} | ${cell.name}`;

const ALL_CELLS = sampled(
  'authorization matrix',
  CALLERS.flatMap((caller) => MATRIX_TYPES.flatMap((type) => cellsOf(caller, type))),
  cellId,
);
const inMatrixSample = new Set(ALL_CELLS.map(cellId));
const isRead = (cell: Cell) => !(WRITE_KINDS as string[]).includes(cell.kind);

// ---------------------------------------------------------------------------------------------
// Requests.
// ---------------------------------------------------------------------------------------------

interface ReadObservation {
  status: number;
  ids?: string[];
  total?: number;
  /** The content manager's edit view answers a relation as `{ count }`. */
  count?: number;
  message?: string;
}

interface WriteObservation {
  status: number;
  /** Whether the write is in the database. */
  stored: boolean;
  message?: string;
}

const observations = new Map<string, ReadObservation | WriteObservation>();

const cmBase = (uid: string) => `/content-manager/collection-types/${uid}`;
const localeQuery = (type: MatrixType) => (type.localized ? 'locale=zh-Hans' : '');
const withQuery = (path: string, ...parts: string[]) => {
  const query = parts.filter(Boolean).join('&');
  return query ? `${path}?${query}` : path;
};

const documentIdsIn = (value: unknown): string[] | undefined => {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value))
    return value.map((item) => (item as { documentId: string }).documentId).sort();
  if (
    typeof value === 'object' &&
    typeof (value as { documentId?: unknown }).documentId === 'string'
  ) {
    return [(value as { documentId: string }).documentId];
  }
  return undefined;
};

const get = (cell: Cell, path: string) => app.http().get(path).set(headers.get(cell.caller.name)!);

const errorMessage = (body: unknown) => (body as { error?: { message?: string } })?.error?.message;

const probeRead = async (cell: Cell): Promise<ReadObservation> => {
  const { type, level, caller } = cell;
  const relation = type.relation!;
  const admin = isAdmin(caller);
  const target = level
    ? graph.get(recKey(singularOf(relation?.target ?? type.uid), level))
    : undefined;
  const record =
    cell.kind === 'findOneTagged'
      ? graph.get(taggedKey(type.singular))
      : level
        ? graph.get(recKey(type.singular, level))
        : undefined;
  const carrier = level && relation ? graph.get(carrierKey(type.singular, level)) : undefined;

  const listOf = async (path: string): Promise<ReadObservation> => {
    const res = await get(cell, path);
    if (res.status !== 200) return { status: res.status, message: errorMessage(res.body) };
    const rows = (admin ? res.body.results : res.body.data) as Array<{ documentId: string }>;
    const pagination = admin ? res.body.pagination : res.body.meta?.pagination;
    return { status: 200, ids: rows.map((row) => row.documentId).sort(), total: pagination?.total };
  };

  switch (cell.kind) {
    case 'list':
      return admin
        ? listOf(withQuery(cmBase(type.uid), 'page=1&pageSize=100', localeQuery(type)))
        : listOf(`/api/${type.plural}?pagination[pageSize]=100`);
    case 'findOne':
    case 'findOneTagged': {
      const res = await get(
        cell,
        admin
          ? withQuery(`${cmBase(type.uid)}/${record!.documentId}`, localeQuery(type))
          : `/api/${type.plural}/${record!.documentId}`,
      );
      const ok = res.status === 200 && res.body.data?.documentId === record!.documentId;
      return {
        status: res.status === 200 && !ok ? 299 : res.status,
        message: errorMessage(res.body),
      };
    }
    case 'populate': {
      const res = await get(
        cell,
        admin
          ? withQuery(`${cmBase(type.uid)}/${carrier!.documentId}`, localeQuery(type))
          : `/api/${type.plural}/${carrier!.documentId}?populate=${relation.field}`,
      );
      if (res.status !== 200) return { status: res.status, message: errorMessage(res.body) };
      const value = res.body.data?.[relation.field];
      if (
        value &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        typeof value.count === 'number'
      )
        return { status: 200, count: value.count };
      return { status: 200, ids: documentIdsIn(value) };
    }
    case 'relationFilter':
      return admin
        ? listOf(
            withQuery(
              cmBase(type.uid),
              `filters[$and][0][${relation.field}][documentId][$eq]=${target!.documentId}&page=1&pageSize=100`,
              localeQuery(type),
            ),
          )
        : listOf(
            `/api/${type.plural}?filters[${relation.field}][documentId][$eq]=${target!.documentId}&pagination[pageSize]=100`,
          );
    case 'picker':
      return listOf(
        withQuery(
          `/content-manager/relations/${type.uid}/${relation.field}`,
          'pageSize=100',
          localeQuery(type),
        ),
      );
    case 'existingRelations':
      return listOf(
        withQuery(
          `/content-manager/relations/${type.uid}/${carrier!.documentId}/${relation.field}`,
          'pageSize=100',
          localeQuery(type),
        ),
      );
    case 'ownRelations':
      return listOf(
        withQuery(
          `/content-manager/relations/${type.uid}/${record!.documentId}/${relation.field}`,
          'pageSize=100',
          localeQuery(type),
        ),
      );
    default:
      throw new Error(`not a read: ${cell.kind}`);
  }
};

const expectedRead = (cell: Cell): ReadExpectation => {
  const { caller, type, level } = cell;
  const relation = type.relation!;
  switch (cell.kind) {
    case 'list':
      return expectList(caller, graph, type.uid);
    case 'findOne':
      return expectFindOne(caller, graph.get(recKey(type.singular, level!))) as ReadExpectation;
    case 'findOneTagged':
      return expectFindOne(caller, graph.get(taggedKey(type.singular))) as ReadExpectation;
    case 'populate':
    case 'existingRelations':
      return expectRelated(caller, graph, graph.get(carrierKey(type.singular, level!)), relation);
    case 'ownRelations':
      return expectRelated(caller, graph, graph.get(recKey(type.singular, level!)), relation);
    case 'relationFilter':
      return expectRelationFilter(
        caller,
        graph,
        type.uid,
        relation,
        graph.get(recKey(singularOf(relation.target), level!)),
      );
    case 'picker':
      return expectPicker(caller, graph, type.uid, relation);
    default:
      throw new Error(`not a read: ${cell.kind}`);
  }
};

const markerOf = (cell: Cell) =>
  `mx-${cell.kind}-${CALLERS.indexOf(cell.caller)}-${cell.type.singular}-${cell.level}`;

const markerStored = async (type: MatrixType, marker: string, documentId?: string) =>
  (await app.strapi.db
    .query(type.uid)
    .count({ where: { [type.marker]: marker, ...(documentId ? { documentId } : {}) } })) > 0;

const documentExists = async (type: MatrixType, documentId: string) =>
  (await app.strapi.db.query(type.uid).count({ where: { documentId } })) > 0;

/** Documents deleted by the delete cells expected to succeed: fresh ones, so no other cell loses its record. */
const victims = new Map<string, string>();

const probeWrite = async (cell: Cell): Promise<WriteObservation> => {
  const { type, level, caller } = cell;
  const admin = isAdmin(caller);
  const auth = headers.get(caller.name)!;
  const marker = markerOf(cell);
  switch (cell.kind) {
    case 'create':
    case 'createTagged': {
      const required = REQUIRED_RELATION[type.uid];
      const relatedId = required
        ? graph.get(recKey(singularOf(required.target), 'public')).documentId
        : undefined;
      const data: Record<string, unknown> = {
        ...type.scalars(unique()),
        classification: level ?? 'public',
        [type.marker]: marker,
        ...(cell.kind === 'createTagged' ? { compartments: [COMPARTMENT] } : {}),
      };
      if (required)
        data[required.field] = admin ? { connect: [{ documentId: relatedId }] } : relatedId;
      const res = admin
        ? await app
            .http()
            .post(withQuery(cmBase(type.uid), localeQuery(type)))
            .set(auth)
            .send(data)
        : await app
            .http()
            .post(withQuery(`/api/${type.plural}`, type.localized ? 'status=draft' : ''))
            .set(auth)
            .send({ data });
      return {
        status: res.status,
        stored: await markerStored(type, marker),
        message: errorMessage(res.body),
      };
    }
    case 'update': {
      const { documentId } = graph.get(recKey(type.singular, level!));
      const res = admin
        ? await app
            .http()
            .put(withQuery(`${cmBase(type.uid)}/${documentId}`, localeQuery(type)))
            .set(auth)
            .send({ [type.marker]: marker })
        : await app
            .http()
            .put(
              withQuery(`/api/${type.plural}/${documentId}`, type.localized ? 'status=draft' : ''),
            )
            .set(auth)
            .send({ data: { [type.marker]: marker } });
      return {
        status: res.status,
        stored: await markerStored(type, marker, documentId),
        message: errorMessage(res.body),
      };
    }
    case 'delete': {
      const documentId =
        victims.get(cellId(cell)) ?? graph.get(recKey(type.singular, level!)).documentId;
      const res = admin
        ? await app
            .http()
            .delete(withQuery(`${cmBase(type.uid)}/${documentId}`, localeQuery(type)))
            .set(auth)
        : await app.http().delete(`/api/${type.plural}/${documentId}`).set(auth);
      // "stored" for a delete: the document is gone.
      return {
        status: res.status,
        stored: !(await documentExists(type, documentId)),
        message: errorMessage(res.body),
      };
    }
    case 'clone':
    case 'cloneAs': {
      const source = graph.get(recKey(type.singular, cell.kind === 'clone' ? level! : 'public'));
      const data: Record<string, unknown> = {
        ...type.scalars(unique()),
        [type.marker]: marker,
        ...(cell.kind === 'cloneAs' ? { classification: level } : {}),
      };
      const res = await app
        .http()
        .post(withQuery(`${cmBase(type.uid)}/clone/${source.documentId}`, localeQuery(type)))
        .set(auth)
        .send(data);
      return {
        status: res.status,
        stored: await markerStored(type, marker),
        message: errorMessage(res.body),
      };
    }
    case 'connect': {
      const relation = type.relation!;
      const source =
        victims.get(cellId(cell)) ?? graph.get(recKey(type.singular, 'public')).documentId;
      const target = graph.get(recKey(singularOf(relation.target), level!)).documentId;
      const value = admin ? { connect: [{ documentId: target }] } : { connect: [target] };
      const linkedBefore = await isLinked(type, source, relation.field, target);
      const res = admin
        ? await app
            .http()
            .put(withQuery(`${cmBase(type.uid)}/${source}`, localeQuery(type)))
            .set(auth)
            .send({ [relation.field]: value })
        : await app
            .http()
            .put(withQuery(`/api/${type.plural}/${source}`, type.localized ? 'status=draft' : ''))
            .set(auth)
            .send({ data: { [relation.field]: value } });
      return {
        status: res.status,
        stored: !linkedBefore && (await isLinked(type, source, relation.field, target)),
        message: errorMessage(res.body),
      };
    }
    case 'newLocale': {
      const { documentId } = graph.get(recKey(type.singular, level!));
      const res = await app
        .http()
        .put(`${cmBase(type.uid)}/${documentId}?locale=en`)
        .set(auth)
        .send({ ...type.scalars(unique()), [type.marker]: marker });
      return {
        status: res.status,
        stored: await markerStored(type, marker, documentId),
        message: errorMessage(res.body),
      };
    }
    case 'bulkDelete': {
      const documentId =
        victims.get(cellId(cell)) ?? graph.get(recKey(type.singular, level!)).documentId;
      const res = await app
        .http()
        .post(withQuery(`${cmBase(type.uid)}/actions/bulkDelete`, localeQuery(type)))
        .set(auth)
        .send({ documentIds: [documentId] });
      return {
        status: res.status,
        stored: !(await documentExists(type, documentId)),
        message: errorMessage(res.body),
      };
    }
    default:
      throw new Error(`not a write: ${cell.kind}`);
  }
};

/** Whether a record's relation holds the target (in the database, whatever the caller may see). */
const isLinked = async (type: MatrixType, documentId: string, field: string, target: string) => {
  const rows = (await app.strapi.db.query(type.uid).findMany({
    where: { documentId },
    populate: { [field]: { select: ['documentId'] } },
  })) as Array<Record<string, unknown>>;
  return rows.some((row) => documentIdsIn(row[field])?.includes(target));
};

const expectedWrite = (cell: Cell): WriteOutcome => {
  switch (cell.kind) {
    case 'create':
    case 'cloneAs':
      return expectCreate(cell.caller, cell.type.uid, cell.level!);
    case 'createTagged':
      return expectCreateTagged(cell.caller, cell.type.uid);
    case 'clone':
      return expectClone(cell.caller, cell.type.uid, cell.level!);
    case 'connect':
      return expectConnect(cell.caller, cell.type.uid, cell.level!);
    case 'bulkDelete':
      return expectChange(
        cell.caller,
        'delete',
        graph.get(recKey(cell.type.singular, cell.level!)),
      );
    case 'newLocale': {
      // A new locale is an update of the document (403 without, 404 above clearance) that creates a version.
      const change = expectChange(
        cell.caller,
        'update',
        graph.get(recKey(cell.type.singular, cell.level!)),
      );
      return change === 'done' && !permits(cell.caller, 'create', cell.type.uid)
        ? 'forbidden'
        : change;
    }
    default:
      return expectChange(
        cell.caller,
        cell.kind as 'update' | 'delete',
        graph.get(recKey(cell.type.singular, cell.level!)),
      );
  }
};

/** Runs tasks a few at a time: enough to overlap I/O, not enough to starve two shared cores. */
const inBatches = async <T>(items: T[], size: number, run: (item: T) => Promise<void>) => {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
};

beforeAll(async () => {
  app = await setupStrapi();
  await seed();
  await createSessions();

  // Every read before any write, so lists and counts see exactly the seeded records.
  await inBatches(ALL_CELLS.filter(isRead), 8, async (cell) => {
    observations.set(cellId(cell), await probeRead(cell));
  });

  for (const kind of [
    'createTagged',
    'create',
    'update',
    'newLocale',
    'clone',
    'cloneAs',
    'connect',
    'delete',
    'bulkDelete',
  ] as const) {
    const cells = ALL_CELLS.filter((cell) => cell.kind === kind);
    // A fresh record for each delete that succeeds (no other cell loses its record) and for each
    // connect (a public record of the caller's own type, so one cell's link is not another's).
    for (const cell of cells.filter(
      (c) => kind === 'connect' || (kind.endsWith('elete') && expectedWrite(c) === 'done'),
    )) {
      const links =
        kind === 'connect'
          ? linksAwayFromLevelRecords(cell.type)
          : requiredLinks(cell.type, 'public');
      victims.set(
        cellId(cell),
        await createUnrestricted(cell.type, kind === 'connect' ? 'public' : cell.level!, links),
      );
    }
    // One caller at a time: two callers never write the same record at once. Connects one by one:
    // concurrent link writes to one target race in Strapi's relation ordering on PostgreSQL (a rare
    // aborted transaction, 500), which is Strapi's, not a clearance outcome.
    for (const caller of CALLERS) {
      await inBatches(
        cells.filter((cell) => cell.caller === caller),
        kind === 'connect' ? 1 : 6,
        async (cell) => {
          observations.set(cellId(cell), await probeWrite(cell));
        },
      );
    }
  }
}, 600_000);

afterAll(async () => {
  await app?.teardown();
});

// ---------------------------------------------------------------------------------------------
// Verdicts.
// ---------------------------------------------------------------------------------------------

/** Seeded records by key (rec:<type>:<level>, carrier:<type>:<level>) in failure messages, not documentIds. */
const keysOf = (ids: string[] = []) => {
  const byId = new Map(
    [...graph.records.values()].map((r) => [r.documentId, `${r.key} (${r.classification})`]),
  );
  return ids.map((id) => byId.get(id) ?? `unknown ${id}`).sort();
};

const checkRead = (observed: ReadObservation, expected: ReadExpectation) => {
  if ('subsetOf' in expected) {
    // The caller may not read the related type: a refusal is fine, an answer may hold nothing beyond clearance.
    if (observed.status === 400 || observed.status === 403) return;
    expect(observed.status).toBe(200);
    if (observed.count !== undefined)
      expect(observed.count).toBeLessThanOrEqual(expected.subsetOf.length);
    const beyond = (observed.ids ?? []).filter((id) => !expected.subsetOf.includes(id));
    expect({ beyondClearance: keysOf(beyond) }).toEqual({ beyondClearance: [] });
    if (observed.total !== undefined) expect(observed.total).toBe(observed.ids?.length);
    return;
  }
  if (expected.status !== 200 || !('ids' in expected)) {
    expect({ status: observed.status }).toEqual({ status: expected.status });
    return;
  }
  if (observed.count !== undefined) {
    expect({ status: observed.status, count: observed.count }).toEqual({
      status: 200,
      count: expected.ids.length,
    });
    return;
  }
  const seen: Record<string, unknown> = {
    status: observed.status,
    records: observed.ids && keysOf(observed.ids),
  };
  const wanted: Record<string, unknown> = { status: 200, records: keysOf(expected.ids) };
  if (observed.total !== undefined) {
    seen.total = observed.total;
    wanted.total = expected.ids.length;
  }
  expect(seen).toEqual(wanted);
};

const checkWrite = (cell: Cell, observed: WriteObservation, expected: WriteOutcome) => {
  const method = METHOD_OF[cell.kind as WriteKind];
  const statuses = STATUS_OF[expected](method);
  expect({ outcome: expected, status: observed.status, stored: observed.stored }).toEqual({
    outcome: expected,
    status: statuses.includes(observed.status) ? observed.status : statuses.join(' or '),
    stored: expected === 'done',
  });
  if (expected !== 'done') expect(observed.message ?? '').not.toBe('');
  // Refused for clearance (not for role): the 403 says why.
  if (
    ['create', 'cloneAs'].includes(cell.kind) &&
    expected === 'forbidden' &&
    cell.caller.kind !== 'public' &&
    expectCreate(
      { ...cell.caller, clearance: 'secret' } as CallerSpec,
      cell.type.uid,
      cell.level!,
    ) === 'done'
  ) {
    expect(observed.message).toMatch(/above your clearance/);
  }
};

describe.each(CALLERS.map((caller) => [caller.name, caller] as const))('%s', (_name, caller) => {
  describe.each(MATRIX_TYPES.map((type) => [type.singular, type] as const))(
    '%s',
    (_singular, type) => {
      // A sample may leave a caller and type no cell: Jest refuses an empty table.
      for (const template of cellsOf(caller, type).filter((cell) =>
        inMatrixSample.has(cellId(cell)),
      )) {
        it(template.name, () => {
          const cell = ALL_CELLS.find(
            (c) => c.caller === caller && c.type === type && c.name === template.name,
          )!;
          const observed = observations.get(cellId(cell));
          expect(observed).toBeDefined();
          if (isRead(cell)) checkRead(observed as ReadObservation, expectedRead(cell));
          else checkWrite(cell, observed as WriteObservation, expectedWrite(cell));
        });
      }
    },
  );
});

it('covers every caller, type and level', () => {
  expect(new Set(ALL_CELLS.map(cellId)).size).toBe(ALL_CELLS.length);
  expect(observations.size).toBe(ALL_CELLS.length);
});

// Keep the seeded graph's shape honest: every type has a record at every level.
it('seeds one record per level of every type', () => {
  for (const type of MATRIX_TYPES) {
    expect(
      graph
        .ofType(type.uid)
        .filter((r: SeededRecord) => r.key.startsWith('rec:'))
        .map((r) => r.classification)
        .sort(),
    ).toEqual([...LEVELS].sort());
  }
});
