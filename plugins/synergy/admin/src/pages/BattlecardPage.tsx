import * as React from 'react';
import { Box, Button, EmptyStateLayout, Flex, LinkButton, Typography } from '@strapi/design-system';
import { ArrowLeft, Pencil, FilePdf } from '@strapi/icons';
import { Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink, useParams, useSearchParams } from 'react-router-dom';
import { BattlecardView } from '../components/BattlecardView';
import { editViewUrl, UID } from '../components/analytics/links';
import { LoadError, LoadingState } from '../components/LoadStates';
import { MarkingBanner } from '../components/MarkingBanner';
import { PageFrame } from '../components/PageFrame';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { PERMISSIONS } from '../permissions';
import { statusOf } from '../services/api';
import { useBattlecard } from '../services/battlecard';
import { battlecardPath } from '../utils/links';
import { getTranslation } from '../utils/getTranslation';

/**
 * Printing shows the battlecard alone, whatever the admin's layout around it; `?print=1` does the
 * same on screen (the card over the whole window, without the menus), ready for "Save as PDF".
 */
const PRINT_CSS = `
@media print {
  body * { visibility: hidden !important; }
  [data-battlecard-print], [data-battlecard-print] * { visibility: visible !important; }
  [data-battlecard-print] { position: absolute; inset: 0 auto auto 0; width: 100%; }
  [data-print-hide] { display: none !important; }
  .battlecard-section { box-shadow: none !important; break-inside: avoid; border: 1px solid #ddd; }
}
.battlecard-print-layout {
  position: fixed; inset: 0; z-index: 1000; overflow: auto; background: #fff; padding: 24px;
}
`;

const BattlecardPage = () => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) =>
    formatMessage({ id: getTranslation(id), defaultMessage });
  const { documentId } = useParams<{ documentId: string }>();
  const [searchParams] = useSearchParams();
  const isPrintLayout = searchParams.get('print') === '1';
  const { battlecard, marking, error, isLoading, reload } = useBattlecard(documentId);
  const errorMessage = useErrorMessage();
  const title = t('battlecard.title', 'Battlecard');
  const name = battlecard?.competitor.name;

  const content = (() => {
    if (isLoading && !battlecard)
      return <LoadingState message={t('battlecard.loading', 'Loading the battlecard…')} />;
    if (error) {
      return statusOf(error) === 404 ? (
        <EmptyStateLayout
          content={t(
            'battlecard.notFound',
            'This competitor does not exist or you may not see it.',
          )}
        />
      ) : (
        <LoadError message={errorMessage(error)} onRetry={reload} />
      );
    }
    return battlecard ? <BattlecardView battlecard={battlecard} /> : null;
  })();

  const actions = documentId ? (
    <Flex gap={2} data-print-hide="">
      {isPrintLayout ? (
        <LinkButton
          tag={NavLink}
          to={battlecardPath(documentId)}
          variant="tertiary"
          startIcon={<ArrowLeft />}
        >
          {t('battlecard.back', 'Back to the admin')}
        </LinkButton>
      ) : (
        <>
          <LinkButton
            tag={NavLink}
            to={editViewUrl(UID.competitor, documentId)}
            variant="tertiary"
            startIcon={<Pencil />}
          >
            {t('battlecard.edit', 'Edit competitor')}
          </LinkButton>
          <LinkButton
            tag={NavLink}
            to={battlecardPath(documentId, { print: true })}
            variant="secondary"
          >
            {t('battlecard.printLayout', 'Printable view')}
          </LinkButton>
        </>
      )}
      <Button startIcon={<FilePdf />} onClick={() => window.print()} disabled={!battlecard}>
        {t('battlecard.print', 'Print or save as PDF')}
      </Button>
    </Flex>
  ) : undefined;

  // The marking is part of what prints: above and below the card, on paper as on screen.
  const markedContent = marking ? (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <MarkingBanner marking={marking} />
      {content}
      <MarkingBanner marking={marking} />
    </Flex>
  ) : (
    content
  );

  return (
    <>
      <style>{PRINT_CSS}</style>
      {isPrintLayout ? (
        <Box className="battlecard-print-layout" data-battlecard-print="" aria-busy={isLoading}>
          <Page.Title>{name ? `${name} · ${title}` : title}</Page.Title>
          <Flex justifyContent="space-between" alignItems="center" paddingBottom={4}>
            <Typography variant="alpha" tag="h1">
              {name ? `${name} · ${title}` : title}
            </Typography>
            {actions}
          </Flex>
          {markedContent}
        </Box>
      ) : (
        <PageFrame
          title={name ?? title}
          pageTitle={name ? `${name} · ${title}` : title}
          subtitle={t(
            'battlecard.subtitle',
            'What we know about this competitor, how sure we are, and how old it is',
          )}
          primaryAction={actions}
          isBusy={isLoading}
        >
          <Box data-battlecard-print="">{markedContent}</Box>
        </PageFrame>
      )}
    </>
  );
};

/** The page, shown only to holders of `plugin::synergy.battlecard.read`. */
export const ProtectedBattlecardPage = () => (
  <Page.Protect permissions={PERMISSIONS.battlecardRead}>
    <BattlecardPage />
  </Page.Protect>
);

export default BattlecardPage;
