import { REVIEW_STATES } from '../../../shared/contracts/reviews';
import {
  analyticsQuerySchema,
  battlecardQuerySchema,
  customer360QuerySchema,
  impactQuerySchema,
  reviewHistoryQuerySchema,
} from '../validation';
import { queryParameters } from './query-parameters';

/**
 * OpenAPI description of the plugin's content-API routes, merged by the documentation plugin
 * (it only generates paths for content types, not for a plugin's own routes). The query
 * parameters come from the validators the controllers use.
 */
const sectionSchema = {
  type: 'object',
  nullable: true,
  description: 'Null when the caller may not read this content type.',
  properties: {
    items: {
      type: 'array',
      items: { type: 'object', additionalProperties: true },
      description: 'The most recent records, newest first',
    },
    total: { type: 'integer', description: 'How many there are in all' },
  },
};

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/** The errors of a route that reads one record by documentId. */
const recordErrors = (notFound: string) => ({
  400: errorResponse('A query parameter is invalid; the message names it'),
  401: errorResponse('Missing or invalid credentials'),
  403: errorResponse('The caller has no permission for this route'),
  404: errorResponse(notFound),
});

// ---- Synergy analytics (SPEC §4) -------------------------------------------------------------

const periodParameters = queryParameters(analyticsQuerySchema);

const fraction = { type: 'number', nullable: true, minimum: 0, maximum: 1 };
const score = { type: 'number', nullable: true, minimum: 0, maximum: 100 };
const hours = { type: 'number', nullable: true, description: 'Decimal hours' };
const anyObject = { type: 'object', additionalProperties: true };
const strategyRef = {
  type: 'object',
  properties: {
    documentId: { type: 'string' },
    title: { type: 'string' },
    dimension: { type: 'string', nullable: true },
    status: { type: 'string', nullable: true },
  },
};
const markingSchema = {
  type: 'object',
  description:
    'The highest level and the caveats of the records the answer was computed from, and its bilingual banner',
  required: ['level', 'caveats', 'banner'],
  properties: {
    level: { type: 'string', enum: ['public', 'internal', 'confidential', 'secret'] },
    caveats: { type: 'array', items: { type: 'string' } },
    banner: { type: 'string', example: '秘密 // 仅限国内 — CONFIDENTIAL // DOMESTIC ONLY' },
  },
};
const markingMeta = { type: 'object', properties: { marking: markingSchema } };
/** Competitor facts by source confidence (Admiralty grade, SPEC §4). */
const factConfidence = {
  type: 'object',
  properties: {
    confirmed: { type: 'integer' },
    unconfirmed: {
      type: 'integer',
      description: 'Source reliability E/F, information credibility 5/6, or either missing',
    },
    byGrade: {
      type: 'object',
      additionalProperties: { type: 'integer' },
      description: 'Facts per grade (`B2`; `?` for a missing half)',
    },
  },
};
const metaSchema = {
  type: 'object',
  properties: {
    marking: markingSchema,
    period: {
      type: 'object',
      properties: {
        from: { type: 'string', format: 'date-time' },
        to: { type: 'string', format: 'date-time' },
      },
    },
    filters: anyObject,
    clearance: { type: 'string', nullable: true },
  },
};
const slaFigures = {
  type: 'object',
  properties: {
    tickets: { type: 'integer' },
    acknowledged: { type: 'integer' },
    resolved: { type: 'integer' },
    responseCompliance: fraction,
    resolveCompliance: fraction,
    mttrHours: hours,
    byPriority: anyObject,
  },
};
const overviewFigures = {
  type: 'object',
  properties: {
    period: metaSchema.properties.period,
    satisfaction: {
      type: 'object',
      properties: {
        responses: { type: 'integer' },
        mean: { type: 'number', nullable: true },
        nps: { type: 'number', nullable: true, minimum: -100, maximum: 100 },
      },
    },
    feedback: {
      type: 'object',
      properties: {
        total: { type: 'integer' },
        bySeverity: anyObject,
        byCategory: anyObject,
        closureRate: fraction,
        medianFirstResponseHours: hours,
      },
    },
    service: slaFigures,
  },
};
const scorecard = {
  type: 'object',
  properties: {
    strategy: strategyRef,
    depth: score,
    integration: score,
    defensibility: score,
    efficiency: score,
    roi: { type: 'number', nullable: true },
    overall: score,
    kpis: { type: 'array', items: anyObject },
  },
};
const healthSchema = {
  type: 'object',
  properties: {
    customer: anyObject,
    s: score,
    r: score,
    i: score,
    v: score,
    health: { type: 'integer', minimum: 0, maximum: 100 },
    band: { type: 'string', enum: ['healthy', 'watch', 'at_risk'] },
    inputs: anyObject,
  },
};

