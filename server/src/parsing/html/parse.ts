/**
 * Saved or pasted HTML pages → ArticleDraft. Metadata first (JSON-LD, then <meta>, then the
 * visible page), then Mozilla Readability singles out the article over a linkedom DOM (pure
 * JavaScript: it runs in the server and in the CLI bundle), then the article's DOM becomes blocks.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { articleWarning, type ArticleWarning } from '../../../../shared/contracts/warnings';
import { blockText, type Block } from '../blocks';
import { readDateLine, type ReadDate } from '../dates';
import { buildDraft, type DraftOptions } from '../draft';
import { absoluteUrlProblem, imageSourceProblem } from '../links';
import { MAX_SHORT_TEXT_LENGTH } from '../limits';
import { splitNames } from '../names';
import { collapseWhitespace, looseKey } from '../text-utils';
import type { ArticleDraft } from '../types';
import { isName, readByline } from '../news-text/byline';
import { isBoilerplate, readAboutLine } from '../news-text/chrome';
import { readDateline } from '../news-text/dateline';
import { BREADCRUMB_ROOT, parseLabelledTags } from '../news-text/shapes';
import { readJsonLd } from './json-ld';
import { countElements, flattenDeepNesting, MAX_ELEMENTS } from './limits';
import { removeNoise } from './noise';
import { readCover, readMetaTags, readVisibleMeta, type PageCover } from './page-meta';
import { htmlToBlocks } from './to-blocks';

/** Articles shorter than this still count (Readability's default of 500 drops news briefs). */
const CHAR_THRESHOLD = 200;
const ROOT_WORD = new RegExp(`${BREADCRUMB_ROOT.source.replace('\\s*([/›»>])\\s*', '$')}`, 'iu');

function loadDocument(html: string): Document {
  // A clipboard fragment has no <html>: give it one, so that <head> and <body> exist.
  const page = /<html[\s>]/iu.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as Document;
}

/**
 * The page's cover as the import reads it: an address relative to the page made absolute with
 * the page's own URL when it has one (else kept as a path relative to the file); a source the
 * picture rules refuse (links.ts: `data:`, `javascript:`…) is no cover.
 */
function coverOf(cover: PageCover | undefined, pageUrl: string | undefined) {
  if (!cover) return {};
  let src = cover.src;
  if (pageUrl && !/^[a-z][a-z0-9+.-]*:/i.test(src)) {
    try {
      src = new URL(src, pageUrl).href;
    } catch {
      return {};
    }
  }
  if (imageSourceProblem(src)) return {};
  return {
    cover: src,
    coverAlt: cover.alt?.slice(0, MAX_SHORT_TEXT_LENGTH),
    coverCaption: cover.caption?.slice(0, MAX_SHORT_TEXT_LENGTH),
  };
}

/** The article's own URL: an absolute http(s) URL, as the import accepts for `sourceUrl`. */
function absoluteUrl(value: string | undefined): string | undefined {
  return value && absoluteUrlProblem(value) === undefined ? value : undefined;
}

/** "Home / World / Europe / <title>" → ["World", "Europe"]. */
function categoryFrom(items: readonly string[], title: string): string[] {
  // The items are never blank (JSON-LD names and visible texts are read as undefined then).
  const path = items.map(collapseWhitespace);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, an empty path's path[0] is undefined, and ROOT_WORD does not match "undefined"
  if (path.length > 0 && ROOT_WORD.test(path[0])) path.shift();
  const last = path[path.length - 1];
  if (last !== undefined) {
    const key = looseKey(last).replace(/(?:\.\.\.|…)$/u, '');
    if (key.length >= 10 && looseKey(title).startsWith(key)) path.pop();
    else if (looseKey(last) === looseKey(title)) path.pop();
  }
  return path;
}

