/**
 * SQL building blocks of the analytics: the dialect differences (instants, durations, months,
 * median, booleans), the tables of Strapi 5's storage, and the clearance and filter scope that
 * every query applies to every table it reads.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { Classification } from '../../domain/classification';
import { needToKnowSql, type Visibility } from '../../domain/need-to-know';
import { PRIORITIES, type SlaTargets } from '../../domain/analytics';

export type Client = 'sqlite' | 'postgres' | 'mysql';

export type Row = Record<string, unknown>;

/** Which records are counted: the caller's visible levels (null = unrestricted) and the filters. */
export interface Scope {
  levels: readonly Classification[] | null;
  /** The caller's whole visibility, compartments and caveats included (null = unrestricted). */
  visibility?: Visibility | null;
  tier: string | null;
  type: string | null;
  domain: string | null;
}

export const clientOf = (strapi: Core.Strapi): Client => {
  const config = strapi.db.config.connection as { client?: string };
  const name = String(strapi.db.dialect.client ?? config.client ?? 'sqlite');
  if (name.includes('postgres') || name === 'pg') return 'postgres';
  if (name.includes('mysql') || name.includes('maria')) return 'mysql';
  return 'sqlite';
};

const MS_PER_DAY = 86_400_000;

/** Column references below are constants of this module, never request input. */
export interface Dialect {
  client: Client;
  /** A bound value comparable with a datetime column. */
  instant(date: Date): string | number;
  /** Milliseconds from datetime column `start` to datetime column `end` (an integer-valued expression). */
  elapsedMs(start: string, end: string): string;
  /** 'YYYY-MM' of a datetime or date column (UTC). */
  month(column: string, kind: 'datetime' | 'date'): string;
  /** A date column shifted by a bound number of days (one `?`), comparable with a datetime column. */
  shiftedDate(column: string): string;
  /** The bound value of boolean true. */
  readonly true: boolean | number;
  /** SELECT of the median of column `x` of a sub-query. */
  median(knex: Knex, values: Knex.QueryBuilder): Knex.QueryBuilder;
}

const windowMedian = (knex: Knex, values: Knex.QueryBuilder) =>
  knex
    .from(
      knex
        .from(values.as('v'))
        .select(
          'v.x',
          knex.raw('ROW_NUMBER() OVER (ORDER BY v.x) AS rn'),
          knex.raw('COUNT(*) OVER () AS cnt'),
        )
        .as('ranked'),
    )
    .whereRaw('ranked.rn IN (FLOOR((ranked.cnt + 1) / 2), FLOOR((ranked.cnt + 2) / 2))')
    .select(knex.raw('AVG(ranked.x) AS median'));

const DIALECTS: Record<Client, Dialect> = {
  sqlite: {
    client: 'sqlite',
    // Strapi stores datetimes on SQLite as epoch milliseconds.
    instant: (date) => date.getTime(),
    elapsedMs: (start, end) => `(${end} - ${start})`,
    month: (column, kind) =>
      kind === 'date'
        ? `substr(${column}, 1, 7)`
        : `strftime('%Y-%m', ${column} / 1000, 'unixepoch')`,
    shiftedDate: (column) =>
      `(CAST((julianday(${column}) - 2440587.5) * ${MS_PER_DAY} AS INTEGER) + ? * ${MS_PER_DAY})`,
    true: 1,
    median: windowMedian,
  },
  postgres: {
    client: 'postgres',
    instant: (date) => date.toISOString(),
    elapsedMs: (start, end) => `ROUND(EXTRACT(EPOCH FROM (${end} - ${start})) * 1000)`,
    month: (column) => `to_char(${column}, 'YYYY-MM')`,
    shiftedDate: (column) => `(${column} + ? * INTERVAL '1 day')`,
    true: true,
    median: (knex, values) =>
      knex
        .from(values.as('v'))
        .select(knex.raw('percentile_cont(0.5) WITHIN GROUP (ORDER BY v.x) AS median')),
  },
  mysql: {
    client: 'mysql',
    instant: (date) => date.toISOString().replace('T', ' ').replace('Z', ''),
    elapsedMs: (start, end) => `(TIMESTAMPDIFF(MICROSECOND, ${start}, ${end}) DIV 1000)`,
    month: (column) => `DATE_FORMAT(${column}, '%Y-%m')`,
    shiftedDate: (column) => `DATE_ADD(${column}, INTERVAL ? DAY)`,
    true: 1,
    median: windowMedian,
  },
};

