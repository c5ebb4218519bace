import type { ReviewState } from '../../../shared/contracts/reviews';
import type { RuleViolation } from './business-rules';

/**
 * A strategy's `status` and its review (SPEC §2, §3), in one place: the values that need an
 * approved review, the moves a user may make by hand, and the status the review sets.
 */
export const STRATEGY_UID = 'api::strategy.strategy';

/** Values a strategy takes only with an approved review (the gate of governReviews). */
export const STRATEGY_GATED_STATUSES = ['approved', 'active'];

/** The status a value may be reached from by hand: approved comes only from the workflow. */
const REACHED_FROM: Record<string, string> = {
  active: 'approved',
  completed: 'active',
  retired: 'active',
};

/**
 * A strategy's status change requested by a user (not the workflow): approved comes only from
 * the workflow, active only from approved, completed and retired only from active.
 */
export const checkStrategyStatusChange = (from: string | null, to: string): RuleViolation[] => {
  if (from === to) return [];
  if (to === 'approved') {
    return [
      { field: 'status', message: 'status can only become approved through the approval workflow' },
    ];
  }
  if (REACHED_FROM[to] && from !== REACHED_FROM[to]) {
    return [{ field: 'status', message: `status can only become ${to} from ${REACHED_FROM[to]}` }];
  }
  return [];
};

/** The strategy status that follows a review state; null leaves the status alone. */
export const strategyStatusFor = (state: ReviewState, current: string | null): string | null => {
  switch (state) {
    case 'in_review':
      return 'in_review';
    case 'approved':
      return 'approved';
    case 'draft':
    case 'changes_requested':
      // Only a strategy that the review was carrying falls back; an active one stays active.
      return current === 'in_review' || current === 'approved' ? 'draft' : null;
  }
};
