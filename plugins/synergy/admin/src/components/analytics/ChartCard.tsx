import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../../utils/getTranslation';

interface ChartCardProps {
  title: string;
  subtitle?: string;
  /** When true the card says there is nothing to show instead of its children. */
  isEmpty?: boolean;
  emptyMessage?: string;
  action?: React.ReactNode;
  children: React.ReactNode;
}

/** A white card with a heading, as the content manager's panels are; a region named by its title. */
export const ChartCard = ({
  title,
  subtitle,
  isEmpty,
  emptyMessage,
  action,
  children,
}: ChartCardProps) => {
  const { formatMessage } = useIntl();
  const headingId = React.useId();
  return (
    <Box
      tag="section"
      aria-labelledby={headingId}
      background="neutral0"
      hasRadius
      shadow="tableShadow"
      padding={5}
      height="100%"
    >
      <Flex direction="column" alignItems="stretch" gap={4} height="100%">
        <Flex justifyContent="space-between" alignItems="flex-start" gap={2}>
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Typography id={headingId} tag="h2" variant="delta">
              {title}
            </Typography>
            {subtitle ? (
              <Typography variant="pi" textColor="neutral600">
                {subtitle}
              </Typography>
            ) : null}
          </Flex>
          {action}
        </Flex>
        {isEmpty ? (
          <Flex justifyContent="center" padding={6}>
            <Typography textColor="neutral600">
              {emptyMessage ??
                formatMessage({
                  id: getTranslation('analytics.chart.empty'),
                  defaultMessage: 'Nothing to show for this period.',
                })}
            </Typography>
          </Flex>
        ) : (
          children
        )}
      </Flex>
    </Box>
  );
};
