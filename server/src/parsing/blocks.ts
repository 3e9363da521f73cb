import type {
  Block,
  InlineNode,
  ListItemNode,
  ParagraphBlock,
  TextMarks,
  TextNode,
} from '../../../shared/contracts/blocks';

/** Building and reading Strapi 5 rich-text blocks (the types are in shared/contracts/blocks). */
export type {
  Block,
  BlockImage,
  ImageBlock,
  CodeBlock,
  HeadingBlock,
  HeadingLevel,
  InlineNode,
  LinkNode,
  ListBlock,
  ListFormat,
  ListItemNode,
  ParagraphBlock,
  QuoteBlock,
  TextMarks,
  TextNode,
} from '../../../shared/contracts/blocks';

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
    case 'image':
      return [];
  }
}

export function blockText(block: Block): string {
  return blockLines(block).join('\n');
}

/** All the text of a body, blocks separated by blank lines. */
export function blocksToPlainText(blocks: readonly Block[]): string {
  return blocks.map(blockText).join('\n\n');
}
