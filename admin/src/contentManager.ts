import type { ComponentType } from 'react';

import type { PanelDescription, PanelProps } from './components/ArticleSidePanel';

/** The part of the Content Manager plugin's admin API this plugin uses. */
export interface ContentManagerApis {
  addEditViewSidePanel: (panels: Array<(props: PanelProps) => PanelDescription | null>) => void;
}

export interface ContentManagerPlugin {
  apis: Record<string, unknown>;
  injectComponent: (
    container: string,
    block: string,
    component: { name: string; Component: ComponentType }
  ) => void;
}

export const hasContentManagerApis = (
  apis: Record<string, unknown>
): apis is Record<string, unknown> & ContentManagerApis =>
  typeof apis.addEditViewSidePanel === 'function';
