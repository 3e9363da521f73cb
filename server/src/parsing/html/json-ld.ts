/**
 * Schema.org JSON-LD of a news page: the NewsArticle (headline, author, datePublished,
 * keywords, articleSection) and the BreadcrumbList. What a page states here wins over guessing.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'BlogPosting',
  'Report',
]);

export interface JsonLdArticle {
  headline?: string;
  description?: string;
  authors: string[];
  /** An Organization given as the author, or the publisher. */
  publisher?: string;
  datePublished?: string;
  keywords: string[];
  sections: string[];
  url?: string;
  inLanguage?: string;
}

export interface JsonLd {
  article?: JsonLdArticle;
  /** BreadcrumbList item names in position order. */
  breadcrumb?: string[];
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The node's @type, one or a list; its values are only compared with type names. */
function types(node: JsonObject): Json[] {
  return [node['@type']].flat();
}

/** Every object of the documents, through arrays and @graph, breadth first, bounded. */
function objects(roots: Json[]): JsonObject[] {
  const out: JsonObject[] = [];
  const queue: Json[] = [...roots];
  while (queue.length > 0 && out.length < 500) {
    const next = queue.shift();
    if (Array.isArray(next)) queue.push(...next);
    else if (isObject(next)) {
      out.push(next);
      if (Array.isArray(next['@graph'])) queue.push(...next['@graph']);
    }
  }
  return out;
}

function text(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (isObject(value)) return text(value.name) ?? text(value['@value']);
  return undefined;
}

function list(value: Json | undefined): string[] {
  if (Array.isArray(value)) return value.flatMap(list);
  if (typeof value === 'string')
    return value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  const single = text(value);
  return single ? [single] : [];
}

function people(value: Json | undefined): { persons: string[]; organisation?: string } {
  // An absent author is `[undefined]`: it has no name and is skipped.
  const items = Array.isArray(value) ? value : [value];
  const persons: string[] = [];
  let organisation: string | undefined;
  for (const item of items) {
    const name = text(item);
    if (!name) continue;
    if (isObject(item) && types(item).includes('Organization')) organisation ??= name;
    else persons.push(name);
  }
  return { persons, organisation };
}

function readArticle(node: JsonObject): JsonLdArticle {
  const authors = people(node.author);
  const page = node.mainEntityOfPage;
  return {
    headline: text(node.headline) ?? text(node.name),
    description: text(node.description),
    authors: authors.persons,
    publisher: authors.organisation ?? text(node.publisher),
    datePublished: text(node.datePublished) ?? text(node.dateCreated),
    keywords: list(node.keywords),
    sections: list(node.articleSection),
    url: text(node.url) ?? (isObject(page) ? text(page['@id']) : text(page)),
    inLanguage: text(node.inLanguage),
  };
}

function readBreadcrumb(node: JsonObject): string[] {
  // One item or a list; anything else (absent, a string) holds no item.
  const items = [node.itemListElement].flat().filter(isObject);
  return items
    .map((item, index) => ({
      position: Number(item.position ?? index),
      name: text(item.name) ?? (isObject(item.item) ? text(item.item.name) : undefined),
    }))
    .sort((a, b) => a.position - b.position)
    .map((item) => item.name)
    .filter((name): name is string => name !== undefined);
}

/** Reads the JSON-LD scripts' texts; scripts that are not valid JSON are skipped. */
export function readJsonLd(scripts: readonly string[]): JsonLd {
  // Stryker disable next-line ArrayDeclaration: equivalent, a string among the roots is neither an object nor a list and is skipped
  const roots: Json[] = [];
  for (const script of scripts) {
    try {
      roots.push(JSON.parse(script) as Json);
    } catch {
      // A broken script is the page's problem; the rest of the page is still read.
    }
  }
  const out: JsonLd = {};
  for (const node of objects(roots)) {
    const nodeTypes = types(node);
    if (!out.article && nodeTypes.some((type) => ARTICLE_TYPES.has(type as string)))
      out.article = readArticle(node);
    if (!out.breadcrumb && nodeTypes.includes('BreadcrumbList'))
      out.breadcrumb = readBreadcrumb(node);
  }
  return out;
}
