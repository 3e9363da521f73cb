import type { ArticleFieldName } from '../../../shared/contracts';

import type { Translate } from './useT';

/** An article field's name as the preview and the report show it. */
export const fieldLabel = (t: Translate, field: ArticleFieldName): string => {
  switch (field) {
    case 'title':
      return t('field.title', 'Title');
    case 'slug':
      return t('field.slug', 'Slug');
    case 'description':
      return t('field.description', 'Lead');
    case 'body':
      return t('field.body', 'Body');
    case 'tags':
      return t('field.tags', 'Tags');
    case 'authors':
      return t('field.authors', 'Authors');
    case 'category':
      return t('field.category', 'Category');
  }
};
