import type { Marking } from './marking';

/** GET /api/synergy/customers/:documentId/360 and GET /synergy/customers/:documentId/360 */
export namespace GetCustomer360 {
  export interface Params {
    documentId: string;
  }
  export interface Query {
    /** How many of the most recent records of each kind to return (1–100, default 20). */
    limit?: number;
  }
  export interface Section<T = Record<string, unknown>> {
    /** The most recent records, newest first. */
    items: T[];
    /** How many there are in all. */
    total: number;
  }
  /** A section is null when the caller may not read that content type. */
  export interface Customer360 {
    customer: Record<string, unknown>;
    contacts: Section | null;
    interactions: Section | null;
    feedbacks: Section | null;
    serviceTickets: Section | null;
    surveyResponses: Section | null;
    strategies: Section | null;
  }
  export interface Response {
    data: Customer360;
    /** The highest level and caveats of the customer and the records listed. */
    meta: { marking: Marking };
  }
}

/** GET /synergy/customers/search?q= */
export namespace SearchCustomers {
  export interface Query {
    q?: string;
  }
  export interface CustomerHit {
    documentId: string;
    name: string;
    shortName: string | null;
    code: string;
    tier: string | null;
  }
  export interface Response {
    data: CustomerHit[];
  }
}

/** GET /synergy/customers/suggestions — what the Customer 360 page offers before any search. */
export namespace SuggestCustomers {
  export interface Query {
    /** How many customers in each list (1–20, default 5). */
    limit?: number;
  }
  export interface Suggestion extends SearchCustomers.CustomerHit {
    /** Health 0–100 (SPEC §4). */
    health: number | null;
    /** The last interaction the caller may see; null when there is none. */
    lastInteractionAt: string | null;
  }
  export interface Suggestions {
    /** Customers in the at-risk band (health below 40), least healthy first. */
    atRisk: Suggestion[];
    /** Customers with the most recent interactions, newest first; empty without read access to interactions. */
    recent: Suggestion[];
  }
  export interface Response {
    data: Suggestions;
  }
}
