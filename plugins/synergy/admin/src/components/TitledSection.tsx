import type * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';

interface TitledSectionProps {
  title: string;
  children: React.ReactNode;
  /** Roomier for a page's main steps, tighter for a card's sections. */
  size?: 'normal' | 'large';
  className?: string;
}

/** A white panel with a heading, named by it for assistive technology (a `region`). */
export const TitledSection = ({
  title,
  children,
  size = 'normal',
  className,
}: TitledSectionProps) => (
  <Box
    tag="section"
    aria-label={title}
    background="neutral0"
    hasRadius
    shadow="tableShadow"
    padding={size === 'large' ? 6 : 5}
    className={className}
  >
    <Flex direction="column" alignItems="stretch" gap={size === 'large' ? 4 : 3}>
      <Typography variant="delta" tag="h2">
        {title}
      </Typography>
      {children}
    </Flex>
  </Box>
);
