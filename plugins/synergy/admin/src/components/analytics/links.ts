import type { AnalyticsMeta, Period } from '../../../../shared/contracts/analytics';
import type { AnalyticsFilterValues } from '../../hooks/useAnalyticsFilters';

export const UID = {
  customer: 'api::customer.customer',
  feedback: 'api::feedback.feedback',
  ticket: 'api::service-ticket.service-ticket',
  survey: 'api::survey-response.survey-response',
  opportunity: 'api::opportunity.opportunity',
  strategy: 'api::strategy.strategy',
  competitor: 'api::competitor.competitor',
  offering: 'api::competitor-offering.competitor-offering',
  product: 'api::product.product',
  interaction: 'api::interaction.interaction',
  winLossInterview: 'api::win-loss-interview.win-loss-interview',
} as const;

export type Operator =
  '$eq' | '$ne' | '$gte' | '$lte' | '$lt' | '$gt' | '$in' | '$null' | '$notNull';

/** One clause of a content-manager list filter: a field path, an operator and a value. */
export interface Condition {
  path: string[];
  operator: Operator;
  value: string | number | boolean | ReadonlyArray<string | number>;
}

const clause = (index: number, { path, operator, value }: Condition) => {
  const key = `filters[$and][${index}]${path.map((part) => `[${part}]`).join('')}[${operator}]`;
  if (Array.isArray(value)) {
    return value
      .map((item, position) => `${key}[${position}]=${encodeURIComponent(String(item))}`)
      .join('&');
  }
  return `${key}=${encodeURIComponent(String(value))}`;
};

/**
 * The content manager's list of a type, filtered the way the content manager writes its own
 * filters (`filters[$and][i][field][$op]=value`), so the records behind a figure open in one click.
 */
export const contentManagerListUrl = (uid: string, conditions: Condition[] = []) => {
  const filters = conditions.map((condition, index) => clause(index, condition)).join('&');
  return `/content-manager/collection-types/${uid}?page=1${filters ? `&${filters}` : ''}`;
};

export const editViewUrl = (uid: string, documentId: string) =>
  `/content-manager/collection-types/${uid}/${encodeURIComponent(documentId)}`;

/** How a record type reaches the filters: its period date, its customer(s) and its product(s). */
export interface RecordScope {
  dateField?: string;
  customerPath?: string[];
  productPath?: string[];
  /**
   * The figures count a record only with a customer the viewer may see: the list asks the same
   * (a customer filter is restricted to the viewer's clearance by the server).
   */
  withVisibleCustomer?: boolean;
}

export const SCOPES = {
  feedback: {
    dateField: 'receivedAt',
    customerPath: ['customer'],
    productPath: ['product'],
    withVisibleCustomer: true,
  },
  ticket: {
    dateField: 'openedAt',
    customerPath: ['customer'],
    productPath: ['product'],
    withVisibleCustomer: true,
  },
  survey: { dateField: 'respondedAt', customerPath: ['customer'], withVisibleCustomer: true },
  opportunity: {
    dateField: 'closedAt',
    customerPath: ['customer'],
    productPath: ['products'],
    withVisibleCustomer: true,
  },
  openOpportunity: {
    customerPath: ['customer'],
    productPath: ['products'],
    withVisibleCustomer: true,
  },
  strategy: { customerPath: ['targetCustomers'], productPath: ['products'] },
  customer: { customerPath: [] },
} satisfies Record<string, RecordScope>;

/**
 * The clauses that repeat the page's filters on a record type: the period the server used (from
 * `meta`), the customer's tier and type, the product domain.
 */
export const scopeConditions = (
  scope: RecordScope,
  filters: Pick<AnalyticsFilterValues, 'tier' | 'type' | 'domain'>,
  period?: Period | AnalyticsMeta['period'],
): Condition[] => {
  const conditions: Condition[] = [];
  if (scope.dateField && period) {
    conditions.push({ path: [scope.dateField], operator: '$gte', value: period.from });
    conditions.push({ path: [scope.dateField], operator: '$lte', value: period.to });
  }
  if (scope.customerPath && scope.withVisibleCustomer) {
    conditions.push({ path: [...scope.customerPath, 'id'], operator: '$notNull', value: true });
  }
  if (scope.customerPath && filters.tier)
    conditions.push({
      path: [...scope.customerPath, 'tier'],
      operator: '$eq',
      value: filters.tier,
    });
  if (scope.customerPath && filters.type)
    conditions.push({
      path: [...scope.customerPath, 'type'],
      operator: '$eq',
      value: filters.type,
    });
  if (scope.productPath && filters.domain) {
    conditions.push({
      path: [...scope.productPath, 'domain'],
      operator: '$eq',
      value: filters.domain,
    });
  }
  return conditions;
};

/** Shorthand: the list of a scoped type under the page's filters plus some clauses of its own. */
export const recordsUrl = (
  uid: string,
  scope: RecordScope,
  filters: Pick<AnalyticsFilterValues, 'tier' | 'type' | 'domain'>,
  period: Period | undefined,
  extra: Condition[] = [],
) => contentManagerListUrl(uid, [...scopeConditions(scope, filters, period), ...extra]);

/** Clauses selecting documents by documentId. */
export const documentIdsCondition = (documentIds: string[]): Condition => ({
  path: ['documentId'],
  operator: '$in',
  value: documentIds,
});
