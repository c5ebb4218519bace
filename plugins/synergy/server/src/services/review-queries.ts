import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import {
  NO_REMINDERS,
  type ListReviews,
  type Review,
  type ReviewEvent,
  type ReviewEventAction,
  type ReviewState,
  type Workflow,
  type WorkflowStage,
} from '../../../shared/contracts/reviews';
import { needToKnowSql } from '../domain/need-to-know';
import { allowedActions, approvesStage, type Actor, type Principal } from '../domain/workflow';
import { getModel } from '../utils/get-model';
import { getService } from '../utils/get-service';
import { personName } from '../domain/person-name';

export const REVIEW_UID = 'plugin::synergy.review';
export const EVENT_UID = 'plugin::synergy.review-event';

/** The admin user acting, as the controller knows them. */
export interface ReviewActor extends Actor {
  name: string;
  /** May they update documents of this content type (content-manager permission)? */
  canUpdate: (uid: string) => boolean;
  /** The approvers they stand in for today (services/delegations.ts). */
  standingInFor?: Principal[];
}

export interface ReviewRow {
  id: number;
  contentType: string;
  targetDocumentId: string;
  workflowId: number;
  state: ReviewState;
  stageIndex: number;
  round: number;
  version: number;
  submittedById: number | null;
  submittedAt: string | null;
  updatedAt: string;
}

interface EventRow {
  id: number;
  reviewId: number;
  round: number;
  action: ReviewEventAction;
  stageKey: string | null;
  stageName: string | null;
  actorId: number | null;
  actorName: string | null;
  standInId: number | null;
  standInName: string | null;
  comment: string | null;
  occurredAt: string;
}

/** When `row` reached its current stage: the latest submit or advance of its round. */
const arrivalAt = (arrivals: EventRow[], row: ReviewRow): string | null => {
  let latest: string | null = null;
  for (const event of arrivals) {
    if (event.reviewId !== row.id || event.round !== row.round) continue;
    if (latest === null || new Date(event.occurredAt) > new Date(latest)) latest = event.occurredAt;
  }
  return latest;
};

/** `documentId` → title of the documents of one type among `documentIds` that the caller may see. */
export type VisibleDocuments = (
  uid: string,
  documentIds: string[],
) => Promise<Map<string, string | null>>;

/** The current stage of a review in review, else null (a stage index past the end means the last). */
export const stageOf = (
  workflow: Workflow,
  row: Pick<ReviewRow, 'state' | 'stageIndex'>,
): WorkflowStage | null =>
  row.state === 'in_review'
    ? (workflow.stages[Math.min(row.stageIndex, workflow.stages.length - 1)] ?? null)
    : null;

/** A stage as the list's SQL finds it: rows of its workflow whose index stageOf maps to it. */
interface StagePosition {
  workflowId: number;
  index: number;
  isLast: boolean;
  key: string;
}

const stagePositions = (
  workflows: Workflow[],
  keep: (stage: WorkflowStage) => boolean,
): StagePosition[] =>
  workflows.flatMap((workflow) =>
    workflow.stages.flatMap((stage, index) =>
      keep(stage)
        ? [
            {
              workflowId: workflow.id,
              index,
              isLast: index === workflow.stages.length - 1,
              key: stage.key,
            },
          ]
        : [],
    ),
  );

/** A model's table and column names, from Strapi's database metadata. */
const tableOf = (strapi: Core.Strapi, uid: string) => {
  const meta = strapi.db.metadata.get(uid);
  const column = (attribute: string) =>
    `${meta.tableName}.${(meta.attributes[attribute] as { columnName?: string }).columnName ?? attribute}`;
  return { table: meta.tableName, column };
};

