import fs from 'node:fs';
import path from 'node:path';
import type { Core, UID } from '@strapi/strapi';

/**
 * The 13 CRM content types of SPEC §2 as a table: REST path, valid payloads (with relations and
 * components), and their schemas read from src/ so enumerations, ranges and required fields are
 * generated from the model rather than copied.
 */

const ROOT = path.resolve(__dirname, '..', '..');

export interface AttributeSchema {
  type: string;
  enum?: string[];
  required?: boolean;
  default?: unknown;
  min?: number;
  max?: number;
  relation?: string;
  target?: string;
  component?: string;
  repeatable?: boolean;
  mappedBy?: string;
  inversedBy?: string;
}

export interface ContentTypeSchema {
  collectionName: string;
  info: { singularName: string; pluralName: string };
  options: { draftAndPublish: boolean };
  pluginOptions?: { i18n?: { localized?: boolean } };
  attributes: Record<string, AttributeSchema>;
  indexes?: Array<{ name: string; columns: string[] }>;
}

const readJson = <T>(...segments: string[]): T =>
  JSON.parse(fs.readFileSync(path.join(ROOT, ...segments), 'utf8')) as T;

export const readSchema = (singularName: string): ContentTypeSchema =>
  readJson<ContentTypeSchema>(
    'src',
    'api',
    singularName,
    'content-types',
    singularName,
    'schema.json',
  );

/** Documents every payload may point at, created once per test file. */
export interface References {
  customer: string;
  contact: string;
  product: string;
  competitor: string;
  strategy: string;
  feedback: string;
  /** Published, default locale (zh-Hans). */
  brandMaterial: string;
}

/** A relation value in a payload: one documentId or a list of them. */
export type RelationValue = string | string[];

export interface ContentTypeCase {
  uid: UID.ContentType;
  singularName: string;
  /** REST path under /api. */
  pluralName: string;
  schema: ContentTypeSchema;
  localized: boolean;
  draftAndPublish: boolean;
  /** Every scalar and component field with a valid value; `n` makes unique values unique. */
  scalars: (n: string) => Record<string, unknown>;
  /** Relation fields to connect, by documentId. */
  relations: (refs: References) => Record<string, RelationValue>;
  /** A change of scalar and component values that passes every rule. */
  update: (n: string) => Record<string, unknown>;
}

const BLOCKS = [
  { type: 'paragraph', children: [{ type: 'text', text: '面向出口市场的雷达产品介绍' }] },
];

const table: Array<
  Omit<
    ContentTypeCase,
    'uid' | 'singularName' | 'pluralName' | 'schema' | 'localized' | 'draftAndPublish'
  > & { singularName: string }
