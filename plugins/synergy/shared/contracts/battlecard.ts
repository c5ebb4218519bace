/** GET /api/synergy/competitors/:documentId/battlecard and GET /synergy/competitors/:documentId/battlecard */
import type { Marking } from './marking';
import type { FactConfidence, ProductDomain, ThreatLevel } from './analytics';

export namespace GetBattlecard {
  export interface Params {
    documentId: string;
  }
  export interface Query {
    /** A fact older than this many days is stale (1–3650; default the `battlecardStaleAfterDays` config, 90). */
    staleAfterDays?: number;
  }

  /** Where a fact came from, on the Admiralty scale, and how old it is. */
  export interface Confidence {
    reliability: string | null;
    credibility: number | null;
    /** `B2`; `?` for a missing half. */
    grade: string;
    /** Reliability E/F, credibility 5/6, or either missing. */
    unconfirmed: boolean;
  }
  export interface Freshness {
    /** The as-of date (a source's date, an attribute's asOf, strengthsAsOf, lastReviewedAt). */
    asOf: string | null;
    ageDays: number | null;
    /** Older than `staleAfterDays`, or undated. */
    stale: boolean;
  }
  export type Fact = Confidence & Freshness;

  export interface Source extends Fact {
    title: string;
    url: string | null;
  }
  export interface Assessment extends Fact {
    text: string;
  }

  export interface AttributeRow extends Partial<Fact> {
    name: string;
    unit: string | null;
    theirs: number | null;
    ours: number | null;
    higherIsBetter: boolean;
    /** Which side the attribute favours; null when either value is missing. */
    better: 'ours' | 'theirs' | 'tie' | null;
  }
  export interface HeadToHead {
    offering: { documentId: string; name: string; domain: ProductDomain | null };
    /** Our comparable product; null when none is set or the caller may not see it. */
    product: { documentId: string; name: string } | null;
    /** Their attributes with their confidence and freshness, beside ours of the same name. */
    attributes: AttributeRow[];
    wins: number;
    losses: number;
    ties: number;
    /** Compared attributes (won, lost or tied) resting on an unconfirmed figure of theirs. */
    unconfirmed: number;
  }

  export interface WinLoss {
    /** Opportunities it bid in that the caller may see. */
    bids: number;
    open: number;
    won: number;
    lost: number;
    abandoned: number;
    /** won ÷ (won + lost); null without either. */
    winRate: number | null;
    /** Of the lost ones, how often it was the winner. */
    lostToIt: number;
    /** Reason categories of the lost ones, most frequent first (at most five). */
    topLossReasons: Array<{ category: string; count: number }>;
  }

  export interface Person {
    name: string;
    email: string | null;
    /** How many of its bids the person owns. */
    bids: number;
  }

  export interface Battlecard {
    competitor: {
      documentId: string;
      name: string;
      country: string | null;
      threatLevel: ThreatLevel | null;
      marketShare: number | null;
      classification: string;
      lastReviewed: Freshness;
    };
    strengths: Assessment | null;
    weaknesses: Assessment | null;
    sources: Source[];
    /** Null when the caller may not read competitor offerings. */
    headToHead: HeadToHead[] | null;
    /** Null when the caller may not read opportunities. */
    winLoss: WinLoss | null;
    /** Active strategies whose targetCompetitors include it; null when the caller may not read strategies. */
    strategies: Array<{ documentId: string; title: string; dimension: string | null }> | null;
    /** Owners of the opportunities it bid in; null when the caller may not read opportunities. */
    peopleToAsk: Person[] | null;
    /** Its facts (sources, offering attributes, strengths, weaknesses) by confidence. */
    confidence: FactConfidence;
    freshness: {
      staleAfterDays: number;
      /** Facts (as counted in `confidence`) and, of them, the stale ones. */
      facts: number;
      stale: number;
      oldestAgeDays: number | null;
    };
  }
  export interface Response {
    data: Battlecard;
    /** `marking`: the highest level and caveats of the records the card was made from. */
    meta: { generatedAt: string; staleAfterDays: number; marking: Marking };
  }
}
