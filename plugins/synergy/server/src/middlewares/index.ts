export { enforceBusinessRules, toValidationError } from './enforce-business-rules';
export { runAsWorkflowTransition, isWorkflowTransition } from './workflow-context';
export { relationIsSetAfterWrite } from './relation-input';
