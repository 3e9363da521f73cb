import MarkdownIt from 'markdown-it';

export type Token = ReturnType<MarkdownIt['parse']>[number];

let instance: MarkdownIt | undefined;

/**
 * CommonMark + strikethrough, raw HTML off (HTML stays literal text), no tables (kept as text),
 * no typographic replacements (quotes and dashes stay as written).
 */
export function markdownParser(): MarkdownIt {
  // Stryker disable next-line ConditionalExpression: equivalent, a new parser for each text reads the same (only slower)
  if (!instance) {
    instance = new MarkdownIt({ html: false, linkify: false, typographer: false });
    instance.disable('table');
  }
  return instance;
}

export function parseMarkdownTokens(source: string): Token[] {
  return markdownParser().parse(source, {});
}