/** Presentation of reviews: lists, one review with its history, the state the gates read. No writes. */
export const createReviewQueries = ({
  strapi,
  visibleDocuments,
}: {
  strapi: Core.Strapi;
  visibleDocuments: VisibleDocuments;
}) => {
  const workflows = () => getService(strapi, 'workflows');
  const reviews = () => strapi.db.query(REVIEW_UID);
  const events = () => strapi.db.query(EVENT_UID);

  /** `uid:documentId` → title of the reviewed documents the caller may see (one query per type). */
  const titlesOfVisible = async (rows: ReviewRow[]): Promise<Map<string, string | null>> => {
    const perType = await Promise.all(
      [...new Set(rows.map((row) => row.contentType))].map(async (uid) => {
        const documents = await visibleDocuments(
          uid,
          rows.filter((row) => row.contentType === uid).map((row) => row.targetDocumentId),
        );
        return [...documents].map(
          ([documentId, title]) => [`${uid}:${documentId}`, title] as const,
        );
      }),
    );
    return new Map(perType.flat());
  };

  const roleNames = async () =>
    new Map(
      (
        (await strapi.db.query('admin::role').findMany({ select: ['id', 'name'] })) as Array<{
          id: number;
          name: string;
        }>
      ).map((r) => [r.id, r.name]),
    );

  const userNames = async (ids: number[]) => {
    if (ids.length === 0) return new Map<number, string>();
    const users = (await strapi.db.query('admin::user').findMany({
      where: { id: { $in: ids } },
      select: ['id', 'firstname', 'lastname', 'email'],
    })) as Array<{ id: number; firstname: string | null; lastname: string | null; email: string }>;
    return new Map(users.map((user) => [user.id, personName(user) ?? user.email]));
  };

  /** Review rows as the API shows them, for one actor; a fixed number of queries for any number of rows. */
  const present = async (rows: ReviewRow[], actor: ReviewActor): Promise<Review[]> => {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const [allWorkflows, roles, approvals, arrivals, names, titleOf] = await Promise.all([
      workflows().list(),
      roleNames(),
      events().findMany({
        where: { reviewId: { $in: ids }, action: 'approve' },
        select: ['reviewId', 'round', 'stageKey', 'actorId', 'standInId'],
      }) as Promise<EventRow[]>,
      // A review reaches a stage by a submit (the first) or an advance (the next ones).
      events().findMany({
        where: { reviewId: { $in: ids }, action: { $in: ['submit', 'advance'] } },
        select: ['reviewId', 'round', 'occurredAt'],
      }) as Promise<EventRow[]>,
      userNames([
        ...new Set(rows.map((row) => row.submittedById).filter((id): id is number => id !== null)),
      ]),
      titlesOfVisible(rows),
    ]);
    return rows.map((row) => {
      const workflow = allWorkflows.find((candidate) => candidate.id === row.workflowId) ?? {
        id: row.workflowId,
        name: '',
        contentTypes: [],
        stages: [],
        reminders: NO_REMINDERS,
      };
      const stage = stageOf(workflow, row);
      const stageApprovals = approvals.filter(
        (event) =>
          event.reviewId === row.id && event.round === row.round && event.stageKey === stage?.key,
      );
      return {
        id: row.id,
        contentType: row.contentType,
        documentId: row.targetDocumentId,
        documentTitle: titleOf.get(`${row.contentType}:${row.targetDocumentId}`) ?? null,
        workflow,
        state: row.state,
        stageIndex: row.stageIndex,
        stage: stage
          ? {
              ...stage,
              approverRoleNames: stage.approverRoles.map((id) => roles.get(id) ?? String(id)),
            }
          : null,
        round: row.round,
        version: row.version,
        submittedBy: row.submittedById
          ? {
              id: row.submittedById,
              name: names.get(row.submittedById) ?? String(row.submittedById),
            }
          : null,
        submittedAt: row.submittedAt,
        waitingSince: row.state === 'in_review' ? arrivalAt(arrivals, row) : null,
        approvalsSoFar: stageApprovals.length,
        approvalsNeeded: stage?.requiredApprovals ?? 0,
        allowedActions: allowedActions(row, stage, actor, {
          canUpdate: actor.canUpdate(row.contentType),
          approvals: stageApprovals,
          standingInFor: actor.standingInFor,
        }),
        updatedAt: row.updatedAt,
      };
    });
  };

  const history = async (reviewId: number): Promise<ReviewEvent[]> =>
    (await historiesOf([reviewId])).get(reviewId) ?? [];

  /** The histories of several reviews in one query, each oldest event first. */
  const historiesOf = async (reviewIds: number[]): Promise<Map<number, ReviewEvent[]>> => {
    const byReview = new Map<number, ReviewEvent[]>(reviewIds.map((id) => [id, []]));
    if (reviewIds.length === 0) return byReview;
    const rows = (await events().findMany({
      where: { reviewId: { $in: reviewIds } },
      orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
    })) as EventRow[];
    for (const row of rows) byReview.get(row.reviewId)?.push(presentEvent(row));
    return byReview;
  };

  const presentEvent = (row: EventRow): ReviewEvent => ({
    id: row.id,
    action: row.action,
    stageKey: row.stageKey,
    stageName: row.stageName,
    round: row.round,
    actor: row.actorId ? { id: row.actorId, name: row.actorName ?? String(row.actorId) } : null,
    standIn: row.standInId
      ? { id: row.standInId, name: row.standInName ?? String(row.standInId) }
      : null,
    comment: row.comment,
    createdAt: row.occurredAt,
  });

  /** Loads a review the caller may see. @throws NotFoundError otherwise. */
  const loadVisible = async (id: number): Promise<ReviewRow> => {
    const row = (await reviews().findOne({ where: { id } })) as ReviewRow | null;
    if (
      !row ||
      !(await visibleDocuments(row.contentType, [row.targetDocumentId])).has(row.targetDocumentId)
    ) {
      throw new errors.NotFoundError('Review not found');
    }
    return row;
  };

  /**
   * The SQL of the list: the filters, the clearance (a review of a document above the caller's
   * clearance, or of one that no longer exists, is not there for them), the stage, and the inbox,
   * which holds what allowedActions would offer the actor to approve. Null when nothing can match;
   * the builder comes wrapped, since a promise of a builder (a thenable) would run it.
   */
  const listQuery = async (
    actor: ReviewActor,
    query: ListReviews.Query,
  ): Promise<{ qb: Knex.QueryBuilder } | null> => {
    const knex = strapi.db.connection;
    const review = tableOf(strapi, REVIEW_UID);
    const event = tableOf(strapi, EVENT_UID);
    const [allWorkflows, visibility, typeRows] = await Promise.all([
      workflows().list(),
      getService(strapi, 'clearance').currentVisibility(),
      knex(review.table).distinct({ uid: review.column('contentType') }) as Promise<
        Array<{ uid: string }>
      >,
    ]);
    const types = typeRows.map((row) => row.uid).filter((uid) => getModel(strapi, uid));
    if (types.length === 0) return null;

    const qb = knex(review.table);
    const state = query.mine ? 'in_review' : query.state;
    if (state) qb.where(review.column('state'), state);
    if (query.contentType) qb.where(review.column('contentType'), query.contentType);
    if (query.documentId) qb.where(review.column('targetDocumentId'), query.documentId);
    if (query.submitter) qb.where(review.column('submittedById'), query.submitter);

    qb.where((visible) => {
      for (const uid of types) {
        const target = tableOf(strapi, uid);
        const classified = Boolean(getModel(strapi, uid)?.attributes.classification);
        visible.orWhere((ofType) =>
          ofType
            .where(review.column('contentType'), uid)
            .whereIn(review.column('targetDocumentId'), (documents) => {
              documents.select(target.column('documentId')).from(target.table);
              if (visibility !== null && classified) {
                documents.whereIn(target.column('classification'), [...visibility.levels]);
                for (const [sql, bindings] of needToKnowSql(target.table, visibility))
                  documents.whereRaw(sql, bindings);
              }
            }),
        );
      }
    });

    /** Rows of `target` whose current stage is one of `positions`; `each` adds what holds at that stage. */
    const atStages = (
      target: Knex.QueryBuilder,
      positions: StagePosition[],
      each: (at: Knex.QueryBuilder, position: StagePosition) => void = () => {},
    ) => {
      if (positions.length === 0) return false;
      target.where(review.column('state'), 'in_review').where((anyStage) => {
        for (const position of positions) {
          anyStage.orWhere((at) => {
            at.where(review.column('workflowId'), position.workflowId).where(
              review.column('stageIndex'),
              position.isLast ? '>=' : '=',
              position.index,
            );
            each(at, position);
          });
        }
      });
      return true;
    };

    if (
      query.stage &&
      !atStages(
        qb,
        stagePositions(allWorkflows, (stage) => stage.key === query.stage),
      )
    )
      return null;
    if (query.mine) {
      // In the actor's own name, and in that of each approver they stand in for (delegations).
      const principals = [actor, ...(actor.standingInFor ?? [])];
      const inboxes = principals
        .map((principal) => ({
          principal,
          positions: stagePositions(allWorkflows, (stage) => approvesStage(stage, principal)),
        }))
        .filter(({ positions }) => positions.length > 0);
      if (inboxes.length === 0) return null;
      // Not yet approved by the principal, nor by the actor in any name (one approval a person).
      const notYetApprovedBy =
        (principalId: number) => (at: Knex.QueryBuilder, position: StagePosition) =>
          at.whereNotExists((approval) =>
            approval
              .select(knex.raw('1'))
              .from(event.table)
              .whereRaw('?? = ??', [event.column('reviewId'), review.column('id')])
              .whereRaw('?? = ??', [event.column('round'), review.column('round')])
              .where(event.column('stageKey'), position.key)
              .where(event.column('action'), 'approve')
              .where((by) =>
                by
                  .whereIn(event.column('actorId'), [principalId, actor.id])
                  .orWhere(event.column('standInId'), actor.id),
              ),
          );
      const notSubmittedBy = (at: Knex.QueryBuilder, userId: number) =>
        at.where((notSubmitter) =>
          notSubmitter
            .whereNull(review.column('submittedById'))
            .orWhereNot(review.column('submittedById'), userId),
        );
      qb.where((anyInbox) => {
        for (const { principal, positions } of inboxes) {
          anyInbox.orWhere((inbox) => {
            atStages(inbox, positions, notYetApprovedBy(principal.id));
            notSubmittedBy(inbox, principal.id);
          });
        }
      });
      // The submitter never approves their own review, in any name (decidingAs).
      notSubmittedBy(qb, actor.id);
    }
    return { qb };
  };

  return {
    present,
    history,
    historiesOf,
    loadVisible,
    userNames,

    /**
     * Reviews the actor may see, filtered, newest first; `mine` keeps those waiting for the actor's
     * approval. Filtered, counted and paginated in SQL: only the page is loaded and presented.
     * @throws nothing: an empty page when nothing matches.
     */
    async list(actor: ReviewActor, query: ListReviews.Query & { page: number; pageSize: number }) {
      const qb = (await listQuery(actor, query))?.qb;
      const review = tableOf(strapi, REVIEW_UID);
      const [{ total }] = qb
        ? ((await qb.clone().count({ total: '*' })) as Array<{ total: number | string }>)
        : [{ total: 0 }];
      const page = qb
        ? ((await qb
            .clone()
            .select({ id: review.column('id') })
            .orderBy([
              { column: review.column('updatedAt'), order: 'desc' },
              { column: review.column('id'), order: 'desc' },
            ])
            .limit(query.pageSize)
            .offset((query.page - 1) * query.pageSize)) as Array<{ id: number }>)
        : [];
      const ids = page.map((row) => Number(row.id));
      const rows = ids.length
        ? ((await reviews().findMany({ where: { id: { $in: ids } } })) as ReviewRow[])
        : [];
      const ordered = ids
        .map((id) => rows.find((row) => row.id === id))
        .filter((row): row is ReviewRow => row !== undefined);
      return {
        results: await present(ordered, actor),
        pagination: {
          page: query.page,
          pageSize: query.pageSize,
          total: Number(total),
          pageCount: Math.ceil(Number(total) / query.pageSize),
        },
      };
    },

    /** One review with its history. @throws NotFoundError */
    async findOne(actor: ReviewActor, id: number) {
      const row = await loadVisible(id);
      const [review] = await present([row], actor);
      return { ...review, events: await history(row.id) };
    },

    /** The review of a document for its edit view (null before the first submit). @throws NotFoundError for an unknown or hidden document */
    async forDocument(actor: ReviewActor, contentType: string, documentId: string) {
      if (!(await visibleDocuments(contentType, [documentId])).has(documentId))
        throw new errors.NotFoundError('Document not found');
      const workflow = await workflows().forContentType(contentType);
      const row = (await reviews().findOne({
        where: { contentType, targetDocumentId: documentId },
      })) as ReviewRow | null;
      const canSubmit =
        Boolean(workflow) &&
        actor.canUpdate(contentType) &&
        (!row || row.state === 'draft' || row.state === 'changes_requested');
      if (!row) return { review: null, workflow, canSubmit };
      const [review] = await present([row], actor);
      return { review: { ...review, events: await history(row.id) }, workflow, canSubmit };
    },

    /** The state of a document's review (for the gates), or null when it has none. */
    async stateOf(
      contentType: string,
      documentId: string,
    ): Promise<{ state: ReviewState; stage: WorkflowStage | null; workflow: Workflow } | null> {
      const row = (await reviews().findOne({
        where: { contentType, targetDocumentId: documentId },
      })) as ReviewRow | null;
      if (!row) return null;
      const workflow = await workflows().findOne(row.workflowId);
      return workflow ? { state: row.state, stage: stageOf(workflow, row), workflow } : null;
    },
  };
};

export type ReviewQueries = ReturnType<typeof createReviewQueries>;
