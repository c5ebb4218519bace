import type { GetBattlecard } from '../../../shared/contracts/battlecard';
import { PLUGIN_ID } from '../pluginId';
import { FRESH_ON_MOUNT, queryState, synergyApi } from './api';

/** A competitor as the content manager lists an opportunity's `competitors` relation. */
export interface BiddingCompetitor {
  documentId: string;
  name?: string | null;
}

const battlecardApi = synergyApi.injectEndpoints({
  endpoints: (builder) => ({
    getSynergyBattlecard: builder.query<GetBattlecard.Response, string>({
      query: (documentId) =>
        `/${PLUGIN_ID}/competitors/${encodeURIComponent(documentId)}/battlecard`,
      providesTags: (_result, _error, documentId) => [
        { type: 'SynergyAnalytics', id: `battlecard-${documentId}` },
      ],
    }),
    // The content manager's own relation list: the clearance guards hide competitors above it.
    getSynergyBiddingCompetitors: builder.query<{ results: BiddingCompetitor[] }, string>({
      query: (documentId) =>
        `/content-manager/relations/api::opportunity.opportunity/${encodeURIComponent(documentId)}/competitors?pageSize=100`,
      providesTags: (_result, _error, documentId) => [{ type: 'Document', id: documentId }],
    }),
  }),
  overrideExisting: false,
});

/** GET /synergy/competitors/:documentId/battlecard, asked again on each visit. */
export const useBattlecard = (documentId: string | undefined) => {
  const { data, error, isLoading, reload } = queryState(
    battlecardApi.useGetSynergyBattlecardQuery(documentId ?? '', {
      ...FRESH_ON_MOUNT,
      skip: !documentId,
    }),
  );
  return { battlecard: data?.data, marking: data?.meta?.marking, error, isLoading, reload };
};

/** The competitors bidding in an opportunity (its saved `competitors` relation). */
export const useBiddingCompetitors = (documentId: string | undefined) => {
  const { data, error, isLoading } = queryState(
    battlecardApi.useGetSynergyBiddingCompetitorsQuery(documentId ?? '', {
      ...FRESH_ON_MOUNT,
      skip: !documentId,
    }),
  );
  return { competitors: data?.results ?? [], error, isLoading };
};
