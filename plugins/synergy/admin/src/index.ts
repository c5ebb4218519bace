import {
  ChartPie,
  ClockCounterClockwise,
  CloudUpload,
  HandHeart,
  SealCheck,
  Shield,
} from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { BattlecardsPanel } from './components/BattlecardsPanel';
import { Customer360Panel } from './components/Customer360Panel';
import { CustomerHealthPanel } from './components/CustomerHealthPanel';
import { ListViewExport } from './components/ListViewExport';
import { ReviewPanel } from './components/ReviewPanel';
import { translateEnumerationCells } from './components/EnumerationCell';
import { PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './pluginId';
import { getTranslation } from './utils/getTranslation';

type TranslationModule = { default: Record<string, string> };

const prefixKeys = (data: Record<string, string>) =>
  Object.fromEntries(Object.entries(data).map(([key, value]) => [getTranslation(key), value]));

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
    // The main Synergy entry: the analytics, with a side navigation that also leads to Customer 360.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-analytics`,
      icon: ChartPie,
      intlLabel: { id: getTranslation('analytics.menu'), defaultMessage: 'Synergy analytics' },
      permissions: PERMISSIONS.analyticsRead,
      Component: () => import('./pages/analytics/AnalyticsApp'),
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: HandHeart,
      // Named after the page, now that "Synergy analytics" is the plugin's main entry.
      intlLabel: { id: getTranslation('customer360.title'), defaultMessage: 'Customer 360' },
      permissions: PERMISSIONS.customer360,
      Component: () => import('./pages/App').then((mod) => ({ default: mod.App })),
    });
    // A link of its own, not a sub-route of plugins/synergy, so that only one menu entry is highlighted.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-audit`,
      icon: ClockCounterClockwise,
      intlLabel: { id: getTranslation('audit.menu'), defaultMessage: 'Audit trail' },
      permissions: PERMISSIONS.auditRead,
      Component: () => import('./pages/AuditPage'),
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-approvals`,
      icon: SealCheck,
      intlLabel: { id: getTranslation('approvals.menu'), defaultMessage: 'Approvals' },
      permissions: PERMISSIONS.reviewsRead,
      Component: () => import('./pages/ApprovalsPage'),
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-dual-control`,
      icon: Shield,
      intlLabel: { id: getTranslation('dualControl.menu'), defaultMessage: 'Two-person requests' },
      permissions: PERMISSIONS.dualControlRead,
      Component: () => import('./pages/DualControlPage'),
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-import`,
      icon: CloudUpload,
      intlLabel: { id: getTranslation('import.menu'), defaultMessage: 'Import' },
      permissions: PERMISSIONS.importCreate,
      Component: () => import('./pages/ImportPage'),
    });
    app.addSettingsLink(
      {
        id: PLUGIN_ID,
        intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Synergy' },
      },
      {
        id: 'clearances',
        to: `${PLUGIN_ID}/clearances`,
        intlLabel: { id: getTranslation('clearances.title'), defaultMessage: 'Clearances' },
        permissions: PERMISSIONS.clearancesManage,
        Component: () => import('./pages/ClearancesSettingsPage'),
      },
    );
    app.addSettingsLink(PLUGIN_ID, {
      id: 'masking',
      to: `${PLUGIN_ID}/masking`,
      intlLabel: { id: getTranslation('masking.title'), defaultMessage: 'Masked fields' },
      permissions: PERMISSIONS.clearancesManage,
      Component: () => import('./pages/MaskingSettingsPage'),
    });
    app.addSettingsLink(PLUGIN_ID, {
      id: 'need-to-know',
      to: `${PLUGIN_ID}/need-to-know`,
      intlLabel: {
        id: getTranslation('needToKnow.title'),
        defaultMessage: 'Compartments and caveats',
      },
      permissions: PERMISSIONS.needToKnowManage,
      Component: () => import('./pages/NeedToKnowSettingsPage'),
    });
    app.addSettingsLink(PLUGIN_ID, {
      id: 'workflows',
      to: `${PLUGIN_ID}/workflows`,
      intlLabel: { id: getTranslation('workflows.title'), defaultMessage: 'Approval workflows' },
      permissions: PERMISSIONS.workflowsManage,
      Component: () => import('./pages/WorkflowsSettingsPage'),
    });
    app.addSettingsLink(PLUGIN_ID, {
      id: 'dual-control',
      to: `${PLUGIN_ID}/dual-control`,
      intlLabel: {
        id: getTranslation('dualControlSettings.title'),
        defaultMessage: 'Two-person rule',
      },
      permissions: PERMISSIONS.dualControlConfigure,
      Component: () => import('./pages/DualControlSettingsPage'),
    });
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', translateEnumerationCells);
  },

  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager');
    const apis = contentManager.apis as { addEditViewSidePanel?: (panels: unknown[]) => void };
    apis.addEditViewSidePanel?.([
      Customer360Panel,
      CustomerHealthPanel,
      BattlecardsPanel,
      ReviewPanel,
    ]);
    contentManager.injectComponent('listView', 'actions', {
      name: `${PLUGIN_ID}-export`,
      Component: ListViewExport,
    });
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = (await import(
            `./translations/${locale}.json`
          )) as TranslationModule;
          return { data: prefixKeys(data), locale };
        } catch {
          return { data: {}, locale };
        }
      }),
    );
  },
};
