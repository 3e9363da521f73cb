import { FORMAT_BY_EXTENSION } from '../../../shared/contracts';
import { fileExtension } from './text-utils';
import type { InputFormat } from './types';

/** True when the first line is a `---` front-matter fence. */
export function startsWithFrontMatter(text: string): boolean {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const [first] = body.split('\n', 1);
  return first.trimEnd() === '---';
}

function looksLikeJson(text: string): boolean {
  const body = text.trimStart();
  if (body.startsWith('{')) return true;
  if (!body.startsWith('[')) return false;
  // "[Breaking] Title" is news text; "[{", "[1", "[]", '["' are JSON.
  const next = body.slice(1).trimStart().charAt(0);
  // A lone "[" too: every string includes '' (next is '' at the end).
  return '{["]-0123456789tfn'.includes(next);
}

// A page or a browser's clipboard HTML ("<meta charset='utf-8'><div>…") starts with a tag.
const HTML_START =
  /^(?:<!--[^]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|article|main|div|section|p|h[1-6])[\s>/]/iu;

function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.trimStart().slice(0, 2000));
}

/**
 * The input format: by file extension (.txt/.text, .md/.markdown, .json, .html/.htm), otherwise
 * by content (a `---` front matter → markdown, `{` or `[` → json, a leading HTML tag → html,
 * anything else → text).
 */
export function detectFormat(text: string, fileName: string): InputFormat {
  const byExtension = FORMAT_BY_EXTENSION.get(fileExtension(fileName));
  if (byExtension) return byExtension;
  if (startsWithFrontMatter(text)) return 'markdown';
  if (looksLikeHtml(text)) return 'html';
  if (looksLikeJson(text)) return 'json';
  return 'text';
}