export const dialectFor = (client: Client): Dialect => DIALECTS[client];

/** A value of a datetime or date column as an instant (epoch ms on SQLite, Date or string elsewhere). */
export const toDate = (value: unknown): Date | null => {
  if (value == null || value === '') return null;
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  const text = String(value);
  if (/^\d+$/.test(text)) return new Date(Number(text));
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
};

/** 'YYYY-MM-DD' of a date column value. */
export const toIsoDay = (value: unknown): string | null => {
  if (value == null) return null;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  const date = toDate(value);
  if (!date) return null;
  // Drivers may hand a DATE over as local midnight: read its local calendar day.
  if (value instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }
  return date.toISOString().slice(0, 10);
};

export const toBoolean = (value: unknown): boolean =>
  value === true || value === 1 || value === '1' || value === 't';

/** A record table linked to its customer (manyToOne through a link table) and maybe to products. */
export interface RecordTable {
  table: string;
  /** The record's id column in its link tables. */
  fk: string;
  customerLink: string;
  productLink: string | null;
}

export const TABLES = {
  feedback: {
    table: 'feedbacks',
    fk: 'feedback_id',
    customerLink: 'feedbacks_customer_lnk',
    productLink: 'feedbacks_product_lnk',
  },
  ticket: {
    table: 'service_tickets',
    fk: 'service_ticket_id',
    customerLink: 'service_tickets_customer_lnk',
    productLink: 'service_tickets_product_lnk',
  },
  survey: {
    table: 'survey_responses',
    fk: 'survey_response_id',
    customerLink: 'survey_responses_customer_lnk',
    productLink: null,
  },
  interaction: {
    table: 'interactions',
    fk: 'interaction_id',
    customerLink: 'interactions_customer_lnk',
    productLink: null,
  },
  opportunity: {
    table: 'opportunities',
    fk: 'opportunity_id',
    customerLink: 'opportunities_customer_lnk',
    productLink: 'opportunities_products_lnk',
  },
  contact: {
    table: 'contacts',
    fk: 'contact_id',
    customerLink: 'contacts_customer_lnk',
    productLink: null,
  },
} satisfies Record<string, RecordTable>;

/**
 * Restricts the table of a classification column (`alias.classification`) to the records the
 * caller may see: the visible levels, and no compartment or caveat withheld from them (SPEC §1.1).
 */
export const restrict = (
  qb: Knex.QueryBuilder,
  column: string,
  scope: Scope,
): Knex.QueryBuilder => {
  if (!scope.levels) return qb;
  qb.whereIn(column, [...scope.levels]);
  if (scope.visibility) {
    const alias = column.slice(0, column.lastIndexOf('.'));
    for (const [sql, bindings] of needToKnowSql(alias, scope.visibility))
      qb.whereRaw(sql, bindings);
  }
  return qb;
};

/** Only rows of customer alias `c` of the tier and type asked for. */
export const filterCustomer = (
  qb: Knex.QueryBuilder,
  scope: Scope,
  alias = 'c',
): Knex.QueryBuilder => {
  if (scope.tier) qb.where(`${alias}.tier`, scope.tier);
  if (scope.type) qb.where(`${alias}.type`, scope.type);
  return qb;
};

/** EXISTS a visible product of the scope's domain linked to `ownerColumn` through `link`.`fk`. */
const withDomain = (
  knex: Knex,
  qb: Knex.QueryBuilder,
  scope: Scope,
  link: string,
  fk: string,
  ownerColumn: string,
) => {
  if (!scope.domain) return qb;
  const domain = scope.domain;
  return qb.whereExists(function productOfDomain(this: Knex.QueryBuilder) {
    this.select(knex.raw('1'))
      .from({ pl: link })
      .join({ p: 'products' }, 'p.id', 'pl.product_id')
      .whereRaw(`pl.${fk} = ${ownerColumn}`)
      .where('p.domain', domain);
    restrict(this, 'p.classification', scope);
  });
};

