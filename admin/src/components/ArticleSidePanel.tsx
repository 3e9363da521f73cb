import type { ReactNode } from 'react';

import { UID } from '../../../shared/contracts';
import { useT } from '../utils/useT';

import { ArticleInfo } from './ArticleInfo';

/** What the Content Manager passes to an edit-view side panel. */
export interface PanelProps {
  activeTab: 'draft' | 'published' | null;
  collectionType: string;
  document?: Record<string, unknown>;
  documentId?: string;
  meta?: unknown;
  model: string;
}

export interface PanelDescription {
  title: string;
  content: ReactNode;
}

/**
 * Content Manager side panel for articles (called by the Content Manager like a hook).
 * Nothing for other models, or while an article is being created.
 */
export const ArticleSidePanel = ({ model, document }: PanelProps): PanelDescription | null => {
  const t = useT();
  if (model !== UID.article || !document) return null;
  return {
    title: t('panel.title', 'Newsroom'),
    content: <ArticleInfo document={document} />,
  };
};