> = [
  {
    singularName: 'customer',
    scalars: (n) => ({
      name: `空军某部 ${n}`,
      shortName: `空某${n}`,
      code: `CUS-${n}`,
      type: 'military_unit',
      sector: 'air_force',
      region: '华北',
      tier: 'key',
      status: 'active',
      notes: '重点保障单位',
      classification: 'internal',
      needs: [
        {
          title: '远程技术支持',
          category: 'service',
          priority: 'high',
          description: '72小时内到场',
        },
      ],
    }),
    relations: () => ({}),
    update: (n) => ({
      name: `空军某部 ${n}（更名）`,
      tier: 'strategic',
      needs: [
        { title: '备件保障', category: 'delivery', priority: 'critical', description: null },
        { title: '操作培训', category: 'training', priority: 'low', description: '每季度一次' },
      ],
    }),
  },
  {
    singularName: 'contact',
    scalars: (n) => ({
      fullName: `张伟${n}`,
      position: '装备处处长',
      department: '装备部',
      phone: '010-12345678',
      email: `zhang.${n.toLowerCase()}@example.mil.cn`,
      isKeyDecisionMaker: true,
      influence: 'high',
      notes: '关键决策人',
      classification: 'internal',
    }),
    relations: (refs) => ({ customer: refs.customer }),
    update: () => ({ position: '副部长', influence: 'medium', isKeyDecisionMaker: false }),
  },
  {
    singularName: 'interaction',
    scalars: () => ({
      type: 'visit',
      occurredAt: '2026-03-01T02:30:00.000Z',
      summary: '走访装备部，了解雷达使用情况',
      outcome: '客户提出三项改进需求',
      followUpAt: '2026-03-15T01:00:00.000Z',
      classification: 'internal',
    }),
    relations: (refs) => ({ customer: refs.customer, contacts: [refs.contact] }),
    update: () => ({
      type: 'meeting',
      summary: '技术交流会',
      followUpAt: '2026-04-01T01:00:00.000Z',
    }),
  },
  {
    singularName: 'feedback',
    scalars: () => ({
      channel: 'field_report',
      category: 'reliability',
      severity: 'high',
      satisfaction: 2,
      content: '雷达在高湿环境下误报率升高',
      receivedAt: '2026-02-01T00:00:00.000Z',
      respondedAt: '2026-02-01T06:00:00.000Z',
      status: 'in_progress',
      resolution: '更换密封件',
      resolvedAt: '2026-02-10T00:00:00.000Z',
      classification: 'public',
    }),
    relations: (refs) => ({
      customer: refs.customer,
      contact: refs.contact,
      product: refs.product,
      strategies: [refs.strategy],
    }),
    update: () => ({ status: 'resolved', satisfaction: 4, resolvedAt: '2026-02-12T00:00:00.000Z' }),
  },
  {
    singularName: 'service-ticket',
    scalars: (n) => ({
      title: `雷达故障 ${n}`,
      description: '发射机功率下降',
      type: 'repair',
      priority: 'p1',
      status: 'resolved',
      openedAt: '2026-02-03T00:00:00.000Z',
      acknowledgedAt: '2026-02-03T01:00:00.000Z',
      resolvedAt: '2026-02-04T00:00:00.000Z',
      site: '某机场',
      team: '华北保障队',
      rootCause: '功放模块老化',
      customerRating: 5,
      classification: 'internal',
    }),
    relations: (refs) => ({ customer: refs.customer, product: refs.product }),
    update: () => ({ status: 'closed', customerRating: 4, team: '华东保障队' }),
  },
  {
    singularName: 'survey-response',
    scalars: () => ({
      respondedAt: '2026-02-04T00:00:00.000Z',
      overall: 4,
      productQuality: 5,
      serviceResponsiveness: 3,
      technicalSupport: 4,
      delivery: 2,
      communication: 5,
      recommend: 9,
      comments: '保障及时',
      classification: 'internal',
    }),
    relations: (refs) => ({ customer: refs.customer, contact: refs.contact }),
    update: () => ({ overall: 5, recommend: 10, comments: '非常满意' }),
  },
  {
    singularName: 'product',
    scalars: (n) => ({
      name: `远程警戒雷达 ${n}`,
      code: `PRD-${n}`,
      domain: 'radar',
      lifecycle: 'in_service',
      description: 'S波段',
      classification: 'internal',
      attributes: [
        // Our own figures: no source confidence.
        {
          name: '探测距离',
          value: 450,
          unit: 'km',
          higherIsBetter: true,
          reliability: null,
          credibility: null,
          asOf: null,
        },
        {
          name: '重量',
          value: 12.5,
          unit: 't',
          higherIsBetter: false,
          reliability: null,
          credibility: null,
          asOf: null,
        },
      ],
    }),
    relations: () => ({}),
    update: () => ({
      lifecycle: 'production',
      attributes: [
        {
          name: '探测距离',
          value: 500,
          unit: 'km',
          higherIsBetter: true,
          reliability: null,
          credibility: null,
          asOf: null,
        },
      ],
    }),
  },
  {
    singularName: 'competitor',
    scalars: (n) => ({
      name: `某电子集团 ${n}`,
      country: '中国',
      ownership: 'state_owned',
      domains: ['radar', 'electronic_warfare'],
      threatLevel: 'high',
      marketShare: 23.5,
      strengths: '价格低',
      weaknesses: '售后慢',
      lastReviewedAt: '2026-01-15',
      classification: 'public',
      sources: [
        {
          title: '展会资料',
          url: 'https://example.com/expo',
          date: '2025-11-20',
          reliability: 'B',
          credibility: 2,
        },
      ],
    }),
    relations: () => ({}),
    update: () => ({ threatLevel: 'critical', domains: ['uav'], marketShare: 30 }),
  },
  {
    singularName: 'competitor-offering',
    scalars: (n) => ({
      name: `竞品雷达 ${n}`,
      domain: 'radar',
      priceEstimate: 1200.5,
      notes: '2025年列装',
      classification: 'internal',
      attributes: [
        {
          name: '探测距离',
          value: 400,
          unit: 'km',
          higherIsBetter: true,
          reliability: 'C',
          credibility: 3,
          asOf: '2025-10-01',
        },
      ],
    }),
    relations: (refs) => ({ competitor: refs.competitor, comparableProduct: refs.product }),
    update: () => ({ priceEstimate: 1100, attributes: [] }),
  },
  {
    singularName: 'opportunity',
    scalars: (n) => ({
      title: `某型雷达采购项目 ${n}`,
      stage: 'lost',
      value: 3500.25,
      probability: 0,
      expectedDecisionAt: '2026-05-01',
      closedAt: '2026-05-10',
      classification: 'public',
      reasons: [{ category: 'price', note: '报价高15%' }],
    }),
    relations: (refs) => ({
      customer: refs.customer,
      products: [refs.product],
      competitors: [refs.competitor],
      winner: refs.competitor,
    }),
    update: () => ({
      probability: 5,
      reasons: [{ category: 'relationship', note: '客户关系薄弱' }],
    }),
  },
  {
    singularName: 'strategy',
    scalars: (n) => ({
      title: `快速保障承诺 ${n}`,
      dimension: 'service',
      summary: '四小时响应',
      description: '## 目标\n\n缩短平均修复时间',
      status: 'draft',
      investment: 100,
      realizedBenefit: 150.5,
      imitability: 2,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      classification: 'internal',
      kpis: [{ name: 'MTTR', unit: 'h', baseline: 48, target: 24, actual: 30 }],
    }),
    relations: (refs) => ({
      targetCustomers: [refs.customer],
      targetCompetitors: [refs.competitor],
      products: [refs.product],
      feedbacks: [refs.feedback],
      relatedStrategies: [refs.strategy],
    }),
    update: () => ({
      status: 'in_review',
      imitability: 3,
      kpis: [{ name: 'MTTR', unit: 'h', baseline: 48, target: 24, actual: 20 }],
    }),
  },
  {
    singularName: 'brand-material',
    scalars: (n) => ({
      title: `出口型雷达宣传册 ${n}`,
      slug: `radar-brochure-${n.toLowerCase()}`,
      kind: 'brochure',
      body: BLOCKS,
      audience: 'export',
      channel: '珠海航展',
      classification: 'internal',
    }),
    relations: (refs) => ({ strategy: refs.strategy }),
    update: () => ({ kind: 'white_paper', channel: '官网' }),
  },
  {
    singularName: 'campaign',
    scalars: (n) => ({
      name: `航展协同营销 ${n}`,
      objective: '提升出口品牌认知',
      startDate: '2026-09-01',
      endDate: '2026-11-30',
      budget: 80.5,
      status: 'running',
      results: '签约意向两项',
      classification: 'internal',
    }),
    relations: (refs) => ({
      strategies: [refs.strategy],
      targetCustomers: [refs.customer],
      materials: [refs.brandMaterial],
    }),
    update: () => ({ status: 'finished', budget: 95 }),
  },
];

