import * as React from 'react';
import type { AnalyticsEndpoint } from '../../../../shared/crm-types';

/** The analytics answer a page shows: its tables' exports are marked as that answer is. */
export const AnalyticsSourceContext = React.createContext<AnalyticsEndpoint | undefined>(undefined);

/** The answer behind a view of GET /synergy/analytics/<view>: `win-loss` → `winLoss`. */
export const endpointOfView = (view: string): AnalyticsEndpoint =>
  view.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()) as AnalyticsEndpoint;
