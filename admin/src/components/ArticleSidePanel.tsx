import type { ReactNode } from 'react';

import { UID } from '../../../shared/contracts';
import { useEditForm } from '../hooks/useEditForm';
import { liveDocumentOf, type ChecklistId } from '../utils/articleFacts';
import { focusField } from './focusField';
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

/** The field each checklist item is about, with its label in the edit view (schema.json). */
const CHECKLIST_FIELDS: Record<ChecklistId, { name: string; label: string }> = {
  description: { name: 'description', label: 'Description' },
  category: { name: 'category', label: 'Category' },
  authors: { name: 'authors', label: 'Authors' },
  cover: { name: 'cover', label: 'Cover image' },
};

/**
 * The panel's content: the article as it stands in the edit form, unsaved changes included, so
 * the checklist follows the editor's typing; its items take the editor to their field.
 */
const LiveArticleInfo = ({ document }: { document: Record<string, unknown> }) => {
  const { values, modified } = useEditForm();
  return (
    <ArticleInfo
      document={liveDocumentOf(document, values)}
      modified={modified}
      onSelect={(id) => {
        const { name, label } = CHECKLIST_FIELDS[id];
        focusField(name, label);
      }}
    />
  );
};

/**
 * Content Manager side panel for articles (called by the Content Manager like a hook).
 * Nothing for other models, or while an article is being created.
 */
export const ArticleSidePanel = ({ model, document }: PanelProps): PanelDescription | null => {
  const t = useT();
  if (model !== UID.article || !document) return null;
  return {
    title: t('panel.title', 'Newsroom'),
    content: <LiveArticleInfo document={document} />,
  };
};
