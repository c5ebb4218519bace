import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Marks writes made by the approval workflow itself (or by seeding), which may set a strategy's
 * status to values users cannot set directly.
 */
const workflowTransition = new AsyncLocalStorage<true>();

export const runAsWorkflowTransition = <T>(fn: () => Promise<T>): Promise<T> =>
  workflowTransition.run(true, fn);

export const isWorkflowTransition = (): boolean => workflowTransition.getStore() === true;
