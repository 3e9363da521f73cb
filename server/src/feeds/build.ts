import { Feed, type Item } from 'feed';

import { blocksToMarkdown } from '../export/markdown';
import { markdownParser } from '../parsing/markdown/tokens';
import { absoluteMediaUrl, articleUrl, type Site } from './site';
import type { FeedArticle } from './query';

export type FeedKind = 'rss' | 'atom' | 'json';

export interface FeedContext {
  site: Site;
  /** Label of the scope ("Politics"), null for the whole site. */
  label: string | null;
  language: string;
  /** Absolute URLs of this feed in each format (the self links). */
  links: Record<FeedKind, string>;
  /** Origin of the Strapi server, for media URLs stored as "/uploads/…". */
  mediaOrigin: string;
}

const dateOf = (value: string | Date): Date => (value instanceof Date ? value : new Date(value));

/** The article's body as HTML: blocks → Markdown → markdown-it (raw HTML off, so text is escaped). */
const bodyHtml = (article: FeedArticle): string =>
  Array.isArray(article.body) ? markdownParser().render(blocksToMarkdown(article.body)) : '';

const tagsOf = (article: FeedArticle): string[] =>
  Array.isArray(article.tags) ? article.tags.filter((t): t is string => typeof t === 'string') : [];

const item = (article: FeedArticle, context: FeedContext, withContent: boolean): Item => {
  const link = articleUrl(context.site, article.slug);
  const cover = article.cover?.url;
  const authors = (article.authors ?? []).map((author) => ({ name: author.name }));
  return {
    title: article.title,
    id: link,
    link,
    description: article.description ?? undefined,
    content: withContent ? bodyHtml(article) : undefined,
    date: dateOf(article.updatedAt),
    published: dateOf(article.publishedAt),
    // `feed` reads the first author of a list without checking that there is one.
    author: authors.length > 0 ? authors : undefined,
    category: [
      ...(article.category ? [{ name: article.category.name, term: article.category.slug }] : []),
      ...tagsOf(article).map((tag) => ({ name: tag })),
    ],
    image: cover
      ? {
          url: absoluteMediaUrl(cover, context.mediaOrigin),
          type: article.cover?.mime ?? undefined,
          // RSS enclosures give the length in bytes; Strapi stores kB.
          length: article.cover?.size ? Math.round(article.cover.size * 1024) : undefined,
        }
      : undefined,
  };
};

const render = (
  kind: FeedKind,
  articles: readonly FeedArticle[],
  context: FeedContext,
  withContent: boolean
): string => {
  const { site } = context;
  const title = context.label ? `${site.name}: ${context.label}` : site.name;
  const feed = new Feed({
    id: context.links[kind],
    title,
    description: context.label
      ? `Latest ${site.name} articles: ${context.label}`
      : `Latest ${site.name} articles`,
    link: site.url,
    language: context.language,
    updated: articles[0] ? dateOf(articles[0].updatedAt) : undefined,
    feedLinks: { rss: context.links.rss, atom: context.links.atom, json: context.links.json },
    copyright: `© ${site.name}`,
    generator: 'strapi-plugin-newsroom',
  });
  for (const article of articles) feed.addItem(item(article, context, withContent));
  if (kind === 'rss') return feed.rss2();
  if (kind === 'atom') return feed.atom1();
  return toJsonFeed11(feed.json1(), articles, context, withContent);
};

/**
 * The `feed` package writes JSON Feed 1.0; 1.1 (the current version) renamed `author` to
 * `authors` (a list, so that every byline name is kept) and added `language`.
 */
const toJsonFeed11 = (
  json: string,
  articles: readonly FeedArticle[],
  context: FeedContext,
  withContent: boolean
) => {
  const feed = JSON.parse(json) as Record<string, unknown> & { items: Record<string, unknown>[] };
  feed.version = 'https://jsonfeed.org/version/1.1';
  feed.language = context.language;
  delete feed.author;
  feed.items.forEach((entry, index) => {
    delete entry.author;
    const authors = (articles[index].authors ?? []).map((author) => ({ name: author.name }));
    if (authors.length > 0) entry.authors = authors;
    if (!withContent) {
      // Without the full text, `feed` puts the plain-text summary in content_html: it is text.
      entry.content_text = articles[index].description || articles[index].title;
      delete entry.content_html;
    }
  });
  return JSON.stringify(feed, null, 2);
};

/**
 * The feed, within `site.feedMaxBytes`: over it, items lose their full text (summaries stay),
 * then the oldest items go, until it fits.
 */
export const buildFeed = (
  kind: FeedKind,
  articles: readonly FeedArticle[],
  context: FeedContext
): string => {
  const cap = context.site.feedMaxBytes;
  let output = render(kind, articles, context, true);
  if (Buffer.byteLength(output) <= cap) return output;
  let count = articles.length;
  output = render(kind, articles, context, false);
  while (Buffer.byteLength(output) > cap && count > 0) {
    count = Math.floor(((count * cap) / Buffer.byteLength(output)) * 0.95);
    output = render(kind, articles.slice(0, count), context, false);
  }
  return output;
};
