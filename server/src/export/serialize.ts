import { stringify } from 'yaml';

import type { Block } from '../parsing/blocks';
import { renderNewsText } from '../parsing/render-news-text';
import type { SourceMeta } from '../parsing/types';
import { blocksToMarkdown } from './markdown';

export type ExportFormat = 'md' | 'json' | 'txt';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['md', 'json', 'txt'];

/** One article as the export reads it from the database. Pure data: no Strapi here. */
export interface ExportArticle {
  documentId: string;
  title: string;
  slug: string;
  description: string;
  body: Block[];
  tags: string[];
  /** Byline order. */
  authors: string[];
  /** Category names, root first. */
  categoryPath: string[];
  /** Which version this is: the published one, or the draft of an article never published. */
  status: 'published' | 'draft';
  /** The cover's URL (Media Library), when the article has one. */
  coverUrl?: string | null;
  sourceUrl?: string | null;
  /** The import's source key (`id:…`, `url:…`, `path:…`), when the article has one. */
  sourceKey?: string | null;
  /** What the import kept of the source (format, source date, locale, unknown keys…). */
  sourceMeta?: Partial<SourceMeta> | null;
  /** The article's locale (i18n code). */
  locale?: string | null;
  /**
   * Write `locale` although the source did not state it: the article is not in the default
   * locale (it was imported with `--locale` / the locale picker), so that an import of the
   * export puts it back in its locale.
   */
  stateLocale?: boolean;
}

/**
 * The article's fields under the names the importer reads (front matter / JSON), in a fixed
 * order. Values that came from the source (`sourceMeta`) are written back as the source gave
 * them, so that importing the export computes the same content hash and is `unchanged`.
 */
export const articleFields = (article: ExportArticle): Record<string, unknown> => {
  const meta = article.sourceMeta ?? {};
  const fields: Record<string, unknown> = {
    title: article.title,
    slug: article.slug,
    description: article.description,
  };
  if (article.categoryPath.length > 0) fields.category = article.categoryPath;
  if (article.tags.length > 0) fields.tags = article.tags;
  if (article.authors.length > 0) fields.authors = article.authors;
  const cover = meta.cover ?? article.coverUrl ?? undefined;
  if (cover) fields.cover = cover;
  const sourceUrl = meta.sourceUrl ?? article.sourceUrl ?? undefined;
  if (article.sourceKey) fields.sourceKey = article.sourceKey;
  if (sourceUrl) fields.sourceUrl = sourceUrl;
  for (const key of ['publishedAt', 'locale', 'aboutAuthor'] as const) {
    if (meta[key]) fields[key] = meta[key];
  }
  // The article's locale, when the source did not state it and it is not the default one.
  if (!meta.locale && article.stateLocale && article.locale) fields.locale = article.locale;
  // Keys the importer did not know are kept as they were (an import stores them as `extra`).
  for (const [key, value] of Object.entries(meta.extra ?? {})) {
    if (!(key in fields) && key !== 'body') fields[key] = value;
  }
  return fields;
};

/** Markdown with YAML front matter: the importer's `.md` format. */
export const toMarkdown = (article: ExportArticle): string => {
  const frontMatter = stringify(articleFields(article), { lineWidth: 0 });
  return `---\n${frontMatter}---\n\n${blocksToMarkdown(article.body)}\n`;
};

/** One JSON article object with the body as Strapi blocks: nothing is lost. */
export const toJson = (article: ExportArticle): string =>
  `${JSON.stringify({ ...articleFields(article), body: article.body }, null, 2)}\n`;

/**
 * News text, the seed's format. It has no place for the slug, description, source or formatting:
 * a person-readable copy, not a lossless one (use md or json to move articles).
 */
export const toNewsText = (article: ExportArticle): string =>
  renderNewsText({
    title: article.title,
    categoryPath: article.categoryPath,
    tags: article.tags,
    authors: article.authors,
    body: article.body,
    sourceMeta: { aboutAuthor: article.sourceMeta?.aboutAuthor },
  });

const SERIALIZERS: Record<ExportFormat, (article: ExportArticle) => string> = {
  md: toMarkdown,
  json: toJson,
  txt: toNewsText,
};

export const serializeArticle = (article: ExportArticle, format: ExportFormat): string =>
  SERIALIZERS[format](article);

/** Where the article goes in the export: `<slug>.<ext>`, under `published/` or `drafts/` with `all`. */
export const exportPath = (
  article: Pick<ExportArticle, 'slug' | 'status' | 'locale'>,
  format: ExportFormat,
  byStatus: boolean,
  /** Every locale in one export: a folder per locale (a slug is unique within its locale). */
  byLocale = false
): string => {
  const name = `${article.slug}.${format}`;
  const inStatus = byStatus
    ? `${article.status === 'published' ? 'published' : 'drafts'}/${name}`
    : name;
  return byLocale && article.locale ? `${article.locale}/${inStatus}` : inStatus;
};