function authorsFrom(value: string | undefined): string[] | undefined {
  if (!value) return undefined;
  const byline = readByline(value);
  if (byline) return byline.authors;
  const names = splitNames(value.replace(/^by\s+/iu, ''));
  return names.length > 0 && names.every((name) => isName(name, 5)) ? names : undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/u;

/** A stated date: ISO as given, or read from how the page writes it; undefined when not a date. */
function readStatedDate(value: string | undefined): ReadDate | undefined {
  if (!value) return undefined;
  if (ISO_DATE.test(value)) return { iso: value, text: value };
  return readDateLine(value);
}

/** What the header and footer lines Readability left in the article said. */
interface ChromeFound {
  authors?: string[];
  date?: ReadDate;
  dateline?: string;
  tags?: string[];
  aboutAuthor?: string;
}

/**
 * The kinds of header and footer line Readability may leave in, tried in this order: each reader
 * says what a line of its kind tells, or undefined for a line of another kind.
 */
const CHROME_LINES: ReadonlyArray<(text: string) => ChromeFound | undefined> = [
  (text) => {
    const byline = readByline(text);
    return byline && { authors: byline.authors, date: byline.date };
  },
  (text) => {
    const date = readDateLine(text);
    return date && { date };
  },
  (text) => {
    const tags = parseLabelledTags(text);
    return tags && { tags };
  },
  (text) => {
    const aboutAuthor = readAboutLine(text);
    return aboutAuthor ? { aboutAuthor } : undefined;
  },
  (text) => {
    const dateline = readDateline(text);
    return dateline?.rest === '' ? { dateline: dateline.place, date: dateline.date } : undefined;
  },
];

/** Keeps what a line said where nothing earlier said it. */
function keepFirst<K extends keyof ChromeFound>(found: ChromeFound, said: ChromeFound, key: K) {
  found[key] ??= said[key];
}

/** Header and footer lines Readability may leave in: title, byline, date, tags, author box. */
function isChrome(block: Block, title: string, found: ChromeFound): boolean {
  if (block.type === 'list' || block.type === 'code') return false;
  const text = collapseWhitespace(blockText(block));
  if (looseKey(text) === looseKey(title) || isBoilerplate(text)) return true;
  if (block.type === 'quote') return false;
  for (const read of CHROME_LINES) {
    const said = read(text);
    if (said) {
      for (const key of Object.keys(said) as (keyof ChromeFound)[]) keepFirst(found, said, key);
      return true;
    }
  }
  return false;
}

/**
 * Parses an HTML page. Throws ParseFailure (no title, no body). `maxElements`: above this many
 * elements Readability is skipped (MAX_ELEMENTS; the tests set a small bound).
 */
export function parseHtml(
  html: string,
  options: DraftOptions & { warnings?: ArticleWarning[]; maxElements?: number } = {}
): ArticleDraft {
  const document = loadDocument(html);
  const warnings = [...(options.warnings ?? [])];
  const ld = readJsonLd(
    Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map(
      (node) => node.textContent ?? ''
    )
  );
  const meta = readMetaTags(document);
  const visible = readVisibleMeta(document);
  const cover = readCover(document);
  const h1 = collapseWhitespace(
    document.querySelector('article h1, main h1, h1')?.textContent ?? ''
  );
  const pageTitle = collapseWhitespace(document.querySelector('title')?.textContent ?? '');
  flattenDeepNesting(document.documentElement);
  removeNoise(document);
  const maxElements = options.maxElements ?? MAX_ELEMENTS;
  const readable =
    countElements(document.documentElement, maxElements) > maxElements
      ? null
      : new Readability<Node>(document, {
          charThreshold: CHAR_THRESHOLD,
          serializer: (node) => node,
        }).parse();
  const root =
    readable?.content ??
    document.querySelector('[itemprop="articleBody"], article, main') ??
    document.body;
  if (!readable)
    warnings.push(
      articleWarning(
        'ARTICLE_NOT_SINGLED_OUT',
        {},
        'Could not single out the article on the page: read all of its remaining text'
      )
    );

  const article = ld.article;
  if (!article)
    warnings.push(
      articleWarning(
        'NO_JSON_LD',
        {},
        'The page has no JSON-LD article data: read the <meta> tags and the page instead'
      )
    );
  const title =
    article?.headline ??
    meta.title ??
    (h1 || undefined) ??
    readable?.title ??
    pageTitle.split(/ [|–—-] /u)[0];
  const sourceUrl = absoluteUrl(article?.url) ?? absoluteUrl(meta.url);

  const blocks = htmlToBlocks(root, sourceUrl);
  const boilerplate = blocks.filter(
    (block) => block.type === 'paragraph' && isBoilerplate(blockText(block))
  );
  const found: ChromeFound = {};
  const body = blocks.filter((block) => !isChrome(block, title, found));

  const crumb = ld.breadcrumb ?? visible.breadcrumb;
  let categoryPath = categoryFrom(crumb, title);
  if (categoryPath.length === 0) {
    const sections = article?.sections.length
      ? article.sections
      : meta.section
        ? [meta.section]
        : [];
    categoryPath = sections.slice(0, 1);
    if (categoryPath.length === 0)
      warnings.push(
        articleWarning(
          'NO_CATEGORY_ON_PAGE',
          {},
          'No breadcrumb or section found: the article will have no category'
        )
      );
  }

  let authors = article?.authors.length ? article.authors : authorsFrom(meta.author);
  if (!authors) {
    authors =
      authorsFrom(visible.byline) ?? authorsFrom(readable?.byline ?? undefined) ?? found.authors;
  }
  if (!authors) {
    warnings.push(
      articleWarning('NO_BYLINE', {}, 'No byline found: the article will have no author')
    );
  }

  const date =
    readStatedDate(article?.datePublished) ??
    readStatedDate(meta.publishedAt) ??
    readStatedDate(visible.time?.datetime) ??
    readStatedDate(visible.time?.text) ??
    found.date;
  let tags = article?.keywords.length ? article.keywords : meta.tags;
  if (tags.length === 0) tags = visible.tags.length > 0 ? visible.tags : (found.tags ?? []);

  return buildDraft(
    {
      format: 'html',
      title,
      titleHint: 'the page has no <h1>, <title>, og:title or JSON-LD headline: add one',
      description: article?.description ?? meta.description,
      categoryPath,
      tags,
      authors: authors ?? [],
      body,
      bodyHint: 'the page has no article text Readability could find',
      meta: {
        sourceUrl,
        ...coverOf(cover, sourceUrl),
        publishedAt: date?.iso,
        dateText: date?.text,
        outlet: article?.publisher ?? meta.siteName,
        // The page's language (<html lang>): the import's locale when the page gives one.
        locale: meta.locale,
        dateline:
          found.dateline ?? (visible.dateline ? readDateline(visible.dateline)?.place : undefined),
        aboutAuthor: found.aboutAuthor,
        boilerplate: boilerplate.length > 0 ? boilerplate.map(blockText) : undefined,
      },
      warnings,
    },
    options
  );
}
