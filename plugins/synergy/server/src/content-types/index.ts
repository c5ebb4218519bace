import auditChain from './audit-chain';
import auditEntry from './audit-entry';
import caveat from './caveat';
import clearance from './clearance';
import compartment from './compartment';
import dataVersion from './data-version';
import delegation from './delegation';
import dualControlRequest from './dual-control-request';
import review from './review';
import reviewEvent from './review-event';
import workflow from './workflow';

export default {
  'audit-chain': auditChain,
  'audit-entry': auditEntry,
  caveat,
  clearance,
  compartment,
  'data-version': dataVersion,
  delegation,
  'dual-control-request': dualControlRequest,
  review,
  'review-event': reviewEvent,
  workflow,
};
