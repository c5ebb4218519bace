import auditEntry from './audit-entry';
import clearance from './clearance';

export default {
  'audit-entry': auditEntry,
  clearance,
};
