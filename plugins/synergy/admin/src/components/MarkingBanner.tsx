import { Box, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { Marking } from '../../../shared/contracts/marking';
import { getTranslation } from '../utils/getTranslation';

/** The design system's colours of each level: the higher, the louder. */
const TONES: Record<Marking['level'], { background: string; text: string; border: string }> = {
  public: { background: 'success100', text: 'success700', border: 'success200' },
  internal: { background: 'neutral150', text: 'neutral800', border: 'neutral200' },
  confidential: { background: 'warning100', text: 'warning700', border: 'warning200' },
  secret: { background: 'danger100', text: 'danger700', border: 'danger200' },
};

/**
 * The handling marking of what the page shows (`秘密 // 仅限国内 — CONFIDENTIAL // DOMESTIC ONLY`),
 * as the server computed it from the records; shown at the top and at the bottom of the page.
 */
export const MarkingBanner = ({ marking }: { marking: Marking }) => {
  const { formatMessage } = useIntl();
  const tone = TONES[marking.level];
  return (
    <Box
      role="note"
      aria-label={formatMessage({
        id: getTranslation('marking.label'),
        defaultMessage: 'Handling marking',
      })}
      data-marking={marking.level}
      background={tone.background}
      borderColor={tone.border}
      hasRadius
      paddingTop={2}
      paddingBottom={2}
      paddingLeft={4}
      paddingRight={4}
      textAlign="center"
    >
      <Typography variant="omega" fontWeight="bold" textColor={tone.text}>
        {marking.banner}
      </Typography>
    </Box>
  );
};
