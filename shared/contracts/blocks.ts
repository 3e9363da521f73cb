/**
 * Strapi 5 rich-text "blocks" JSON, as the blocks editor and the entity validator know it: the
 * article body the parser makes, the engine stores and the admin previews. Types only.
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

/**
 * A picture as an image block holds it. What the parser makes holds the picture's source only
 * (`url`: the path or address as written, `alternativeText`, `caption`); the import puts the
 * Media Library file there instead (its url, name, sizes, formats… as the blocks editor keeps
 * them), see server/src/import/images.ts.
 */
export interface BlockImage {
  url: string;
  alternativeText?: string | null;
  caption?: string | null;
  name?: string;
  [field: string]: unknown;
}

export interface ImageBlock {
  type: 'image';
  image: BlockImage;
  children: TextNode[];
}

export type Block = ParagraphBlock | HeadingBlock | ListBlock | QuoteBlock | CodeBlock | ImageBlock;
