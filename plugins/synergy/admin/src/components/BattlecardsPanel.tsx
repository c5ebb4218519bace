import { Flex, LinkButton, Typography } from '@strapi/design-system';
import { Shield } from '@strapi/icons';
import { useRBAC } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { PERMISSIONS } from '../permissions';
import { useBiddingCompetitors } from '../services/battlecard';
import { battlecardPath } from '../utils/links';
import { getTranslation } from '../utils/getTranslation';

const OPPORTUNITY = 'api::opportunity.opportunity';

/** The competitors bidding in the opportunity, each with a link to its battlecard. */
const BiddingCompetitors = ({ documentId }: { documentId: string }) => {
  const { formatMessage } = useIntl();
  const { competitors, isLoading, error } = useBiddingCompetitors(documentId);
  if (isLoading) return null;
  if (error || competitors.length === 0) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({
          id: getTranslation('battlecard.panel.none'),
          defaultMessage: 'No competitor is recorded as bidding.',
        })}
      </Typography>
    );
  }
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {competitors.map((competitor) => (
        <LinkButton
          key={competitor.documentId}
          tag={NavLink}
          to={battlecardPath(competitor.documentId)}
          variant="secondary"
          startIcon={<Shield />}
          fullWidth
        >
          {formatMessage(
            { id: getTranslation('battlecard.panel.open'), defaultMessage: 'Battlecard: {name}' },
            { name: competitor.name ?? competitor.documentId },
          )}
        </LinkButton>
      ))}
    </Flex>
  );
};

/** Edit-view side panel of an opportunity: the battlecard of each competitor bidding in it. */
export const BattlecardsPanel: PanelComponent = ({ model, documentId }) => {
  const { formatMessage } = useIntl();
  const {
    isLoading,
    allowedActions: { canRead },
  } = useRBAC(PERMISSIONS.battlecardRead);

  if (model !== OPPORTUNITY || !documentId || documentId === 'create') return null;
  if (isLoading || !canRead) return null;

  return {
    title: formatMessage({
      id: getTranslation('battlecard.panel.title'),
      defaultMessage: 'Competitor battlecards',
    }),
    content: <BiddingCompetitors documentId={documentId} />,
  };
};
