import type * as React from 'react';
import { Flex } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';

interface PageFrameProps {
  title: string;
  subtitle: string;
  /** Loading: the page is marked busy for assistive technology. */
  isBusy: boolean;
  children: React.ReactNode;
}

/** A plugin page as Strapi lays its own out: title, header, and the content in one column. */
export const PageFrame = ({ title, subtitle, isBusy, children }: PageFrameProps) => (
  <Page.Main aria-busy={isBusy}>
    <Page.Title>{title}</Page.Title>
    <Layouts.Header title={title} subtitle={subtitle} />
    <Layouts.Content>
      <Flex direction="column" alignItems="stretch" gap={6}>
        {children}
      </Flex>
    </Layouts.Content>
  </Page.Main>
);
