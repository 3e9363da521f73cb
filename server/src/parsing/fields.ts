import { articleWarning, type ArticleWarning } from '../../../shared/contracts/warnings';
import { fail } from './errors';
import { MAX_EXTRA_DEPTH, MAX_EXTRA_KEYS, MAX_SHORT_TEXT_LENGTH } from './limits';
import { absoluteUrlProblem, imageSourceProblem } from './links';
import { MAX_NAMES_LENGTH, splitNames } from './names';
import type { SourceMeta } from './types';
import { findValueProblem } from './values';

/** Article fields given by name (Markdown front matter or a JSON article object). */
export interface ArticleFields {
  title?: string;
  slug?: string;
  description?: string;
  categoryPath: string[];
  tags: string[];
  authors: string[];
  /** The raw `body` value (JSON only). */
  body?: unknown;
  meta: Omit<SourceMeta, 'format'>;
  warnings: ArticleWarning[];
  /** Line of a key in the file, for error messages. */
  keyLine: KeyLocator;
}

export type KeyLocator = (key: string) => number | undefined;

const KNOWN_KEYS = new Set([
  'title',
  'slug',
  'description',
  'category',
  'categoryPath',
  'tags',
  'authors',
  'author',
  'cover',
  'coverAlt',
  'caption',
  'sourceUrl',
  'publishedAt',
  'locale',
  'aboutAuthor',
  'body',
]);

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

class FieldReader {
  constructor(
    private readonly data: Record<string, unknown>,
    private readonly where: string,
    private readonly keyLine: KeyLocator
  ) {}

  invalid(key: string, problem: string): never {
    return fail('INVALID_FIELD', `${this.where}"${key}" ${problem}.`, this.keyLine(key));
  }

  has(key: string): boolean {
    const value = this.data[key];
    return value !== undefined && value !== null;
  }

  string(key: string): string | undefined {
    const value = this.data[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      this.invalid(
        key,
        `must be text, not ${typeName(value)}: put it in quotes, e.g. ${key}: "${String(value)}"`
      );
    }
    return value.trim();
  }

  /** A short text (locale, date, name): at most MAX_SHORT_TEXT_LENGTH characters. */
  shortString(key: string): string | undefined {
    const value = this.string(key);
    if (value !== undefined && value.length > MAX_SHORT_TEXT_LENGTH) {
      this.invalid(
        key,
        `is ${value.length} characters long, over the ${MAX_SHORT_TEXT_LENGTH} allowed: shorten it`
      );
    }
    return value;
  }

  /** An absolute http(s) URL (see links.ts for why nothing else). */
  url(key: string): string | undefined {
    const value = this.string(key);
    if (value === undefined || value === '') return value;
    const problem = absoluteUrlProblem(value);
    if (problem) {
      this.invalid(
        key,
        `${problem} (got ${JSON.stringify(value.slice(0, 80))}${value.length > 80 ? '…' : ''}): give the full https:// address or remove the field`
      );
    }
    return value;
  }

  /** A picture: an http(s) URL or a path (see links.ts). */
  imageSource(key: string): string | undefined {
    const value = this.string(key);
    if (value === undefined || value === '') return undefined;
    const problem = imageSourceProblem(value);
    if (problem) {
      this.invalid(
        key,
        `${problem} (got ${JSON.stringify(value.slice(0, 80))}${value.length > 80 ? '…' : ''}): give an https:// address or a path relative to the article file, or remove the field`
      );
    }
    return value;
  }

