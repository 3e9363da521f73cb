import { paragraphBlock } from '../blocks';
import { buildDraft, type DraftOptions } from '../draft';
import type { ArticleDraft } from '../types';
import { parseBreadcrumb } from './breadcrumb';
import { BlockQueue, splitIntoBlocks, type Line } from './lines';
import {
  isBreadcrumb,
  looksLikeParagraph,
  parseAboutLine,
  parseByline,
  parseTagsLine,
} from './shapes';

interface Chrome {
  aboutAuthor?: string;
  authors?: string[];
}

/** Takes the byline and the "About <Name>" box off the end (in either order). */
function takeTrailingChrome(queue: BlockQueue): Chrome {
  const chrome: Chrome = {};
  for (let round = 0; round < 2; round += 1) {
    const last = queue.peekLastStandalone();
    if (!last) break;
    const about = chrome.aboutAuthor === undefined ? parseAboutLine(last.text) : undefined;
    const byline =
      chrome.authors === undefined && about === undefined ? parseByline(last.text) : undefined;
    if (about !== undefined) chrome.aboutAuthor = about;
    else if (byline !== undefined) chrome.authors = byline;
    else break;
    queue.takeLast();
  }
  return chrome;
}

interface Header {
  title: string | undefined;
  titleLine: number;
  categoryPath: string[];
  tags: string[];
  warnings: string[];
}

function takeTitle(queue: BlockQueue, header: Header): void {
  const first = queue.peekFirst();
  if (!first || !isBreadcrumb(first.text)) {
    header.warnings.push('No breadcrumb found: the article will have no category');
    const titleLine = queue.takeFirst();
    header.title = titleLine?.text;
    header.titleLine = titleLine?.line ?? 1;
    return;
  }
  queue.takeFirst();
  const candidate: Line | undefined = queue.peekFirst();
  const crumb = parseBreadcrumb(first.text, candidate?.text);
  header.categoryPath = crumb.path;
  header.titleLine = candidate?.line ?? first.line + 1;
  if (!candidate) {
    header.title = crumb.titleSegment;
    return;
  }
  if (crumb.matchesTitle || crumb.titleSegment === undefined) {
    header.title = queue.takeFirst()?.text;
    return;
  }
  const hasBodyAfter = queue.peekAfterFirst() !== undefined;
  const tagsLike = hasBodyAfter && (parseTagsLine(candidate.text)?.length ?? 0) >= 2;
  const candidateIsNotTitle = tagsLike || looksLikeParagraph(candidate.text);
  if (candidateIsNotTitle && crumb.titleSegment !== undefined) {
    header.title = crumb.titleSegment;
    header.warnings.push(
      'No title line after the breadcrumb: the title was taken from the breadcrumb'
    );
    return;
  }
  header.title = queue.takeFirst()?.text;
  header.warnings.push(
    `Breadcrumb title differs from the title line: kept the title line ("${crumb.titleSegment}" in the breadcrumb)`
  );
}

function takeHeader(queue: BlockQueue): Header {
  const header: Header = {
    title: undefined,
    titleLine: 1,
    categoryPath: [],
    tags: [],
    warnings: [],
  };
  takeTitle(queue, header);
  // The tags line is a block of its own (a wrapped paragraph's first line is not tags),
  // with body after it, and is not a byline.
  const next = queue.peekSingleLineBlock();
  if (next && queue.size > 1 && !parseByline(next.text)) {
    const tags = parseTagsLine(next.text);
    if (tags) {
      header.tags = tags;
      queue.takeFirst();
    }
  }
  return header;
}

/** Parses the news-text format (see DESIGN.md "Input formats"). Throws ParseFailure. */
export function parseNewsText(
  text: string,
  options: DraftOptions & { warnings?: string[] } = {}
): ArticleDraft {
  const queue = new BlockQueue(splitIntoBlocks(text));
  const chrome = takeTrailingChrome(queue);
  const header = takeHeader(queue);
  let authors = chrome.authors;
  if (authors === undefined) {
    // A byline may also sit right under the title or tags.
    const top = queue.peekSingleLineBlock();
    const byline = top && queue.size > 1 ? parseByline(top.text) : undefined;
    if (byline) {
      authors = byline;
      queue.takeFirst();
    }
  }
  const warnings = [...(options.warnings ?? []), ...header.warnings];
  if (authors === undefined) warnings.push('No byline found: the article will have no author');
  const body = queue
    .drain()
    .map((block) => paragraphBlock(block.map((line) => line.text).join(' ')));
  return buildDraft(
    {
      format: 'text',
      title: header.title,
      titleLine: header.titleLine,
      titleHint:
        'add a title line at the top of the file (after the "Home / …" breadcrumb, if any)',
      categoryPath: header.categoryPath,
      tags: header.tags,
      authors: authors ?? [],
      body,
      bodyHint: 'add at least one paragraph after the title, separated from it by a blank line',
      meta: { aboutAuthor: chrome.aboutAuthor },
      warnings,
    },
    options
  );
}