const analyticsPath = ({
  path,
  operationId,
  summary,
  description,
  data,
  parameters = periodParameters,
  notFound,
  withMeta = true,
}: {
  path: string;
  operationId: string;
  summary: string;
  description: string;
  data: Record<string, unknown>;
  parameters?: Array<Record<string, unknown>>;
  notFound?: string;
  withMeta?: boolean;
}) => ({
  [path]: {
    get: {
      tags: ['Synergy analytics'],
      summary,
      description: `${description} Only records at or below the caller clearance are counted; rates are fractions 0–1, scores 0–100, durations decimal hours; a figure with nothing to compute from is null.`,
      operationId,
      parameters,
      responses: {
        200: {
          description: summary,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { data, meta: withMeta ? metaSchema : markingMeta },
              },
            },
          },
        },
        400: errorResponse(
          'A query parameter is invalid (bad date, from after to, unknown value or key); the message names it',
        ),
        401: errorResponse('Missing or invalid credentials'),
        403: errorResponse('The caller has no permission for this route'),
        ...(notFound ? { 404: errorResponse(notFound) } : {}),
      },
    },
  },
});

const documentIdParameter = {
  name: 'documentId',
  in: 'path',
  required: true,
  schema: { type: 'string' },
};

const analyticsPaths = {
  ...analyticsPath({
    path: '/synergy/overview',
    operationId: 'getSynergyOverview',
    summary: 'Overview: satisfaction, feedback, service',
    description:
      'Satisfaction mean and NPS, feedback by severity and category, closure rate, median first response, SLA compliance and MTTR by priority; the previous period of equal length, the change, and satisfaction by month.',
    data: {
      type: 'object',
      properties: {
        current: overviewFigures,
        previous: overviewFigures,
        change: anyObject,
        series: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              month: { type: 'string' },
              responses: { type: 'integer' },
              mean: { type: 'number', nullable: true },
              nps: { type: 'number', nullable: true },
            },
          },
        },
      },
    },
  }),
  ...analyticsPath({
    path: '/synergy/coverage',
    operationId: 'getSynergyCoverage',
    summary: 'Coverage of customer needs by strategies',
    description:
      'Per feedback category: volume, mean satisfaction, answering strategies; feedbackLinkedShare; gaps by volume × (5 − mean); loss-reason gaps.',
    data: {
      type: 'object',
      properties: {
        categories: { type: 'array', items: anyObject },
        feedbackLinkedShare: fraction,
        gaps: { type: 'array', items: anyObject },
        lossReasonGaps: { type: 'array', items: anyObject },
      },
    },
  }),
  ...analyticsPath({
    path: '/synergy/impact',
    operationId: 'getSynergyImpact',
    summary: 'Impact of strategies on their target customers',
    description:
      'For each strategy with a startDate and target customers: survey mean, MTTR and feedback count in the W days before and after the start.',
    parameters: queryParameters(impactQuerySchema),
    data: {
      type: 'object',
      properties: {
        window: { type: 'integer' },
        strategies: { type: 'array', items: anyObject },
      },
    },
  }),
  ...analyticsPath({
    path: '/synergy/portfolio',
    operationId: 'getSynergyPortfolio',
    summary: 'Strategy portfolio',
    description:
      'Strategies by dimension × status, integration share, dimension coverage of targeted customers, and every scorecard.',
    data: {
      type: 'object',
      properties: {
        matrix: anyObject,
        total: { type: 'integer' },
        integration: fraction,
        dimensionCoverage: fraction,
        customers: { type: 'array', items: anyObject },
        scorecards: { type: 'array', items: scorecard },
      },
    },
  }),
  ...analyticsPath({
    path: '/synergy/competitors',
    operationId: 'getSynergyCompetitors',
    summary: 'Competitors',
    description:
      'Threat level, offerings, active strategies targeting each, head-to-head wins/losses/ties (and how many rest on unconfirmed facts) per offering with a comparable product, the uncountered, and the competitor facts by source confidence.',
    data: {
      type: 'object',
      properties: {
        competitors: { type: 'array', items: anyObject },
        uncountered: { type: 'array', items: { type: 'string' } },
        confidence: factConfidence,
      },
    },
  }),
  ...analyticsPath({
    path: '/synergy/win-loss',
    operationId: 'getSynergyWinLoss',
    summary: 'Win/loss and pipeline',
    description:
      'Win rate over opportunities closed in the period, per-competitor bids/wins/losses/times winner, reasons (also by who stated them: the owner on the opportunity, the buyer in win/loss interviews), interview coverage and buyer–owner agreement, win rate by month, and the open pipeline by stage.',
    data: {
      type: 'object',
      properties: {
        won: { type: 'integer' },
        lost: { type: 'integer' },
        abandoned: { type: 'integer' },
        winRate: fraction,
        competitors: { type: 'array', items: anyObject },
        reasons: anyObject,
        statedReasons: {
          type: 'object',
          description: 'owner and buyer, each { wins, losses }: [{ category, count, main, share }]',
          additionalProperties: true,
        },
        interviews: {
          type: 'object',
          properties: {
            closed: { type: 'integer' },
            interviewed: { type: 'integer' },
            coverage: fraction,
            count: { type: 'integer' },
            compared: { type: 'integer' },
            agreed: { type: 'integer' },
            agreementRate: fraction,
            disagreements: { type: 'array', items: anyObject },
          },
        },
        series: { type: 'array', items: anyObject },
        pipeline: anyObject,
      },
    },
  }),
  ...analyticsPath({
    path: '/synergy/data-quality',
    operationId: 'getSynergyDataQuality',
    summary: 'Data quality and customer health',
    description:
      'Completeness of each customer (ten checks, the failing ones named), stale customers and competitors, duplicate candidates, and health bands with the at-risk list.',
    data: {
      type: 'object',
      properties: {
        completeness: fraction,
        customers: { type: 'array', items: anyObject },
        staleCustomers: { type: 'array', items: anyObject },
        staleCompetitors: { type: 'array', items: anyObject },
        duplicates: { type: 'array', items: anyObject },
        health: {
          type: 'object',
          properties: {
            bands: anyObject,
            atRisk: { type: 'array', items: healthSchema },
          },
        },
      },
    },
  }),
  ...analyticsPath({
    path: '/synergy/strategies/{documentId}/scorecard',
    operationId: 'getSynergyStrategyScorecard',
    summary: 'Strategy scorecard',
    description:
      'Depth (KPI attainment), integration, defensibility, efficiency (ROI) and their rounded mean.',
    parameters: [documentIdParameter],
    data: scorecard,
    notFound: 'No such strategy, or it is above the caller clearance',
    withMeta: false,
  }),
  ...analyticsPath({
    path: '/synergy/customers/{documentId}/health',
    operationId: 'getSynergyCustomerHealth',
    summary: 'Customer health',
    description: 'Health 0–100 = 0.35 S + 0.25 R + 0.2 I + 0.2 V, and its band.',
    parameters: [documentIdParameter],
    data: healthSchema,
    notFound: 'No such customer, or it is above the caller clearance',
    withMeta: false,
  }),
};