/**
 * Visible records (alias `r`) with their visible customer (alias `c`), filtered by tier and type
 * through the customer and by domain through the record's products (records without products,
 * surveys and interactions, are not filtered by domain).
 */
export const records = (knex: Knex, scope: Scope, def: RecordTable): Knex.QueryBuilder => {
  const qb = knex({ r: def.table })
    .join({ rc: def.customerLink }, `rc.${def.fk}`, 'r.id')
    .join({ c: 'customers' }, 'c.id', 'rc.customer_id');
  restrict(qb, 'r.classification', scope);
  restrict(qb, 'c.classification', scope);
  filterCustomer(qb, scope);
  if (def.productLink) withDomain(knex, qb, scope, def.productLink, def.fk, 'r.id');
  return qb;
};

/**
 * Visible strategies (alias `s`): by domain through their products, by tier and type through a
 * visible target customer of that tier and type.
 */
export const strategies = (knex: Knex, scope: Scope, alias = 's'): Knex.QueryBuilder => {
  const qb = knex({ [alias]: 'strategies' });
  restrict(qb, `${alias}.classification`, scope);
  withDomain(knex, qb, scope, 'strategies_products_lnk', 'strategy_id', `${alias}.id`);
  if (scope.tier || scope.type) {
    qb.whereExists(function targetOfKind(this: Knex.QueryBuilder) {
      this.select(knex.raw('1'))
        .from({ tcl: 'strategies_target_customers_lnk' })
        .join({ tc: 'customers' }, 'tc.id', 'tcl.customer_id')
        .whereRaw(`tcl.strategy_id = ${alias}.id`);
      restrict(this, 'tc.classification', scope);
      filterCustomer(this, scope, 'tc');
    });
  }
  return qb;
};

/** Visible customers (alias `c`) of the tier and type asked for. */
export const customers = (knex: Knex, scope: Scope): Knex.QueryBuilder => {
  const qb = knex({ c: 'customers' });
  restrict(qb, 'c.classification', scope);
  return filterCustomer(qb, scope);
};

export const between = (
  qb: Knex.QueryBuilder,
  column: string,
  dialect: Dialect,
  from: Date,
  to: Date,
) => qb.where(column, '>=', dialect.instant(from)).where(column, '<=', dialect.instant(to));

/** Repeatable component rows of a parent table, e.g. KPIs of strategies: alias `k`, parent id `parent_id`. */
export const componentRows = (
  knex: Knex,
  {
    parentTable,
    componentTable,
    componentType,
    field,
  }: { parentTable: string; componentTable: string; componentType: string; field: string },
) =>
  knex({ cmp: `${parentTable}_cmps` })
    .join({ k: componentTable }, 'k.id', 'cmp.cmp_id')
    .where('cmp.component_type', componentType)
    .where('cmp.field', field)
    .select('cmp.entity_id as parent_id');

/**
 * SQL CASE giving the SLA target of a ticket (alias `r`) in milliseconds. The targets are
 * validated numbers written as literals: PostgreSQL cannot type bound parameters inside CASE.
 */
export const targetMsCase = (
  targets: SlaTargets,
  kind: 'responseHours' | 'resolveHours',
): string => {
  const literal = (hours: number) => {
    const ms = Math.round(hours * 3_600_000);
    if (!Number.isSafeInteger(ms)) throw new Error(`Invalid SLA target: ${hours}`);
    return String(ms);
  };
  return `(CASE r.priority ${PRIORITIES.map((priority) => `WHEN '${priority}' THEN ${literal(targets[priority][kind])}`).join(' ')} ELSE NULL END)`;
};

export interface AnalyticsContext {
  strapi: Core.Strapi;
  knex: Knex;
  dialect: Dialect;
}
