/**
 * What a page says about its article outside the article text: <meta> tags (Open Graph,
 * article:*), <link rel="canonical">, and, as a last resort, the page's visible breadcrumb,
 * byline, date and tag links.
 */
import { collapseWhitespace } from '../text-utils';

export interface MetaTags {
  title?: string;
  description?: string;
  author?: string;
  publishedAt?: string;
  section?: string;
  tags: string[];
  url?: string;
  siteName?: string;
  locale?: string;
}

function content(document: Document, selector: string): string | undefined {
  const value = document.querySelector(selector)?.getAttribute('content');
  return value ? collapseWhitespace(value) || undefined : undefined;
}

export function readMetaTags(document: Document): MetaTags {
  const tags = Array.from(document.querySelectorAll('meta[property="article:tag"]'))
    .map((node) => collapseWhitespace(node.getAttribute('content') ?? ''))
    .filter(Boolean);
  const keywords = content(document, 'meta[name="keywords"], meta[name="news_keywords"]');
  return {
    title: content(document, 'meta[property="og:title"], meta[name="twitter:title"]'),
    description: content(
      document,
      'meta[property="og:description"], meta[name="description"], meta[name="twitter:description"]'
    ),
    author: content(document, 'meta[name="author"], meta[property="article:author"]'),
    publishedAt: content(
      document,
      'meta[property="article:published_time"], meta[itemprop="datePublished"], meta[name="pubdate"]'
    ),
    section: content(document, 'meta[property="article:section"]'),
    tags:
      tags.length > 0 ? tags : (keywords?.split(',').map(collapseWhitespace).filter(Boolean) ?? []),
    url:
      document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ||
      content(document, 'meta[property="og:url"]'),
    siteName: content(document, 'meta[property="og:site_name"]'),
    locale: document.documentElement.getAttribute('lang')?.trim() || undefined,
  };
}

/** An element's text, whitespace collapsed. */
function textOf(node: Element): string {
  // Stryker disable next-line StringLiteral: equivalent, an element's textContent is never null
  return collapseWhitespace(node.textContent ?? '');
}

function texts(nodes: ArrayLike<Element>): string[] {
  return Array.from(nodes).map(textOf).filter(Boolean);
}

export interface VisibleMeta {
  breadcrumb: string[];
  byline?: string;
  time?: { text: string; datetime?: string };
  /** The text of an element marked as the dateline ("LONDON, Sept 12"). */
  dateline?: string;
  tags: string[];
}

const MAX_META_TEXT = 80;
/** Breadcrumb items that are only the separator between two others. */
const SEPARATORS = new Set(['/', '›', '»', '>', '|']);
const IN_COMMENTS = '[class*="comment" i], [id*="comment" i]';

/** The first match with short text outside the comments (a comment's author is not the byline). */
function firstShort(document: Document, selector: string): Element | undefined {
  return Array.from(document.querySelectorAll(selector)).find((node) => {
    const text = textOf(node);
    return text !== '' && text.length <= MAX_META_TEXT && !node.closest(IN_COMMENTS);
  });
}

const BREADCRUMB =
  'nav[aria-label*="readcrumb" i], [class*="breadcrumb" i], [id*="breadcrumb" i], [itemtype*="BreadcrumbList"]';

/** The page's visible breadcrumb, byline, <time> and tag links: read before they are removed. */
export function readVisibleMeta(document: Document): VisibleMeta {
  const crumb = document.querySelector(BREADCRUMB);
  // Stryker disable next-line ArrayDeclaration: equivalent, a string in place of an element has no textContent and is dropped as empty
  const crumbItems = crumb ? crumb.querySelectorAll('li, a, [itemprop="name"]') : [];
  const breadcrumb = [...new Set(texts(crumbItems))].filter((item) => !SEPARATORS.has(item));
  const byline = firstShort(
    document,
    '[rel="author"], [itemprop="author"], [class*="byline" i], [class*="author" i]'
  );
  const time =
    document.querySelector('article time, time[datetime], time[pubdate]') ??
    firstShort(document, '[class*="date" i], [class*="time" i]');
  const tagLinks = document.querySelectorAll(
    'a[rel="tag"], [class*="tags" i] a, [class*="tag-list" i] a'
  );
  const dateline = firstShort(document, '[class*="dateline" i]');
  return {
    breadcrumb,
    dateline: dateline ? textOf(dateline) : undefined,
    byline: byline ? textOf(byline) : undefined,
    time: time
      ? {
          text: textOf(time),
          datetime: time.getAttribute('datetime')?.trim() || undefined,
        }
      : undefined,
    tags: [...new Set(texts(tagLinks).map((tag) => tag.replace(/^#/u, '')))],
  };
}

export interface PageCover {
  src: string;
  alt?: string;
  caption?: string;
}

const attr = (node: Element | null | undefined, name: string): string | undefined => {
  const value = node?.getAttribute(name);
  return value ? collapseWhitespace(value) || undefined : undefined;
};

/**
 * The page's cover picture: its Open Graph image (og:image, else twitter:image, with
 * og:image:alt), else the first figure's picture in the article (its alt and figcaption), else
 * the article's first picture. `src` as the page gives it (made absolute by the caller).
 */
export function readCover(document: Document): PageCover | undefined {
  const og = content(
    document,
    'meta[property="og:image"], meta[property="og:image:url"], meta[name="twitter:image"]'
  );
  if (og) {
    const alt = content(document, 'meta[property="og:image:alt"], meta[name="twitter:image:alt"]');
    return { src: og, ...(alt ? { alt } : {}) };
  }
  const image =
    document.querySelector('article figure img[src], main figure img[src], figure img[src]') ??
    document.querySelector('article img[src], main img[src]');
  const src = attr(image, 'src');
  if (!image || !src) return undefined;
  const alt = attr(image, 'alt');
  const figcaption = image.closest('figure')?.querySelector('figcaption');
  const caption = figcaption ? collapseWhitespace(figcaption.textContent ?? '') : '';
  return { src, ...(alt ? { alt } : {}), ...(caption ? { caption } : {}) };
}
