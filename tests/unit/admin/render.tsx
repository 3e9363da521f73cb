import type { ReactElement, ReactNode } from 'react';

import { DesignSystemProvider } from '@strapi/design-system';
import { configure, render, type RenderResult } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { MemoryRouter } from 'react-router-dom';

import en from '../../../admin/src/translations/en.json';
import { getTranslation } from '../../../admin/src/utils/getTranslation';

// findBy…/waitFor give up after 1 s by default: too short on a busy CI machine (the wait ends
// as soon as the element shows, so this costs nothing when it is quick).
configure({ asyncUtilTimeout: 10_000 });

/** The plugin's English messages under their full ids, as the admin registers them. */
export const messages: Record<string, string> = Object.fromEntries(
  Object.entries(en as Record<string, string>).map(([key, value]) => [getTranslation(key), value])
);

export const Providers = ({ children }: { children: ReactNode }) => (
  <IntlProvider
    locale="en"
    messages={messages}
    onError={(error) => {
      throw error;
    }}
  >
    <DesignSystemProvider locale="en">
      <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
        {children}
      </MemoryRouter>
    </DesignSystemProvider>
  </IntlProvider>
);

/** Renders inside react-intl (failing on a missing message), the design system and a router. */
export const renderWithProviders = (ui: ReactElement): RenderResult =>
  render(ui, { wrapper: Providers });
