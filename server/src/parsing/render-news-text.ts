import { inlineText, type Block, type ListBlock } from './blocks';
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
  if (authors.length <= 1) return authors.join('');
  return `${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`;
}

/**
 * Renders a draft in the news-text format (breadcrumb, title, tags, paragraphs, byline, author box).
 * Non-paragraph blocks become plain paragraphs (list items one per paragraph); marks are dropped.
 */
export function renderNewsText(draft: NewsTextSource): string {
  const parts: string[] = [];
  if (draft.categoryPath.length > 0)
    parts.push(['Home', ...draft.categoryPath, draft.title].join(' / '));
  parts.push(draft.title);
  if (draft.tags.length > 0) parts.push(draft.tags.join(', '));
  for (const block of draft.body) {
    for (const text of blockParagraphs(block)) if (text !== '') parts.push(text);
  }
  if (draft.authors.length > 0) parts.push(`By ${formatByline(draft.authors)}`);
  const about = draft.sourceMeta?.aboutAuthor;
  if (about) parts.push(`About ${about}`);
  return `${parts.join('\n\n')}\n`;
}
