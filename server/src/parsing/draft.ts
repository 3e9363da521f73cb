import { blockText, type Block } from './blocks';
import { bodyShapeWarnings } from '../../../shared/contracts/body-shape';
import {
  articleWarning,
  type ArticleWarning,
  type CleanedField,
} from '../../../shared/contracts/warnings';
import { cutDescription, deriveDescription } from './description';
import { failWith } from './errors';
import { DEFAULT_WORDS_PER_MINUTE, MAX_DESCRIPTION_LENGTH, MAX_TITLE_LENGTH } from './limits';
import { checkDraftLimits, type FieldLine } from './draft-limits';
import { withoutInvisible } from './invisible';
import { computeReadingStats } from './reading';
import { slugify } from './slug';
import { collapseWhitespace, uniqueLoose } from './text-utils';
import type { ArticleDraft, InputFormat, SourceMeta } from './types';

/** What a format parser found, before the shared checks and computed fields. */
export interface DraftInput {
  format: InputFormat;
  title: string | undefined;
  /** Where the title is (or should be), for error messages. */
  titleLine?: number;
  /** How to add a missing title in this format. */
  titleHint: string;
  slug?: string;
  description?: string;
  categoryPath?: string[];
  tags?: string[];
  authors?: string[];
  body: Block[];
  /** How to add a missing body in this format. */
  bodyHint: string;
  meta?: Omit<SourceMeta, 'format'>;
  warnings?: ArticleWarning[];
  /** Line of a named field (front matter / JSON key), for error messages. */
  fieldLine?: FieldLine;
}

export interface DraftOptions {
  wordsPerMinute?: number;
}

function cleanList(
  values: readonly string[] | undefined,
  field: CleanedField,
  warnings: ArticleWarning[]
): string[] {
  return (values ?? [])
    .map((value) => collapseWhitespace(withoutInvisible(value, field, warnings)))
    .filter((value) => value !== '');
}

function cleanMeta(format: InputFormat, meta: DraftInput['meta']): SourceMeta {
  const out: SourceMeta = { format };
  if (!meta) return out;
  const keys = [
    'aboutAuthor',
    'authorBio',
    'dateline',
    'outlet',
    'sourceUrl',
    'cover',
    'coverAlt',
    'coverCaption',
    'publishedAt',
    'dateText',
    'locale',
  ] as const;
  for (const key of keys) {
    const value = meta[key];
    if (value !== undefined && value !== '') out[key] = value;
  }
  if (meta.boilerplate && meta.boilerplate.length > 0) out.boilerplate = meta.boilerplate;
  if (meta.extra && Object.keys(meta.extra).length > 0) out.extra = meta.extra;
  return out;
}

const MAX_WARNINGS = 20;

/** Warnings with unique messages, at most MAX_WARNINGS of them plus a count of the rest. */
function limitWarnings(warnings: readonly ArticleWarning[]): ArticleWarning[] {
  const byMessage = new Map<string, ArticleWarning>();
  for (const warning of warnings) {
    if (!byMessage.has(warning.message)) byMessage.set(warning.message, warning);
  }
  const unique = [...byMessage.values()];
  if (unique.length <= MAX_WARNINGS) return unique;
  const rest = unique.length - MAX_WARNINGS + 1;
  return [
    ...unique.slice(0, MAX_WARNINGS - 1),
    articleWarning('MORE_WARNINGS', { count: rest }, `…and ${rest} more warnings`),
  ];
}

function pickSlug(input: DraftInput, title: string, warnings: ArticleWarning[]): string {
  const given =
    input.slug === undefined ? undefined : withoutInvisible(input.slug, 'slug', warnings).trim();
  if (!given) return slugify(title);
  const slug = slugify(given);
  if (slug !== given) {
    warnings.push(
      articleWarning(
        'SLUG_NORMALISED',
        { given, slug },
        `Slug "${given}" was normalised to "${slug}"`
      )
    );
  }
  return slug;
}

function pickDescription(input: DraftInput, body: Block[], warnings: ArticleWarning[]): string {
  const given = input.description === undefined ? '' : collapseWhitespace(input.description);
  if (given === '') return deriveDescription(body);
  if (given.length <= MAX_DESCRIPTION_LENGTH) return given;
  warnings.push(
    articleWarning(
      'DESCRIPTION_CUT',
      { max: MAX_DESCRIPTION_LENGTH },
      `Description was cut to ${MAX_DESCRIPTION_LENGTH} characters`
    )
  );
  return cutDescription(given);
}

/** Applies the checks every format shares and computes slug, description and reading stats. */
export function buildDraft(input: DraftInput, options: DraftOptions = {}): ArticleDraft {
  const warnings = [...(input.warnings ?? [])];
  const title = collapseWhitespace(withoutInvisible(input.title ?? '', 'title', warnings));
  if (title === '')
    failWith(
      'NO_TITLE',
      { format: input.format },
      `The article has no title: ${input.titleHint}.`,
      input.titleLine
    );
  if (title.length > MAX_TITLE_LENGTH) {
    failWith(
      'TITLE_TOO_LONG',
      { length: title.length, max: MAX_TITLE_LENGTH },
      `The title is ${title.length} characters long, over the ${MAX_TITLE_LENGTH} allowed: shorten it ` +
        '(is the first paragraph on the title line?).',
      input.titleLine
    );
  }
  if (!input.body.some((block) => blockText(block).trim() !== '')) {
    failWith(
      'NO_BODY',
      { title, format: input.format },
      `The article "${title}" has no body text: ${input.bodyHint}.`
    );
  }
  const slug = pickSlug(input, title, warnings);
  const description = pickDescription(input, input.body, warnings);
  const stats = computeReadingStats(input.body, options.wordsPerMinute ?? DEFAULT_WORDS_PER_MINUTE);
  const draft: ArticleDraft = {
    title,
    slug,
    description,
    categoryPath: cleanList(input.categoryPath, 'category', warnings),
    tags: uniqueLoose(cleanList(input.tags, 'tags', warnings)),
    authors: uniqueLoose(cleanList(input.authors, 'authors', warnings)),
    body: input.body,
    wordCount: stats.wordCount,
    readingTimeMinutes: stats.readingTimeMinutes,
    sourceMeta: cleanMeta(input.format, input.meta),
    // Stryker disable next-line ArrayDeclaration: replaced below; the limits do not read them
    warnings: [],
    // Stryker disable next-line ArrayDeclaration: replaced below; the limits do not read them
    warningDetails: [],
  };
  checkDraftLimits(draft, input.fieldLine);
  // The shapes that are almost always a misreading come first: they must not be cut off.
  const details = limitWarnings([...bodyShapeWarnings(input.body), ...warnings]);
  draft.warnings = details.map((warning) => warning.message);
  draft.warningDetails = details;
  return draft;
}
