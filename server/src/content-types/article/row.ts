import type { Block } from '../../parsing/blocks';

/** The public columns of an article row, as the readers of published content select them. */
export interface ArticleContentRow {
  documentId: string;
  title: string;
  slug: string;
  description: string | null;
  body: Block[] | null;
  tags: unknown;
}

/** The columns of {@link ArticleContentRow}, for a query's `select`. */
export const ARTICLE_CONTENT_COLUMNS = [
  'documentId',
  'title',
  'slug',
  'description',
  'body',
  'tags',
] as const satisfies readonly (keyof ArticleContentRow)[];
