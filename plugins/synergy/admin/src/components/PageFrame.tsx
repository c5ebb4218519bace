import type * as React from 'react';
import { Flex } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';

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
  children,
}: PageFrameProps) => (
  <Page.Main aria-busy={isBusy}>
    <Page.Title>{pageTitle ?? title}</Page.Title>
    <Layouts.Header title={title} subtitle={subtitle} primaryAction={primaryAction} />
    <Layouts.Content>
      <Flex direction="column" alignItems="stretch" gap={gap}>
        {children}
      </Flex>
    </Layouts.Content>
  </Page.Main>
);
