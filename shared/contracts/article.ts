/**
 * The article as the parser makes it and the admin previews it, and the names every side uses
 * for its statuses and fields. Types and constants only: no Strapi, no Node.
 */
import type { Block } from './blocks';
import type { ArticleWarning } from './warnings';

/** `draft` or `published`: what an import writes, and the settings' default. */
export const ARTICLE_STATUSES = ['draft', 'published'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const isArticleStatus = (value: unknown): value is ArticleStatus =>
  value === 'draft' || value === 'published';

export type { ArticleFieldName } from './fields';

export type InputFormat = 'text' | 'markdown' | 'json' | 'html';

/** What the source said that is not article content. */
export interface SourceMeta {
  format: InputFormat;
  /** The news-text "About <Name>" author box (page chrome, not an author of the article). */
  aboutAuthor?: string;
  /** The author box's bio, or the author's note at the end ("<Name> is … journalist"). */
  authorBio?: string;
  /** The dateline's place as written ("BAKU, Azerbaijan"). */
  dateline?: string;
  /** The outlet or agency named by the byline, dateline or page ("Trend", "Reuters"). */
  outlet?: string;
  sourceUrl?: string;
  /**
   * The cover picture as the source gives it: an http(s) URL, a path relative to the article's
   * file, or a Media Library URL ("/uploads/…"). The import puts the picture in the Media
   * Library and links it as the article's `cover` (server/src/import/images.ts).
   */
  cover?: string;
  /** The cover's alternative text (front matter / JSON `coverAlt`, a page's image alt). */
  coverAlt?: string;
  /** The cover's caption (front matter / JSON `caption`, a page's figure caption). */
  coverCaption?: string;
  /**
   * The source's own publication date, ISO 8601 (a candidate: kept as metadata, not used as
   * Strapi's publishedAt, which means "is published" there).
   */
  publishedAt?: string;
  /** The publication date as the source wrote it. */
  dateText?: string;
  locale?: string;
  /** Lines of site boilerplate left out of the body ("Follow us on …", "Share"). */
  boilerplate?: string[];
  /** Unknown front-matter / JSON keys, kept as given. */
  extra?: Record<string, unknown>;
}

/** One parsed article, before it is compared with or written to the database. */
export interface ArticleDraft {
  title: string;
  slug: string;
  /** The lead, at most 300 characters. */
  description: string;
  /** Category names, root first, without "Home". */
  categoryPath: string[];
  tags: string[];
  /** Author names in byline order. */
  authors: string[];
  body: Block[];
  wordCount: number;
  readingTimeMinutes: number;
  sourceMeta: SourceMeta;
  /** Non-fatal things an editor should know. */
  warnings: string[];
  /**
   * The same warnings, in the same order, with their codes and values (the admin shows them in
   * the user's language). Drafts made before codes existed have none.
   */
  warningDetails?: ArticleWarning[];
}

/** A category on an article's category path (GET /newsroom/category-path). */
export interface CategoryPathItem {
  id: number;
  documentId: string;
  name: string;
}

/**
 * GET /newsroom/category-path?article=<documentId>&status=draft|published[&locale=<code>] (the
 * category the saved article has, in its version of that locale) or ?category=<id> (one just chosen in the edit form): the category and its
 * parents, root first; empty without a category. 404 for an unknown article or category.
 */
export declare namespace GetCategoryPath {
  export interface Response {
    data: { path: CategoryPathItem[] };
  }
}
