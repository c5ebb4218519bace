import auditChain from './audit-chain';
import auditEntry from './audit-entry';
import clearance from './clearance';
import dataVersion from './data-version';
import delegation from './delegation';
import dualControlRequest from './dual-control-request';
import review from './review';
import reviewEvent from './review-event';
import workflow from './workflow';

export default {
  'audit-chain': auditChain,
  'audit-entry': auditEntry,
  clearance,
  'data-version': dataVersion,
  delegation,
  'dual-control-request': dualControlRequest,
  review,
  'review-event': reviewEvent,
  workflow,
};