  /** A list of strings, or one string split with `split`. */
  list(key: string, split: (value: string) => string[]): string[] | undefined {
    const value = this.data[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return split(value);
    if (!Array.isArray(value)) this.invalid(key, `must be a list of texts, not ${typeName(value)}`);
    return value.map((item: unknown, index) => {
      if (typeof item !== 'string') {
        return this.invalid(
          key,
          `item ${index + 1} must be text, not ${typeName(item)}: put it in quotes, e.g. "${String(item)}"`
        );
      }
      return item.trim();
    });
  }
}

function splitCategory(value: string): string[] {
  return value.split(/[/›»>]/u).map((part) => part.trim());
}

function splitTags(value: string): string[] {
  return value.split(',').map((part) => part.trim());
}

function splitAuthors(value: string): string[] {
  const text = value.trim().replace(/^by\s+/i, '');
  return text.length > MAX_NAMES_LENGTH ? [text] : splitNames(text);
}

function withoutHome(path: string[]): string[] {
  const cleaned = path.filter((segment) => segment !== '');
  return cleaned.length > 0 && cleaned[0].toLowerCase() === 'home' ? cleaned.slice(1) : cleaned;
}

function readPublishedAt(reader: FieldReader, warnings: ArticleWarning[]): string | undefined {
  const value = reader.shortString('publishedAt');
  if (value === undefined || value === '') return undefined;
  if (Number.isNaN(Date.parse(value))) {
    warnings.push(
      articleWarning(
        'PUBLISHED_AT_NOT_A_DATE',
        { value },
        `publishedAt "${value}" is not a date (use YYYY-MM-DD or an ISO date-time): it was ignored`
      )
    );
    return undefined;
  }
  return value;
}

/**
 * Unknown keys, kept in `sourceMeta.extra`: at most MAX_EXTRA_KEYS of them, each at most
 * MAX_EXTRA_DEPTH levels deep (the whole sourceMeta is bounded in size by the draft checks).
 */
function readExtra(reader: FieldReader, data: Record<string, unknown>): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  const keys = Object.keys(data).filter((key) => !KNOWN_KEYS.has(key));
  if (keys.length > MAX_EXTRA_KEYS) {
    reader.invalid(
      keys[MAX_EXTRA_KEYS],
      `is one key too many: at most ${MAX_EXTRA_KEYS} keys besides the article fields are kept (got ${keys.length}); remove the ones you do not need`
    );
  }
  for (const key of keys) {
    const problem = findValueProblem(data[key], MAX_EXTRA_DEPTH);
    if (problem?.kind === 'tooDeep') {
      reader.invalid(
        key,
        `is nested more than ${MAX_EXTRA_DEPTH} levels deep: extra keys are kept as source metadata, flatten it or remove it`
      );
    }
    extra[key] = data[key];
  }
  return extra;
}

/**
 * Reads the article fields of a front matter or JSON object. Unknown keys go to `meta.extra`.
 * `where` prefixes messages (e.g. "Front matter: "). Lists are taken as given; a single string is
 * split ("Business / Energy", "a, b", "A, B and C"). Throws INVALID_FIELD.
 */
export function readArticleFields(
  data: Record<string, unknown>,
  where: string,
  keyLine: KeyLocator = () => undefined
): ArticleFields {
  const reader = new FieldReader(data, where, keyLine);
  const warnings: ArticleWarning[] = [];
  const category =
    reader.list('category', splitCategory) ?? reader.list('categoryPath', splitCategory) ?? [];
  const authors = reader.list('authors', splitAuthors) ?? reader.list('author', splitAuthors) ?? [];
  const extra = readExtra(reader, data);
  return {
    title: reader.string('title'),
    slug: reader.string('slug'),
    description: reader.string('description'),
    categoryPath: withoutHome(category),
    tags: reader.list('tags', splitTags) ?? [],
    authors,
    body: reader.has('body') ? data.body : undefined,
    meta: {
      cover: reader.imageSource('cover'),
      coverAlt: reader.shortString('coverAlt') || undefined,
      coverCaption: reader.shortString('caption') || undefined,
      sourceUrl: reader.url('sourceUrl'),
      publishedAt: readPublishedAt(reader, warnings),
      locale: reader.shortString('locale'),
      aboutAuthor: reader.shortString('aboutAuthor'),
      extra,
    },
    warnings,
    keyLine,
  };
}