export const CONTENT_TYPES: ContentTypeCase[] = table.map((entry) => {
  const schema = readSchema(entry.singularName);
  return {
    ...entry,
    uid: `api::${entry.singularName}.${entry.singularName}` as UID.ContentType,
    pluralName: schema.info.pluralName,
    schema,
    localized: Boolean(schema.pluginOptions?.i18n?.localized),
    draftAndPublish: Boolean(schema.options.draftAndPublish),
  };
});

export const contentType = (singularName: string): ContentTypeCase => {
  const found = CONTENT_TYPES.find((entry) => entry.singularName === singularName);
  if (!found) throw new Error(`no fixture for ${singularName}`);
  return found;
};

const asList = (value: RelationValue) => (Array.isArray(value) ? value : [value]);

/** Relation input for the REST API: `connect` by documentId. */
export const restRelations = (relations: Record<string, RelationValue>) =>
  Object.fromEntries(
    Object.entries(relations).map(([field, value]) => [field, { connect: asList(value) }]),
  );

/** Relation input as the content manager's edit view sends it. */
export const contentManagerRelations = (relations: Record<string, RelationValue>) =>
  Object.fromEntries(
    Object.entries(relations).map(([field, value]) => [
      field,
      { connect: asList(value).map((documentId) => ({ documentId })) },
    ]),
  );

