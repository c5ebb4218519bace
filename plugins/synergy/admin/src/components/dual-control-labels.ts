import type { IntlShape } from 'react-intl';
import type { DualControlAction, DualControlState } from '../services/dual-control';
import { getTranslation } from '../utils/getTranslation';

const ACTION_LABELS: Record<DualControlAction, string> = {
  'export-records': 'Export confidential records',
  'lower-classification': 'Lower a classification',
  'remove-compartment': 'Remove a compartment',
  'remove-caveat': 'Remove a caveat',
  'merge-customers': 'Merge customers',
  'archive-audit': 'Archive the audit trail',
};

const STATE_LABELS: Record<DualControlState, string> = {
  pending: 'Pending',
  approved: 'Approved',
  rejected: 'Rejected',
  expired: 'Expired',
  executed: 'Executed',
};

/** A two-person action's name in the user's language. */
export const dualControlActionLabel = (
  formatMessage: IntlShape['formatMessage'],
  action: DualControlAction,
) =>
  formatMessage({
    id: getTranslation(`dualControl.action.${action}`),
    defaultMessage: ACTION_LABELS[action],
  });

/** A two-person request's state in the user's language. */
export const dualControlStateLabel = (
  formatMessage: IntlShape['formatMessage'],
  state: DualControlState,
) =>
  formatMessage({
    id: getTranslation(`dualControl.state.${state}`),
    defaultMessage: STATE_LABELS[state],
  });
