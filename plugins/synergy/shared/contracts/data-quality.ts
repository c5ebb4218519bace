/**
 * POST /synergy/data-quality/merge: merges a duplicate customer into the one kept. Every record
 * related to the duplicate (contacts, interactions, feedback, tickets, survey responses,
 * opportunities, strategies and campaigns that target it) moves to the kept customer, the kept
 * customer's empty fields take the duplicate's values, and the duplicate is deleted — in one
 * transaction, recorded in the audit trail.
 */
export namespace PostMergeCustomers {
  export interface Body {
    /** documentId of the customer that stays. */
    keep: string;
    /** documentId of the duplicate that is merged into it and removed. */
    remove: string;
  }
  export interface Result {
    kept: { documentId: string; name: string; code: string | null };
    removed: { documentId: string; name: string };
    /** Records moved, by the relation of the removed customer they were reached through. */
    moved: Record<string, number>;
    /** Fields of the kept customer filled from the duplicate. */
    filled: string[];
  }
  export interface Response {
    data: Result;
  }
}
