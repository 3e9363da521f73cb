import { fileExtension } from './text-utils';
import type { InputFormat } from './types';

const BY_EXTENSION = new Map<string, InputFormat>([
  ['txt', 'text'],
  ['text', 'text'],
  ['md', 'markdown'],
  ['markdown', 'markdown'],
  ['json', 'json'],
]);

/** True when the first line is a `---` front-matter fence. */
export function startsWithFrontMatter(text: string): boolean {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const end = body.indexOf('\n');
  const first = end < 0 ? body : body.slice(0, end);
  return first.trimEnd() === '---';
}

function looksLikeJson(text: string): boolean {
  const body = text.trimStart();
  if (body.startsWith('{')) return true;
  if (!body.startsWith('[')) return false;
  // "[Breaking] Title" is news text; "[{", "[1", "[]", '["' are JSON.
  const next = body.slice(1).trimStart().charAt(0);
  return next === '' || '{["]-0123456789tfn'.includes(next);
}

/**
 * The input format: by file extension (.txt/.text, .md/.markdown, .json), otherwise by content
 * (a `---` front matter → markdown, `{` or `[` → json, anything else → text).
 */
export function detectFormat(text: string, fileName: string): InputFormat {
  const byExtension = BY_EXTENSION.get(fileExtension(fileName));
  if (byExtension) return byExtension;
  if (startsWithFrontMatter(text)) return 'markdown';
  if (looksLikeJson(text)) return 'json';
  return 'text';
}
