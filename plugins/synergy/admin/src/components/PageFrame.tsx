import type * as React from 'react';
import { Box, Flex } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import type { Marking } from '../../../shared/contracts/marking';
import { MarkingBanner } from './MarkingBanner';

interface PageFrameProps {
  title: string;
  /** The browser tab's title, when it says more than the header. */
  pageTitle?: string;
  subtitle: string;
  primaryAction?: React.ReactNode;
  /** Space between the content's blocks. */
  gap?: 6 | 8;
  /** Loading: the page is marked busy for assistive technology. */
  isBusy: boolean;
  /** The marking of what the page shows: a banner above the header and below the content. */
  marking?: Marking;
  children: React.ReactNode;
}

/** A plugin page as Strapi lays its own out: title, header, and the content in one column. */
export const PageFrame = ({
  title,
  pageTitle,
  subtitle,
  primaryAction,
  gap = 6,
  isBusy,
  marking,
  children,
}: PageFrameProps) => (
  <Page.Main aria-busy={isBusy}>
    <Page.Title>{pageTitle ?? title}</Page.Title>
    {marking ? (
      <Layouts.Content>
        <Box paddingTop={4}>
          <MarkingBanner marking={marking} />
        </Box>
      </Layouts.Content>
    ) : null}
    <Layouts.Header title={title} subtitle={subtitle} primaryAction={primaryAction} />
    <Layouts.Content>
      <Flex direction="column" alignItems="stretch" gap={gap}>
        {children}
        {marking ? <MarkingBanner marking={marking} /> : null}
      </Flex>
    </Layouts.Content>
  </Page.Main>
);
