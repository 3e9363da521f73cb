import { inlineText, type Block, type ListBlock } from './blocks';
import { readDateLine } from './dates';
import { readByline } from './news-text/byline';
import { isAboutHeading, isBoilerplate, readAboutLine, readAuthorNote } from './news-text/chrome';
import { readDateline } from './news-text/dateline';
import { isBreadcrumb, parseLabelledTags, parseTagsLine } from './news-text/shapes';
import type { ArticleDraft, SourceMeta } from './types';

export type NewsTextSource = Pick<
  ArticleDraft,
  'title' | 'categoryPath' | 'tags' | 'authors' | 'body'
> & {
  sourceMeta?: Pick<SourceMeta, 'aboutAuthor'>;
};

/** One line of text: inner line breaks become spaces. */
function oneLine(value: string): string {
  return value
    .split('\n')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
}

function listParagraphs(list: ListBlock): string[] {
  let number = 0;
  return list.children.flatMap((child) => {
    if (child.type === 'list') return listParagraphs(child);
    number += 1;
    const marker = list.format === 'ordered' ? `${number}.` : '•';
    return [`${marker} ${oneLine(inlineText(child.children))}`];
  });
}

function blockParagraphs(block: Block): string[] {
  if (block.type === 'list') return listParagraphs(block);
  return [oneLine(inlineText(block.children))];
}

export function formatByline(authors: readonly string[]): string {
  if (authors.length <= 1) return authors[0] ?? '';
  return `${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`;
}

/** A line the news-text parser reads as something other than article text or a title. */
function readsAsChrome(line: string): boolean {
  return (
    isBoilerplate(line) ||
    isBreadcrumb(line) ||
    isAboutHeading(line) ||
    readByline(line) !== undefined ||
    readAboutLine(line) !== undefined ||
    readAuthorNote(line) !== undefined ||
    readDateLine(line) !== undefined ||
    readDateline(line)?.rest === ''
  );
}

function sameList(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * The tags line: "Oil, Gas" as news pages write it, or "Tags: Ad" where the plain line would be
 * read back as something else (an ad label, a byline, a date, an author box…) or not as these
 * tags, so that an exported article re-imports with every tag.
 */
export function renderTagsLine(tags: readonly string[]): string {
  const plain = tags.join(', ');
  const readBack = parseLabelledTags(plain) ?? parseTagsLine(plain);
  if (!readsAsChrome(plain) && sameList(readBack, tags)) return plain;
  return `Tags: ${plain}`;
}

/**
 * Renders a draft in the news-text format (breadcrumb, title, tags, paragraphs, byline, author box).
 * Non-paragraph blocks become plain paragraphs (list items one per paragraph); marks are dropped.
 */
export function renderNewsText(draft: NewsTextSource): string {
  const parts: string[] = [];
  // A title that reads as chrome on its own ("Sponsored", "By Ann Lee") is named by a breadcrumb,
  // which the parser trusts over its chrome patterns; so is a title with a spaced separator
  // ("Oil / Gas"), which would read as a breadcrumb over a next line that is its last part.
  if (draft.categoryPath.length > 0 || readsAsChrome(draft.title) || / [/›»>] /u.test(draft.title))
    parts.push(['Home', ...draft.categoryPath, draft.title].join(' / '));
  parts.push(draft.title);
  if (draft.tags.length > 0) parts.push(renderTagsLine(draft.tags));
  for (const block of draft.body) {
    for (const text of blockParagraphs(block)) if (text !== '') parts.push(text);
  }
  if (draft.authors.length > 0) parts.push(`By ${formatByline(draft.authors)}`);
  const about = draft.sourceMeta?.aboutAuthor;
  if (about) parts.push(`About ${about}`);
  return `${parts.join('\n\n')}\n`;
}
