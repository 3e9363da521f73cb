/**
 * Strapi 5 rich-text "blocks" JSON, as the blocks editor and the entity validator know it.
 */

export interface TextMarks {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}

export interface TextNode extends TextMarks {
  type: 'text';
  text: string;
}

export interface LinkNode {
  type: 'link';
  url: string;
  children: TextNode[];
}

export type InlineNode = TextNode | LinkNode;

export interface ParagraphBlock {
  type: 'paragraph';
  children: InlineNode[];
}

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface HeadingBlock {
  type: 'heading';
  level: HeadingLevel;
  children: InlineNode[];
}

export interface ListItemNode {
  type: 'list-item';
  children: InlineNode[];
}

export type ListFormat = 'ordered' | 'unordered';

export interface ListBlock {
  type: 'list';
  format: ListFormat;
  /** Set on nested lists (1 = first nesting level); a nested list sits among its parent's children. */
  indentLevel?: number;
  children: Array<ListItemNode | ListBlock>;
}

export interface QuoteBlock {
  type: 'quote';
  children: InlineNode[];
}

export interface CodeBlock {
  type: 'code';
  language?: string;
  children: TextNode[];
}

export type Block = ParagraphBlock | HeadingBlock | ListBlock | QuoteBlock | CodeBlock;

export const MARK_KEYS = ['bold', 'italic', 'underline', 'strikethrough', 'code'] as const;
export type MarkKey = (typeof MARK_KEYS)[number];

/** A text node carrying only the marks that are on. */
export function textNode(text: string, marks: TextMarks = {}): TextNode {
  const node: TextNode = { type: 'text', text };
  for (const key of MARK_KEYS) {
    if (marks[key] === true) node[key] = true;
  }
  return node;
}

export function paragraphBlock(text: string): ParagraphBlock {
  return { type: 'paragraph', children: [textNode(text)] };
}

function sameMarks(a: TextMarks, b: TextMarks): boolean {
  return MARK_KEYS.every((key) => (a[key] === true) === (b[key] === true));
}

function mergeTexts(nodes: TextNode[]): TextNode[] {
  const out: TextNode[] = [];
  for (const node of nodes) {
    if (node.text === '') continue;
    const last = out[out.length - 1];
    if (last && sameMarks(last, node)) {
      out[out.length - 1] = textNode(last.text + node.text, last);
    } else {
      out.push(textNode(node.text, node));
    }
  }
  return out;
}

/** Text nodes merged and without empties; never an empty array. */
export function normalizeTexts(nodes: TextNode[]): TextNode[] {
  const out = mergeTexts(nodes);
  return out.length > 0 ? out : [textNode('')];
}

/** Inline nodes with adjacent same-mark texts merged and empty texts dropped; never empty. */
export function normalizeInlines(nodes: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  let run: TextNode[] = [];
  const flush = (): void => {
    for (const text of mergeTexts(run)) out.push(text);
    run = [];
  };
  for (const node of nodes) {
    if (node.type === 'text') {
      run.push(node);
    } else {
      flush();
      out.push({ type: 'link', url: node.url, children: normalizeTexts(node.children) });
    }
  }
  flush();
  return out.length > 0 ? out : [textNode('')];
}

export function inlineText(nodes: readonly InlineNode[]): string {
  let out = '';
  for (const node of nodes) {
    out += node.type === 'text' ? node.text : inlineText(node.children);
  }
  return out;
}

/** The plain text of each line of a block (a list gives one line per item). */
export function blockLines(block: Block | ListItemNode): string[] {
  switch (block.type) {
    case 'list':
      return block.children.flatMap((child) => blockLines(child));
    case 'list-item':
    case 'paragraph':
    case 'heading':
    case 'quote':
    case 'code':
      return [inlineText(block.children)];
  }
}

export function blockText(block: Block): string {
  return blockLines(block).join('\n');
}

/** All the text of a body, blocks separated by blank lines. */
export function blocksToPlainText(blocks: readonly Block[]): string {
  return blocks.map(blockText).join('\n\n');
}
