import auditEntry from './audit-entry';
import clearance from './clearance';
import review from './review';
import reviewEvent from './review-event';
import workflow from './workflow';

export default {
  'audit-entry': auditEntry,
  clearance,
  review,
  'review-event': reviewEvent,
  workflow,
};
