import type { Core } from '@strapi/strapi';
import type { AnalyticsService } from '../services/analytics';
import type { SettingsService } from '../services/analytics/settings';
import type { AuditService } from '../services/audit';
import type { AuditChainService } from '../services/audit-chain';
import type { AuditRetentionService } from '../services/audit-retention';
import type { BattlecardService } from '../services/battlecard';
import type { ClearanceService } from '../services/clearance';
import type { Customer360Service } from '../services/customer-360';
import type { CustomerMergeService } from '../services/customer-merge';
import type { DataVersionsService } from '../services/data-versions';
import type { DelegationsService } from '../services/delegations';
import type { DualControlService } from '../services/dual-control';
import type { ExportService } from '../services/export';
import type { ImportService } from '../services/import';
import type { MarkingService } from '../services/marking';
import type { MaskingService } from '../services/masking';
import type { NeedToKnowService } from '../services/need-to-know';
import type { NotificationsService } from '../services/notifications';
import type { ReviewRemindersService } from '../services/review-reminders';
import type { ReviewsService } from '../services/reviews';
import type { WorkflowsService } from '../services/workflows';

interface Services {
  analytics: AnalyticsService;
  settings: SettingsService;
  audit: AuditService;
  'audit-chain': AuditChainService;
  'audit-retention': AuditRetentionService;
  battlecard: BattlecardService;
  clearance: ClearanceService;
  'customer-360': Customer360Service;
  'customer-merge': CustomerMergeService;
  'data-versions': DataVersionsService;
  delegations: DelegationsService;
  'dual-control': DualControlService;
  export: ExportService;
  import: ImportService;
  marking: MarkingService;
  masking: MaskingService;
  'need-to-know': NeedToKnowService;
  notifications: NotificationsService;
  'review-reminders': ReviewRemindersService;
  reviews: ReviewsService;
  workflows: WorkflowsService;
}

/** The plugin's services, typed by name. */
export const getService = <Name extends keyof Services>(
  strapi: Core.Strapi,
  name: Name,
): Services[Name] => strapi.plugin('synergy').service(name) as Services[Name];
