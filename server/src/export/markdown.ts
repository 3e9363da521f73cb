import type {
  Block,
  BlockImage,
  CodeBlock,
  InlineNode,
  ListBlock,
  TextMarks,
  TextNode,
} from '../parsing/blocks';

/**
 * Strapi blocks → Markdown that the importer's Markdown reader (markdown-it, CommonMark +
 * strikethrough, no HTML) turns back into the same blocks. Text is escaped where CommonMark
 * would read it as syntax; line breaks inside a block are hard breaks (`\` at the line end).
 * Markdown has no underline: underlined text is written plain (JSON export keeps it).
 */

type Mark = 'bold' | 'italic' | 'strikethrough';
/** Outer to inner: the order marks are opened in. Code is a span of its own (innermost). */
const MARKS: readonly Mark[] = ['bold', 'italic', 'strikethrough'];
const DELIMITER: Record<Mark, string> = { bold: '**', italic: '*', strikethrough: '~~' };

/** Characters CommonMark may read as inline syntax anywhere in a line. */
const INLINE_SPECIAL = /[\\`*_[\]<~]/g;
/** `&name;` / `&#123;` would be decoded as an entity. */
const ENTITY = /&(?=#?[0-9A-Za-z]+;)/g;

/** What a line may not start with: headings, quotes, list markers, setext underlines, fences. */
const escapeLineStart = (line: string): string => {
  const ordered = /^(\d{1,9})([.)])/.exec(line);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${line.slice(ordered[0].length)}`;
  return /^[#>+\-=]/.test(line) ? `\\${line}` : line;
};

export const escapeText = (text: string): string =>
  text.replace(INLINE_SPECIAL, (char) => `\\${char}`).replace(ENTITY, '\\&');

/** A code span whose fence is longer than any backtick run inside it. */
const codeSpan = (text: string): string => {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space at each end when both ends have one: pad so that it strips ours.
  const pad = /^[ `]|[ `]$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
};

/** Hard line break: a backslash at the end of the line. */
const HARD_BREAK = '\\\n';

const renderText = (node: TextNode, extraEscape: (text: string) => string): string => {
  const lines = node.text.split('\n');
  return lines
    .map((line) => (node.code ? codeSpan(line) : extraEscape(escapeText(line))))
    .join(HARD_BREAK);
};

const activeMarks = (marks: TextMarks): Mark[] => MARKS.filter((mark) => marks[mark] === true);

interface InlineOptions {
  /** Escapes a heading needs on top of the inline ones (a closing `#` sequence). */
  extraEscape?: (text: string) => string;
}

/** Inline nodes → one Markdown string; lines (hard breaks) separated by "\n". */
export const renderInlines = (
  nodes: readonly InlineNode[],
  options: InlineOptions = {}
): string => {
  const extraEscape = options.extraEscape ?? ((text: string) => text);
  let out = '';
  const open: Mark[] = [];
  const closeTo = (depth: number): void => {
    while (open.length > depth) out += DELIMITER[open.pop()!];
  };
  for (const node of nodes) {
    if (node.type === 'link') {
      closeTo(0);
      out += `[${renderInlines(node.children, options)}](${linkDestination(node.url)})`;
      continue;
    }
    if (node.text === '') continue;
    const wanted = activeMarks(node);
    // Keep the marks both nodes share (a prefix of the open stack), close the rest, open the new.
    let keep = 0;
    while (keep < open.length && keep < wanted.length && open[keep] === wanted[keep]) keep += 1;
    closeTo(keep);
    for (const mark of wanted.slice(keep)) {
      out += DELIMITER[mark];
      open.push(mark);
    }
    out += renderText(node, extraEscape);
  }
  closeTo(0);
  return out
    .split('\n')
    .map((line) => escapeLineStart(line))
    .join('\n');
};

const linkDestination = (url: string): string =>
  /[\s<>]/.test(url)
    ? url.replace(/[()\s<>\\]/g, (c) => encodeURI(c))
    : url.replace(/[()\\]/g, (c) => `\\${c}`);

const indent = (text: string, prefix: string, first = prefix): string =>
  text
    .split('\n')
    .map((line, index) => (index === 0 ? first : prefix) + line)
    .join('\n');

const renderCode = (block: CodeBlock): string => {
  const content = block.children.map((child) => child.text).join('');
  const longest = Math.max(2, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${block.language ?? ''}\n${content}\n${fence}`;
};

/** Markers that differ from the previous list's, so that two lists in a row stay two lists. */
const listMarker = (list: ListBlock, alternate: boolean) =>
  list.format === 'ordered' ? (alternate ? ')' : '.') : alternate ? '*' : '-';

const renderList = (list: ListBlock, alternate: boolean): string => {
  const marker = listMarker(list, alternate);
  const lines: string[] = [];
  let number = 0;
  let width = 2;
  for (const child of list.children) {
    if (child.type === 'list') {
      // A nested list sits under the item before it, indented to that item's text.
      lines.push(indent(renderList(child, false), ' '.repeat(width)));
      continue;
    }
    number += 1;
    const bullet = list.format === 'ordered' ? `${number}${marker} ` : `${marker} `;
    width = bullet.length;
    const text = renderInlines(child.children);
    lines.push(indent(text, ' '.repeat(width), bullet));
  }
  return lines.join('\n');
};

/** Blocks → Markdown, blocks separated by a blank line. */
export const blocksToMarkdown = (blocks: readonly Block[]): string => {
  const parts: string[] = [];
  let previousList: { format: string; alternate: boolean } | undefined;
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        parts.push(renderInlines(block.children));
        break;
      case 'heading': {
        // A heading is one line; a `#` anywhere in it could end up closing it: escape them all.
        const inline = renderInlines(
          block.children.map((child) => withoutLineBreaks(child)),
          { extraEscape: (text) => text.replace(/#/g, '\\#') }
        );
        parts.push(`${'#'.repeat(block.level)} ${inline}`.trimEnd());
        break;
      }
      case 'quote':
        parts.push(indent(renderInlines(block.children), '> '));
        break;
      case 'code':
        parts.push(renderCode(block));
        break;
      case 'image':
        parts.push(renderImage(block.image));
        break;
      case 'list': {
        const alternate =
          previousList !== undefined &&
          previousList.format === block.format &&
          !previousList.alternate;
        parts.push(renderList(block, alternate));
        previousList = { format: block.format, alternate };
        continue;
      }
    }
    previousList = undefined;
  }
  return parts.join('\n\n');
};

/**
 * An image block as Markdown: `![alt](url "caption")`, the alt's brackets and the caption's
 * quotes escaped, the address in <> when it holds spaces or parentheses.
 */
const renderImage = (image: BlockImage): string => {
  const alt = (image.alternativeText ?? '')
    .replace(/[\\[\]]/g, (c) => `\\${c}`)
    .replace(/\s+/g, ' ');
  const url = /[\s()<>]/.test(image.url)
    ? `<${image.url.replace(/[<>]/g, encodeURIComponent)}>`
    : image.url;
  const caption = image.caption
    ? ` "${image.caption.replace(/["\\]/g, (c) => `\\${c}`).replace(/\s+/g, ' ')}"`
    : '';
  return `![${alt}](${url}${caption})`;
};

/** A heading cannot hold a line break: it becomes a space. */
const withoutLineBreaks = (node: InlineNode): InlineNode =>
  node.type === 'link'
    ? {
        ...node,
        children: node.children.map((child) => ({
          ...child,
          text: child.text.replace(/\n/g, ' '),
        })),
      }
    : { ...node, text: node.text.replace(/\n/g, ' ') };
