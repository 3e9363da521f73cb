import { useEffect, useState, type ReactNode } from 'react';

import { UID } from '../../../shared/contracts';
import { useEditForm } from '../hooks/useEditForm';
import { useNewsroomApi } from '../api/useNewsroomApi';
import {
  categoryRefOf,
  liveDocumentOf,
  type CategoryRef,
  type ChecklistId,
} from '../utils/articleFacts';
import { focusField } from './focusField';
import { useT } from '../utils/useT';

import { ArticleInfo, type CategoryPathState } from './ArticleInfo';

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
/**
 * The names on the path of the category (root first), asked of the server when the category
 * changes: 'loading' meanwhile, 'unknown' when the server could not say, [] without a category.
 */
const useCategoryPath = (ref: CategoryRef | null): CategoryPathState => {
  const api = useNewsroomApi();
  const key = ref ? JSON.stringify(ref) : null;
  const [answer, setAnswer] = useState<{ key: string | null; names: CategoryPathState }>({
    key: null,
    names: [],
  });
  useEffect(() => {
    if (key === null) return undefined;
    let current = true;
    const parsed = JSON.parse(key) as CategoryRef;
    api
      .categoryPath(
        parsed.kind === 'article'
          ? {
              article: parsed.documentId,
              status: parsed.status,
              ...(parsed.locale ? { locale: parsed.locale } : {}),
            }
          : { category: parsed.id }
      )
      .then(
        (path) => current && setAnswer({ key, names: path.map((item) => item.name) }),
        () => current && setAnswer({ key, names: 'unknown' })
      );
    return () => {
      current = false;
    };
  }, [api, key]);
  if (key === null) return [];
  return answer.key === key ? answer.names : 'loading';
};

const LiveArticleInfo = ({
  document,
  status,
}: {
  document: Record<string, unknown>;
  status: 'draft' | 'published';
}) => {
  const { values, modified } = useEditForm();
  const categoryPath = useCategoryPath(categoryRefOf(document, values, status));
  return (
    <ArticleInfo
      document={liveDocumentOf(document, values)}
      categoryPath={categoryPath}
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
export const ArticleSidePanel = ({
  model,
  document,
  activeTab,
}: PanelProps): PanelDescription | null => {
  const t = useT();
  if (model !== UID.article || !document) return null;
  return {
    title: t('panel.title', 'Newsroom'),
    content: (
      <LiveArticleInfo
        document={document}
        status={activeTab === 'published' ? 'published' : 'draft'}
      />
    ),
  };
};
