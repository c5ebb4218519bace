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
