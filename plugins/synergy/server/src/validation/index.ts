export {
  analyticsQuerySchema,
  impactQuerySchema,
  noQuerySchema,
  validateAnalyticsQuery,
  validateImpactQuery,
  validateNoQuery,
  validateSettingsBody,
} from './analytics';
export { battlecardQuerySchema, validateBattlecardQuery } from './battlecard';
export {
  customer360QuerySchema,
  validateCustomer360Query,
  validateSearchCustomersQuery,
  validateSuggestCustomersQuery,
} from './customer-360';
export {
  validateArchiveBody,
  validateAuditExportQuery,
  validateAuditQuery,
  validateAuditRetentionBody,
  validateAuditStreamQuery,
} from './audit';
export { validateClearanceBody } from './clearance';
export { validateDelegationBody } from './delegations';
export {
  validateActionBody,
  validateDocumentReviewQuery,
  validateListReviewsQuery,
  validateReviewHistoryQuery,
  reviewHistoryQuerySchema,
  validateSubmitBody,
  validateWorkflowBody,
} from './reviews';
export { validateExportContentType, validateExportQuery, validateExportTableBody } from './export';
export { parseImportMapping, validateImportBody, validateImportType } from './import';
export { validateMergeBody } from './data-quality';
export { validateMaskingBody } from './masking';
export {
  validateDecisionBody,
  validateDualControlListQuery,
  validateDualControlSettingsBody,
} from './dual-control';
export {
  validateCaveatCreateBody,
  validateCaveatUpdateBody,
  validateCompartmentCreateBody,
  validateCompartmentUpdateBody,
} from './need-to-know';
