/**
 * Proposes which field each column of a file fills, from its header: by field name, by label
 * (English or Chinese), by a synonym staff sheets use, then by similarity; each proposal carries a
 * confidence so the user confirms the weak ones. Pure: the service passes the fields in.
 */
import { distance } from 'fastest-levenshtein';
import { foldHeader } from './convert';

export type MatchMethod = 'name' | 'label' | 'synonym' | 'similar';

export interface MatchableField {
  name: string;
  labels: { en: string; 'zh-Hans': string };
}

export interface HeaderMatch {
  field: string;
  /** 1 for an exact name or label, 0.9 for a synonym, below 0.8 for a similar header. */
  confidence: number;
  method: MatchMethod;
}

export const CONFIDENCE: Record<Exclude<MatchMethod, 'similar'>, number> = {
  name: 1,
  label: 1,
  synonym: 0.9,
};
/** A similar header's confidence is its similarity times this, so it always ranks below a synonym. */
const SIMILAR_WEIGHT = 0.8;
/** Headers less similar than this (1 − edits / length) to every name are left unmatched. */
export const MIN_SIMILARITY = 0.6;
/** Proposals below this confidence are flagged for the user to confirm. */
export const CONFIRM_BELOW = 0.8;

type Synonyms = Record<string, readonly string[]>;

/** Words spreadsheets use for a field, whatever the record type (field name → headers). */
const COMMON_SYNONYMS: Synonyms = {
  name: ['名称', '名字', 'title'],
  code: ['编码', '代码', '编号', 'number', 'no', 'id'],
  status: ['状态', 'state'],
  type: ['类型', '类别', 'kind'],
  classification: ['密级', '保密等级', '安全等级', 'security level'],
  notes: ['备注', '说明', 'remarks', 'comment'],
  customer: ['客户', '客户名称', '客户单位', '单位', '单位名称', '客户编码', 'client', 'account'],
  contact: ['联系人', '联系人姓名'],
  product: ['产品', '装备', '产品名称', '装备名称'],
  description: ['描述', '说明', '详情', 'details'],
  title: ['标题', '名称', '主题', 'subject'],
  startDate: ['开始日期', '开始时间', 'start'],
  endDate: ['结束日期', '结束时间', 'end'],
  owner: ['负责人', '客户经理'],
};

/** Words for one importable type's fields (plural type name → field name → headers). */
const TYPE_SYNONYMS: Record<string, Synonyms> = {
  customers: {
    name: [
      '客户名称',
      '单位名称',
      '客户',
      '单位',
      '单位全称',
      'customer',
      'customer name',
      'company',
    ],
    shortName: ['简称', '客户简称', '单位简称', 'abbreviation', 'short'],
    code: ['客户编码', '客户代码', '客户编号', '单位编码', '单位代码', '单位编号', 'customer code'],
    type: ['客户类型', '单位类型', '单位性质', '客户性质', 'customer type'],
    sector: ['军种', '军兵种', '兵种', '行业', '领域', '所属军种', 'branch', 'industry', 'service'],
    region: ['地区', '区域', '所在地', '省份', '战区', 'area', 'location', 'province'],
    tier: ['等级', '级别', '客户等级', '客户级别', '分级', 'level', 'grade', 'rank'],
    status: ['客户状态', '合作状态'],
  },
  contacts: {
    fullName: ['姓名', '名字', '联系人', '联系人姓名', 'name', 'full name'],
    position: ['职务', '职位', '职称', 'title', 'job title'],
    department: ['部门', '科室', 'dept'],
    phone: ['电话', '手机', '联系电话', '手机号', 'mobile', 'tel', 'telephone'],
    email: ['邮箱', '电子邮箱', '邮件', 'e-mail', 'mail'],
    isKeyDecisionMaker: ['关键决策人', '决策人', 'decision maker'],
    influence: ['影响力', 'influence level'],
  },
  feedbacks: {
    content: ['内容', '反馈', '反馈内容', '意见', '问题描述'],
    severity: ['严重程度', '严重性', '级别', 'priority'],
    channel: ['渠道', '来源', 'source'],
    category: ['类别', '分类', '反馈类别'],
    satisfaction: ['满意度', '评分', 'score', 'rating'],
    receivedAt: ['接收时间', '收到时间', '日期', 'date', 'received'],
  },
  'service-tickets': {
    title: ['工单标题', '问题', '故障现象'],
    priority: ['优先级', '紧急程度'],
    openedAt: ['报修时间', '开单时间', '创建时间'],
  },
};

/** The synonyms of a type's field, folded. */
const synonymsOf = (type: string, field: string): string[] =>
  [...(COMMON_SYNONYMS[field] ?? []), ...(TYPE_SYNONYMS[type]?.[field] ?? [])].map(foldHeader);

/** 1 − (edit distance / longer length): 1 for equal texts, 0 for nothing in common. */
export const similarity = (a: string, b: string): number => {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
};

/** The best way one header names one field, or null. */
export const matchHeaderToField = (
  type: string,
  header: string,
  field: MatchableField,
): HeaderMatch | null => {
  const key = foldHeader(header);
  if (!key) return null;
  if (foldHeader(field.name) === key) return { field: field.name, confidence: 1, method: 'name' };
  const labels = [field.labels.en, field.labels['zh-Hans']].map(foldHeader);
  if (labels.includes(key)) return { field: field.name, confidence: 1, method: 'label' };
  const synonyms = synonymsOf(type, field.name);
  if (synonyms.includes(key))
    return { field: field.name, confidence: CONFIDENCE.synonym, method: 'synonym' };
  const best = Math.max(
    ...[foldHeader(field.name), ...labels, ...synonyms].map((name) => similarity(key, name)),
  );
  if (best < MIN_SIMILARITY) return null;
  return {
    field: field.name,
    confidence: Math.round(best * SIMILAR_WEIGHT * 100) / 100,
    method: 'similar',
  };
};

/**
 * One proposal per header (same order; null: no field is near enough). Each field goes to at most
 * one column: the best confidence wins, and on a tie the column further left.
 */
export const proposeMatches = (
  type: string,
  headers: string[],
  fields: MatchableField[],
): Array<HeaderMatch | null> => {
  const candidates = headers.flatMap((header, column) =>
    fields
      .map((field) => matchHeaderToField(type, header, field))
      .filter((match): match is HeaderMatch => match !== null)
      .map((match) => ({ column, match })),
  );
  candidates.sort((a, b) => b.match.confidence - a.match.confidence || a.column - b.column);
  const proposals: Array<HeaderMatch | null> = headers.map(() => null);
  const taken = new Set<string>();
  for (const { column, match } of candidates) {
    if (proposals[column] || taken.has(match.field)) continue;
    // A header repeated in the file is one column for the mapping (keyed by header): only its first.
    if (headers.indexOf(headers[column]) !== column) continue;
    proposals[column] = match;
    taken.add(match.field);
  }
  return proposals;
};
