import type { ComponentType, ReactNode } from 'react';

import type { PanelDescription, PanelProps } from './components/ArticleSidePanel';

/** What a list-view bulk action gets: the selected documents of the content type `model`. */
export interface BulkActionProps {
  documents: Array<{ documentId: string }>;
  model: string;
  collectionType: string;
}

export interface BulkActionDescription {
  label: string;
  icon?: ReactNode;
  variant?: 'default' | 'secondary' | 'tertiary' | 'danger' | 'success';
  onClick?: () => void;
}

/** The part of the Content Manager plugin's admin API this plugin uses. */
export interface ContentManagerApis {
  addEditViewSidePanel: (panels: Array<(props: PanelProps) => PanelDescription | null>) => void;
  addBulkAction: (actions: Array<(props: BulkActionProps) => BulkActionDescription | null>) => void;
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
  typeof apis.addEditViewSidePanel === 'function' && typeof apis.addBulkAction === 'function';
