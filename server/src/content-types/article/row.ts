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
