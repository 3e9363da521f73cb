import type { ArticleDraft, InputFormat, ParseError, ParseItem } from '../parsing';

export interface Style {
  ok(text: string): string;
  bad(text: string): string;
  warn(text: string): string;
  dim(text: string): string;
}

const plain = (text: string): string => text;
export const PLAIN_STYLE: Style = { ok: plain, bad: plain, warn: plain, dim: plain };

const ansi =
  (code: number) =>
  (text: string): string =>
    `\u001b[${code}m${text}\u001b[0m`;
export const COLOR_STYLE: Style = { ok: ansi(32), bad: ansi(31), warn: ansi(33), dim: ansi(2) };

/** `file:line:column: CODE message` (line and column when known). */
export function formatError(source: string, error: ParseError): string {
  let where = source;
  if (error.line !== undefined) where += `:${error.line}`;
  if (error.line !== undefined && error.column !== undefined) where += `:${error.column}`;
  return `${where}: ${error.code} ${error.message}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function bodySummary(draft: ArticleDraft): string {
  const paragraphs = draft.body.filter((block) => block.type === 'paragraph').length;
  const blocks =
    paragraphs === draft.body.length
      ? plural(paragraphs, 'paragraph')
      : `${plural(draft.body.length, 'block')} (${plural(paragraphs, 'paragraph')})`;
  return `${blocks}, ${plural(draft.wordCount, 'word')}, ${draft.readingTimeMinutes} min read`;
}

const FORMAT_NAMES: Record<InputFormat, string> = {
  text: 'news text',
  markdown: 'Markdown',
  json: 'JSON',
  html: 'HTML page',
};

/** What the source said besides the article: date, dateline, outlet, author box. */
function sourceRows(draft: ArticleDraft): Array<[string, string]> {
  const meta = draft.sourceMeta;
  const rows: Array<[string, string | undefined]> = [
    [
      'published',
      meta.publishedAt ?? (meta.dateText ? `"${meta.dateText}" (not a full date)` : undefined),
    ],
    ['dateline', meta.dateline],
    ['outlet', meta.outlet],
    ['url', meta.sourceUrl],
    ['about box', meta.aboutAuthor],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== undefined);
}

/** A readable summary of one draft, for a terminal. */
export function formatDraft(source: string, draft: ArticleDraft, style: Style): string {
  const none = style.dim('—');
  const rows: Array<[string, string]> = [
    ['format', FORMAT_NAMES[draft.sourceMeta.format]],
    ['title', draft.title],
    ['slug', draft.slug],
    ['category', draft.categoryPath.length > 0 ? draft.categoryPath.join(' / ') : none],
    ['tags', draft.tags.length > 0 ? draft.tags.join(', ') : none],
    ['authors', draft.authors.length > 0 ? draft.authors.join(', ') : none],
    ['body', bodySummary(draft)],
    ...sourceRows(draft),
    ...draft.warnings.map((warning): [string, string] => ['warning', style.warn(warning)]),
  ];
  const lines = rows.map(([label, value]) => `  ${style.dim(label.padEnd(10))}${value}`);
  return [`${style.ok('✔')} ${source}`, ...lines].join('\n');
}

export type JsonResult =
  { file: string; draft: ArticleDraft } | { file: string; error: ParseError };

export function toJsonResult(item: ParseItem): JsonResult {
  if (item.ok) return { file: item.source, draft: item.draft };
  const error: ParseError = { code: item.error.code, message: item.error.message };
  if (item.error.line !== undefined) error.line = item.error.line;
  if (item.error.column !== undefined) error.column = item.error.column;
  return { file: item.source, error };
}
