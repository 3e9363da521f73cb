import { blockText, type Block } from './blocks';
import { MAX_DESCRIPTION_LENGTH } from './limits';
import { collapseWhitespace } from './text-utils';

const ELLIPSIS = '\u2026';

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Cuts text to at most `max` characters at a word boundary, adding "…" when cut.
 * Text that fits is returned unchanged (whitespace collapsed).
 */
export function cutDescription(value: string, max: number = MAX_DESCRIPTION_LENGTH): string {
  const text = collapseWhitespace(value);
  if (text.length <= max) return text;
  let head = text.slice(0, max - ELLIPSIS.length + 1);
  const space = head.lastIndexOf(' ');
  if (space > 0) {
    head = head.slice(0, space);
  } else {
    head = head.slice(0, max - ELLIPSIS.length);
    if (isHighSurrogate(head.charCodeAt(head.length - 1))) head = head.slice(0, -1);
  }
  head = head.replace(/[\s,;:\u2013\u2014-]+$/u, '');
  return head + ELLIPSIS;
}

/** The lead from the body: the first paragraph (or the first block with text), cut to 300. */
export function deriveDescription(body: readonly Block[]): string {
  const paragraph = body.find(
    (block) => block.type === 'paragraph' && blockText(block).trim() !== ''
  );
  const fallback = body.find((block) => blockText(block).trim() !== '');
  const source = paragraph ?? fallback;
  return source ? cutDescription(blockText(source)) : '';
}
