import * as React from 'react';
import { useFetchClient, type FetchError } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../pluginId';

/** Classification levels, lowest first (SPEC §1). */
export const CLEARANCE_LEVELS = ['public', 'internal', 'confidential', 'secret'] as const;
export type ClearanceLevel = (typeof CLEARANCE_LEVELS)[number];

/** One admin user of GET /synergy/clearances. */
export interface AdminClearance {
  id: number;
  firstname: string | null;
  lastname: string | null;
  email: string;
  isActive: boolean;
  roles: string[];
  isSuperAdmin: boolean;
  level: ClearanceLevel;
  /** Whether a clearance record exists; without one the level is the default (internal). */
  explicit: boolean;
  note: string | null;
}

export interface FindClearancesResponse {
  data: AdminClearance[];
}

/** PUT /synergy/clearances/:userId */
export interface UpdateClearanceRequest {
  level: ClearanceLevel;
  note?: string | null;
}
export interface UpdateClearanceResponse {
  data: { userId: number; level: ClearanceLevel; note: string | null };
}

interface ClearancesState {
  data: AdminClearance[] | undefined;
  error: FetchError | undefined;
  isLoading: boolean;
}

/** GET /synergy/clearances; `reload` fetches again. */
export const useClearances = () => {
  const { get } = useFetchClient();
  const [reloadKey, setReloadKey] = React.useState(0);
  const [state, setState] = React.useState<ClearancesState>({ data: undefined, error: undefined, isLoading: true });

  React.useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, error: undefined, isLoading: true }));
    get<FindClearancesResponse>(`/${PLUGIN_ID}/clearances`, { signal: controller.signal })
      .then(({ data }) => {
        if (!controller.signal.aborted) setState({ data: data.data, error: undefined, isLoading: false });
      })
      .catch((error: FetchError) => {
        if (controller.signal.aborted || (error instanceof Error && error.name === 'AbortError')) return;
        setState({ data: undefined, error, isLoading: false });
      });
    return () => controller.abort();
  }, [get, reloadKey]);

  const reload = React.useCallback(() => setReloadKey((key) => key + 1), []);
  return { ...state, reload };
};

/** PUT /synergy/clearances/:userId; throws the FetchError of a refusal (403 above one's own clearance). */
export const useUpdateClearance = () => {
  const { put } = useFetchClient();
  return React.useCallback(
    async (userId: number, body: UpdateClearanceRequest) => {
      const { data } = await put<UpdateClearanceResponse, UpdateClearanceRequest>(`/${PLUGIN_ID}/clearances/${userId}`, body);
      return data.data;
    },
    [put],
  );
};
