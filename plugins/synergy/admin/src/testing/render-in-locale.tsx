import { DesignSystemProvider } from '@strapi/design-system';
import { render } from '@testing-library/react';
import type * as React from 'react';
import { IntlProvider } from 'react-intl';
import zhHans from '../translations/zh-Hans.json';

/** The plugin's zh-Hans messages under the ids the admin registers them with (`synergy.<key>`). */
const ZH_HANS_MESSAGES = Object.fromEntries(
  Object.entries(zhHans).map(([id, message]) => [`synergy.${id}`, message]),
);

/**
 * Renders `ui` as the admin would in `locale`: en from the components' default messages, zh-Hans
 * from the plugin's translation file, inside the design system's provider.
 */
export const renderInLocale = (ui: React.ReactElement, locale: 'en' | 'zh-Hans' = 'en') =>
  render(
    <IntlProvider
      locale={locale}
      messages={locale === 'en' ? {} : ZH_HANS_MESSAGES}
      defaultLocale="en"
      onError={() => undefined}
    >
      <DesignSystemProvider>{ui}</DesignSystemProvider>
    </IntlProvider>,
  );