// ---- Reviews and their history (SPEC §3) -----------------------------------------------------

const person = {
  type: 'object',
  nullable: true,
  properties: { id: { type: 'integer' }, name: { type: 'string' } },
};
const reviewWithHistory = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    contentType: { type: 'string' },
    documentId: { type: 'string' },
    documentTitle: { type: 'string', nullable: true },
    workflow: anyObject,
    state: { type: 'string', enum: [...REVIEW_STATES] },
    stageIndex: { type: 'integer' },
    stage: { ...anyObject, nullable: true },
    round: { type: 'integer' },
    version: { type: 'integer' },
    submittedBy: person,
    submittedAt: { type: 'string', format: 'date-time', nullable: true },
    waitingSince: {
      type: 'string',
      format: 'date-time',
      nullable: true,
      description: 'While in review: when the review reached its current stage',
    },
    approvalsSoFar: { type: 'integer' },
    approvalsNeeded: { type: 'integer' },
    allowedActions: { type: 'array', items: { type: 'string' }, maxItems: 0 },
    updatedAt: { type: 'string', format: 'date-time' },
    events: {
      type: 'array',
      description: 'The history, oldest first',
      items: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          action: { type: 'string' },
          stageKey: { type: 'string', nullable: true },
          stageName: { type: 'string', nullable: true },
          round: { type: 'integer' },
          actor: person,
          comment: { type: 'string', nullable: true },
          createdAt: { type: 'string', format: 'date-time' },
        },
      },
    },
  },
};
const reviewErrors = {
  400: errorResponse('A parameter is invalid; the message names it'),
  401: errorResponse('Missing or invalid credentials'),
  403: errorResponse('The caller has no permission for this route'),
};