/** The documentIds a populated relation holds, sorted. */
export const documentIdsOf = (value: unknown): string[] => {
  if (value === null || value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item: { documentId: string }) => item.documentId).sort();
};

/** Component entries without their ids, for comparison with what was sent. */
export const withoutIds = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'id')
        .map(([key, v]) => [key, withoutIds(v)]),
    );
  }
  return value;
};

/**
 * Values as they come back from any of the three databases: decimals may come back as strings
 * (PostgreSQL numeric), so numbers are compared as numbers.
 */
export const normalized = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(normalized);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, normalized(v)]));
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return value;
};

/** Relation fields of a type that the content API may populate (admin users are not exposed there). */
export const relationFields = (schema: ContentTypeSchema) =>
  Object.entries(schema.attributes)
    .filter(([, attribute]) => attribute.type === 'relation' && attribute.target !== 'admin::user')
    .map(([name]) => name);

/** Documents every fixture may point at, created through the document service (no request, no clearance). */
export const createReferences = async (strapi: Core.Strapi, tag: string): Promise<References> => {
  const documents = strapi.documents;
  const customer = await documents('api::customer.customer').create({
    data: { name: `参考客户 ${tag}`, code: `REF-${tag}` },
  });
  const contact = await documents('api::contact.contact').create({
    data: { fullName: `参考联系人 ${tag}`, customer: customer.documentId },
  });
  const product = await documents('api::product.product').create({
    data: { name: `参考产品 ${tag}`, code: `REF-P-${tag}` },
  });
  const competitor = await documents('api::competitor.competitor').create({
    data: { name: `参考对手 ${tag}` },
  });
  const strategy = await documents('api::strategy.strategy').create({
    data: { title: `参考策略 ${tag}` },
  });
  const feedback = await documents('api::feedback.feedback').create({
    data: {
      customer: customer.documentId,
      content: `参考反馈 ${tag}`,
      receivedAt: '2026-01-05T00:00:00.000Z',
    },
  });
  const brandMaterial = await documents('api::brand-material.brand-material').create({
    data: { title: `参考物料 ${tag}` },
    locale: 'zh-Hans',
    status: 'published',
  });
  return {
    customer: customer.documentId,
    contact: contact.documentId,
    product: product.documentId,
    competitor: competitor.documentId,
    strategy: strategy.documentId,
    feedback: feedback.documentId,
    brandMaterial: brandMaterial.documentId,
  };
};

/** Number of rows of a type in the database (drafts and locales included): what a refused write must not change. */
export const countRows = (strapi: Core.Strapi, uid: UID.ContentType): Promise<number> =>
  strapi.db.query(uid).count();

/** The content manager's base path for a type. */
export const cmPath = (uid: string) => `/content-manager/collection-types/${uid}`;

/**
 * Marks a document's review approved directly in the database, for tests of publishing itself
 * (the walk through the stages is tested in tests/api/workflows.test.ts).
 */
export const approveReviewDirectly = async (
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
) => {
  const workflow = (await strapi.plugin('synergy').service('workflows').forContentType(uid)) as {
    id: number;
    stages: unknown[];
  };
  await strapi.db.query('plugin::synergy.review').create({
    data: {
      contentType: uid,
      targetDocumentId: documentId,
      workflowId: workflow.id,
      state: 'approved',
      stageIndex: workflow.stages.length - 1,
      round: 1,
      version: 1,
    },
  });
};
