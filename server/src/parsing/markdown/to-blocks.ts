import type { ArticleWarning } from '../../../../shared/contracts/warnings';
import {
  normalizeInlines,
  normalizeTexts,
  textNode,
  type Block,
  type HeadingLevel,
  type ImageBlock,
  type InlineNode,
  type ListBlock,
  type ListItemNode,
} from '../blocks';
import { MAX_SHORT_TEXT_LENGTH } from '../limits';
import { imageSourceProblem } from '../links';
import { collapseWhitespace } from '../text-utils';
import { convertInline } from './inline';
import { parseMarkdownTokens, type Token } from './tokens';

const LINE_BREAK = textNode('\n');

/** markdown-it's heading tags are h1 to h6. */
function headingLevel(tag: string): HeadingLevel {
  return Number(tag.slice(1)) as HeadingLevel;
}

/** The inline content of blocks nested where Strapi only allows inline nodes (quotes, list items). */
function flattenToInlines(blocks: readonly Block[]): InlineNode[] {
  const out: InlineNode[] = [];
  const add = (inlines: readonly InlineNode[]): void => {
    if (out.length > 0) out.push(LINE_BREAK);
    for (const inline of inlines) out.push(inline);
  };
  for (const block of blocks) {
    if (block.type === 'list') {
      for (const child of block.children) {
        add(child.type === 'list' ? flattenToInlines([child]) : child.children);
      }
    } else {
      add(block.children);
    }
  }
  return out;
}

/** Walks the flat markdown-it token stream, building Strapi blocks. */
class BlockReader {
  private index = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly warnings: ArticleWarning[],
    /** Line of the Markdown's first line in the file (after a front matter). */
    private readonly firstLine: number | undefined
  ) {}

  private lineOf(token: Token): number | undefined {
    return token.map && this.firstLine !== undefined ? token.map[0] + this.firstLine : undefined;
  }

  /** Reads blocks until the closing token of type `closeType` (consumed), or the end. */
  readBlocks(closeType?: string): Block[] {
    const blocks: Block[] = [];
    while (this.index < this.tokens.length) {
      const token = this.tokens[this.index];
      if (closeType !== undefined && token.type === closeType) {
        this.index += 1;
        return blocks;
      }
      const images = closeType === undefined ? this.readImageParagraph(token) : undefined;
      if (images) {
        blocks.push(...images);
        continue;
      }
      const block = this.readBlock(token);
      if (block) blocks.push(block);
    }
    return blocks;
  }

  /**
   * A top-level paragraph of pictures only (`![alt](src "caption")`, one or more, nothing else
   * but line breaks): one image block each, holding the picture's source, alt and caption (the
   * import puts the picture in the Media Library, see server/src/import/images.ts). A picture
   * among text, in a list or a quote stays a link (Strapi's blocks hold images as blocks only).
   */
  private readImageParagraph(token: Token): ImageBlock[] | undefined {
    if (token.type !== 'paragraph_open') return undefined;
    const inline = this.tokens[this.index + 1];
    if (inline?.type !== 'inline' || this.tokens[this.index + 2]?.type !== 'paragraph_close')
      return undefined;
    const parts = (inline.children ?? []).filter(
      (child) =>
        child.type !== 'softbreak' &&
        child.type !== 'hardbreak' &&
        !(child.type === 'text' && child.content.trim() === '')
    );
    if (parts.length === 0) return undefined;
    const images: ImageBlock[] = [];
    for (const part of parts) {
      const src = part.type === 'image' ? (part.attrGet('src') ?? '') : '';
      if (part.type !== 'image' || imageSourceProblem(src)) return undefined;
      const alt = collapseWhitespace(part.content).slice(0, MAX_SHORT_TEXT_LENGTH);
      const caption = collapseWhitespace(part.attrGet('title') ?? '').slice(
        0,
        MAX_SHORT_TEXT_LENGTH
      );
      images.push({
        type: 'image',
        image: { url: src, alternativeText: alt || null, caption: caption || null },
        children: [textNode('')],
      });
    }
    this.index += 3;
    return images;
  }

  private readInlineUntil(closeType: string): InlineNode[] {
    const inlines: InlineNode[] = [];
    this.index += 1;
    while (
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, markdown-it always emits the closing token
      this.index < this.tokens.length &&
      this.tokens[this.index].type !== closeType
    ) {
      // Only `inline` tokens come between a paragraph's or a heading's opening and closing tokens.
      const token = this.tokens[this.index];
      for (const inline of convertInline(token.children, this.warnings, this.lineOf(token))) {
        inlines.push(inline);
      }
      this.index += 1;
    }
    this.index += 1;
    return normalizeInlines(inlines);
  }

  private readBlock(token: Token): Block | undefined {
    switch (token.type) {
      case 'paragraph_open':
        return { type: 'paragraph', children: this.readInlineUntil('paragraph_close') };
      case 'heading_open':
        return {
          type: 'heading',
          level: headingLevel(token.tag),
          children: this.readInlineUntil('heading_close'),
        };
      case 'bullet_list_open':
      case 'ordered_list_open':
        return this.readList(token, 0);
      case 'blockquote_open': {
        this.index += 1;
        const inner = this.readBlocks('blockquote_close');
        return { type: 'quote', children: normalizeInlines(flattenToInlines(inner)) };
      }
      case 'fence':
      case 'code_block': {
        this.index += 1;
        const language = token.info.trim().split(/\s/)[0];
        const children = normalizeTexts([textNode(token.content.replace(/\n$/, ''))]);
        return language === '' ? { type: 'code', children } : { type: 'code', language, children };
      }
      default:
        // hr, stray closing tokens: nothing to keep. (An `inline` token always comes inside a
        // paragraph or a heading, read above.)
        this.index += 1;
        return undefined;
    }
  }

  private readList(open: Token, depth: number): ListBlock {
    const closeType =
      open.type === 'ordered_list_open' ? 'ordered_list_close' : 'bullet_list_close';
    const list: ListBlock = {
      type: 'list',
      format: open.type === 'ordered_list_open' ? 'ordered' : 'unordered',
      children: [],
    };
    if (depth > 0) list.indentLevel = depth;
    this.index += 1;
    while (
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, markdown-it always emits the closing token
      this.index < this.tokens.length &&
      this.tokens[this.index].type !== closeType
    ) {
      // A list holds only items: this is a `list_item_open` token.
      this.index += 1;
      const { item, nested } = this.readListItem(depth);
      list.children.push(item, ...nested);
    }
    this.index += 1;
    return list;
  }

  private readListItem(depth: number): { item: ListItemNode; nested: ListBlock[] } {
    const nested: ListBlock[] = [];
    const content: Block[] = [];
    while (
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, markdown-it always emits the closing token
      this.index < this.tokens.length &&
      this.tokens[this.index].type !== 'list_item_close'
    ) {
      const token = this.tokens[this.index];
      if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
        nested.push(this.readList(token, depth + 1));
      } else {
        const block = this.readBlock(token);
        if (block) content.push(block);
      }
    }
    this.index += 1;
    return {
      item: { type: 'list-item', children: normalizeInlines(flattenToInlines(content)) },
      nested,
    };
  }
}

/**
 * Markdown text → Strapi blocks. HTML stays literal; a paragraph of pictures becomes image
 * blocks, a picture among text a link with a warning.
 */
export function markdownToBlocks(
  source: string,
  warnings: ArticleWarning[],
  firstLine?: number
): Block[] {
  return new BlockReader(parseMarkdownTokens(source), warnings, firstLine).readBlocks();
}
