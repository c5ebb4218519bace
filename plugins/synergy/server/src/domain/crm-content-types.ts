/** The list lives in shared/contracts: the admin offers export on the same types. */
export { CRM_CONTENT_TYPES, isCrmContentType, type CrmContentType } from '../../../shared/contracts/crm-content-types';
