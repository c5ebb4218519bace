export { governReviews } from './govern-reviews';
export { recordAudit, collectAuditedReads } from './record-audit';
export { protectAuditTrail } from './protect-audit-trail';
export { publishedOnlyForPublic } from './published-only-for-public';
export { restrictToClearance, schemaLookup } from './restrict-to-clearance';
export { enforceBusinessRules, toValidationError } from './enforce-business-rules';
export { runAsWorkflowTransition, isWorkflowTransition } from './workflow-context';
export { relationIsSetAfterWrite } from './relation-input';
export { trackDataVersions } from './track-data-versions';
