/**
 * Win/loss reasons by who stated them (SPEC §4): the owner's (the opportunity's reasons, the first
 * listed being the main one) and the buyer's (win/loss interviews), and how often they agree.
 */
import type {
  InterviewFigures,
  ReasonCategory,
  ReasonDisagreement,
  StatedReason,
} from '../../../../shared/contracts/analytics';
import { ratio } from './numbers';

export interface ReasonTally {
  category: ReasonCategory;
  /** Mentions of the category. */
  count: number;
  /** Of those, as the main reason. */
  main: number;
}

/** Each category's share of all mentions, most mentioned first (then main, then by name). */
export const statedReasons = (tallies: readonly ReasonTally[]): StatedReason[] => {
  const total = tallies.reduce((sum, tally) => sum + tally.count, 0);
  return tallies
    .filter((tally) => tally.count > 0)
    .map((tally) => ({ ...tally, share: ratio(tally.count, total) ?? 0 }))
    .sort((a, b) => b.count - a.count || b.main - a.main || a.category.localeCompare(b.category));
};

/** Interviews grouped by the buyer's main reason and the owner's (null: the opportunity lists none). */
export interface MainReasonPair {
  owner: ReasonCategory | null;
  buyer: ReasonCategory;
  count: number;
}

/**
 * Coverage (interviewed ÷ closed) and agreement (interviews whose main reason is the owner's ÷
 * interviews whose opportunity has an owner-stated reason), with the disagreeing pairs.
 */
export const interviewFigures = ({
  closed,
  interviewed,
  pairs,
}: {
  closed: number;
  interviewed: number;
  pairs: readonly MainReasonPair[];
}): InterviewFigures => {
  const count = pairs.reduce((sum, pair) => sum + pair.count, 0);
  const comparable = pairs.filter(
    (pair): pair is MainReasonPair & { owner: ReasonCategory } => pair.owner !== null,
  );
  const compared = comparable.reduce((sum, pair) => sum + pair.count, 0);
  const agreed = comparable
    .filter((pair) => pair.owner === pair.buyer)
    .reduce((sum, pair) => sum + pair.count, 0);
  const disagreements: ReasonDisagreement[] = comparable
    .filter((pair) => pair.owner !== pair.buyer && pair.count > 0)
    .map(({ owner, buyer, count: n }) => ({ owner, buyer, count: n }))
    .sort(
      (a, b) =>
        b.count - a.count || a.owner.localeCompare(b.owner) || a.buyer.localeCompare(b.buyer),
    );
  return {
    closed,
    interviewed,
    coverage: ratio(interviewed, closed),
    count,
    compared,
    agreed,
    agreementRate: ratio(agreed, compared),
    disagreements,
  };
};