const reviewPaths = {
  '/synergy/reviews': {
    get: {
      tags: ['Synergy'],
      summary: 'Reviews with their history',
      description:
        'Approval reviews of the documents the caller may read, newest change first, each with its history. Reviews of documents above the caller clearance are left out.',
      operationId: 'listSynergyReviews',
      parameters: queryParameters(reviewHistoryQuerySchema),
      responses: {
        200: {
          description: 'A page of reviews',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  data: { type: 'array', items: reviewWithHistory },
                  meta: {
                    type: 'object',
                    properties: {
                      pagination: {
                        type: 'object',
                        properties: {
                          page: { type: 'integer' },
                          pageSize: { type: 'integer' },
                          pageCount: { type: 'integer' },
                          total: { type: 'integer' },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
        ...reviewErrors,
      },
    },
  },
  '/synergy/reviews/{id}': {
    get: {
      tags: ['Synergy'],
      summary: 'One review with its history',
      description: 'A review of a document the caller may read, with its history.',
      operationId: 'getSynergyReview',
      parameters: [
        { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
      ],
      responses: {
        200: {
          description: 'The review',
          content: {
            'application/json': {
              schema: { type: 'object', properties: { data: reviewWithHistory } },
            },
          },
        },
        ...reviewErrors,
        404: errorResponse('No such review, or its document is above the caller clearance'),
      },
    },
  },
};

// ---- Battlecards ------------------------------------------------------------------------------

const fact = {
  reliability: { type: 'string', nullable: true, enum: ['A', 'B', 'C', 'D', 'E', 'F'] },
  credibility: { type: 'integer', nullable: true, minimum: 1, maximum: 6 },
  grade: { type: 'string', description: 'Admiralty grade, `B2`; `?` for a missing half' },
  unconfirmed: {
    type: 'boolean',
    description: 'Reliability E/F, credibility 5/6, or either missing',
  },
  asOf: { type: 'string', nullable: true, description: 'The as-of date of the fact' },
  ageDays: { type: 'integer', nullable: true },
  stale: { type: 'boolean', description: 'Older than staleAfterDays, or undated' },
};
const freshness = {
  type: 'object',
  properties: { asOf: fact.asOf, ageDays: fact.ageDays, stale: fact.stale },
};
const assessment = {
  type: 'object',
  nullable: true,
  properties: { text: { type: 'string' }, ...fact },
};
const ref = {
  type: 'object',
  properties: { documentId: { type: 'string' }, name: { type: 'string' } },
};
const battlecard = {
  type: 'object',
  properties: {
    competitor: {
      type: 'object',
      properties: {
        documentId: { type: 'string' },
        name: { type: 'string' },
        country: { type: 'string', nullable: true },
        threatLevel: { type: 'string', nullable: true },
        marketShare: { type: 'number', nullable: true },
        classification: { type: 'string' },
        lastReviewed: freshness,
      },
    },
    strengths: assessment,
    weaknesses: assessment,
    sources: {
      type: 'array',
      items: {
        type: 'object',
        properties: { title: { type: 'string' }, url: { type: 'string', nullable: true }, ...fact },
      },
    },
    headToHead: {
      type: 'array',
      nullable: true,
      description: 'Null when the caller may not read competitor offerings.',
      items: {
        type: 'object',
        properties: {
          offering: ref,
          product: { ...ref, nullable: true },
          attributes: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                name: { type: 'string' },
                unit: { type: 'string', nullable: true },
                theirs: { type: 'number', nullable: true },
                ours: { type: 'number', nullable: true },
                higherIsBetter: { type: 'boolean' },
                better: { type: 'string', nullable: true, enum: ['ours', 'theirs', 'tie'] },
                ...fact,
              },
            },
          },
          wins: { type: 'integer' },
          losses: { type: 'integer' },
          ties: { type: 'integer' },
          unconfirmed: { type: 'integer' },
        },
      },
    },
    winLoss: {
      type: 'object',
      nullable: true,
      description: 'Null when the caller may not read opportunities.',
      properties: {
        bids: { type: 'integer' },
        open: { type: 'integer' },
        won: { type: 'integer' },
        lost: { type: 'integer' },
        abandoned: { type: 'integer' },
        winRate: fraction,
        lostToIt: { type: 'integer' },
        topLossReasons: {
          type: 'array',
          items: {
            type: 'object',
            properties: { category: { type: 'string' }, count: { type: 'integer' } },
          },
        },
      },
    },
    strategies: { type: 'array', nullable: true, items: strategyRef },
    peopleToAsk: {
      type: 'array',
      nullable: true,
      items: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          email: { type: 'string', nullable: true },
          bids: { type: 'integer' },
        },
      },
    },
    confidence: factConfidence,
    freshness: {
      type: 'object',
      properties: {
        staleAfterDays: { type: 'integer' },
        facts: { type: 'integer' },
        stale: { type: 'integer' },
        oldestAgeDays: { type: 'integer', nullable: true },
      },
    },
  },
};

export const synergyOpenApi = {
  paths: {
    ...analyticsPaths,
    ...reviewPaths,
    '/synergy/competitors/{documentId}/battlecard': {
      get: {
        tags: ['Synergy'],
        summary: 'Competitor battlecard',
        description:
          'A competitor from our own records: threat level, offerings against our comparable products attribute by attribute (their figures with source confidence), win/loss in the bids it took part in with the top loss reasons, the active strategies that counter it, its strengths and weaknesses, the age of every fact with a stale flag, and the owners of its bids to ask. Records above the caller clearance are left out; a competitor above it is a 404.',
        operationId: 'getSynergyCompetitorBattlecard',
        parameters: [
          { name: 'documentId', in: 'path', required: true, schema: { type: 'string' } },
          ...queryParameters(battlecardQuerySchema),
        ],
        responses: {
          200: {
            description: 'The battlecard',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: battlecard,
                    meta: {
                      type: 'object',
                      properties: {
                        generatedAt: { type: 'string', format: 'date-time' },
                        staleAfterDays: { type: 'integer' },
                        marking: markingSchema,
                      },
                    },
                  },
                },
              },
            },
          },
          ...recordErrors('No such competitor, or it is above the caller clearance'),
        },
      },
    },
    '/synergy/customers/{documentId}/360': {
      get: {
        tags: ['Synergy'],
        summary: 'Customer 360',
        description:
          'A customer with its contacts, most recent interactions, feedback, service tickets, survey responses and the strategies that target it, in one answer. Records above the caller clearance are left out; a customer above it is a 404.',
        operationId: 'getSynergyCustomer360',
        parameters: [
          { name: 'documentId', in: 'path', required: true, schema: { type: 'string' } },
          ...queryParameters(customer360QuerySchema),
        ],
        responses: {
          200: {
            description: 'The customer and its related records',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: {
                      type: 'object',
                      properties: {
                        customer: { $ref: '#/components/schemas/Customer' },
                        contacts: sectionSchema,
                        interactions: sectionSchema,
                        feedbacks: sectionSchema,
                        serviceTickets: sectionSchema,
                        surveyResponses: sectionSchema,
                        strategies: sectionSchema,
                      },
                    },
                    meta: markingMeta,
                  },
                },
              },
            },
          },
          ...recordErrors('No such customer, or it is above the caller clearance'),
        },
      },
    },
  },
};
