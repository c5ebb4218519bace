import { Box, Button, Flex, LinkButton, Typography } from '@strapi/design-system';
import { ArrowClockwise, ArrowRight } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import type { PostImport } from '../../services/import';
import { getTranslation } from '../../utils/getTranslation';
import { contentTypeLabel } from '../audit-format';

/** Step 4's outcome: what the commit created, updated and skipped, and the way to the records. */
export const ImportResult = ({
  report,
  uid,
  onRestart,
}: {
  report: PostImport.Report;
  uid: string;
  onRestart: () => void;
}) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  return (
    <Box background="success100" borderColor="success200" hasRadius padding={6}>
      <Flex direction="column" alignItems="flex-start" gap={4}>
        <Typography variant="delta" tag="h2" role="status">
          {formatMessage(
            {
              id: getTranslation('import.result.summary'),
              defaultMessage:
                'Import finished: {created, number} created, {updated, number} updated, {skipped, number} skipped.',
            },
            {
              created: report.created ?? 0,
              updated: report.updated ?? 0,
              skipped: report.skipped ?? 0,
            },
          )}
        </Typography>
        <Flex gap={2} wrap="wrap">
          <LinkButton
            tag={NavLink}
            to={`/content-manager/collection-types/${uid}`}
            endIcon={<ArrowRight />}
          >
            {formatMessage(
              { id: getTranslation('import.result.open'), defaultMessage: 'Open the {type} list' },
              { type: contentTypeLabel(intl, uid) },
            )}
          </LinkButton>
          <Button variant="tertiary" startIcon={<ArrowClockwise />} onClick={onRestart}>
            {formatMessage({
              id: getTranslation('import.result.again'),
              defaultMessage: 'Import another file',
            })}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
};
