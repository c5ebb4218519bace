export { loadBulk } from './load-bulk';
export type { BulkLoadOptions, BulkLoadReport, BulkProgress, BulkTypeReport } from './types';
