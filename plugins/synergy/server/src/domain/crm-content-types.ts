/** The registry lives in shared/: the admin, the app's bootstrap and the scripts read the same descriptors. */
export {
  CRM_CONTENT_TYPES,
  CRM_TYPES,
  crmType,
  isCrmContentType,
  type CrmContentType,
  type CrmTypeDescriptor,
} from '../../../shared/crm-types';
