/**
 * The article's DOM → Strapi blocks: headings, paragraphs, lists (nested), quotes, code, with
 * links and emphasis kept. Images, figures and embeds are left out (covers and media are imported
 * from front matter / JSON, not guessed from a page).
 */
import {
  normalizeInlines,
  normalizeTexts,
  textNode,
  type Block,
  type HeadingLevel,
  type InlineNode,
  type ListBlock,
  type ListItemNode,
  type TextMarks,
  type TextNode,
} from '../blocks';
import { isAllowedLinkUrl } from '../links';

const MARKS: Record<string, keyof TextMarks> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  u: 'underline',
  s: 'strikethrough',
  del: 'strikethrough',
  strike: 'strikethrough',
  code: 'code',
  kbd: 'code',
};

const SKIPPED = new Set([
  'img',
  'picture',
  'video',
  'audio',
  'figcaption',
  'source',
  'track',
  'map',
]);
const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'div',
  'section',
  'article',
  'main',
  'header',
  'figure',
  'table',
  'tbody',
  'thead',
  'tr',
  'td',
  'th',
  'dl',
  'dt',
  'dd',
  'hr',
  'li',
]);

const HEADINGS: Record<string, HeadingLevel> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface Context {
  /** Resolves relative links (the page's canonical URL), when known. */
  base: string | undefined;
}

function tagOf(node: Node): string {
  // Stryker disable next-line StringLiteral: equivalent, a text or comment node's "tag" is only compared with element names, which no other string matches either
  return node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toLowerCase() : '';
}

function linkUrl(element: Element, context: Context): string | undefined {
  const href = element.getAttribute('href')?.trim();
  // In-page anchors are no links of the article (against the page's URL they would look like one).
  // `javascript:` and other schemes are refused by isAllowedLinkUrl.
  if (!href || href.startsWith('#')) return undefined;
  let url = href;
  if (context.base && !/^[a-z][a-z0-9+.-]*:/iu.test(href)) {
    try {
      url = new URL(href, context.base).toString();
    } catch {
      // Not a URL even against the page's: left as written, for isAllowedLinkUrl to judge.
    }
  }
  return isAllowedLinkUrl(url) ? url : undefined;
}

/** The inline content of a node's children: text with marks and links. */
function inlines(node: Node, marks: TextMarks, context: Context, out: InlineNode[]): void {
  for (const child of Array.from(node.childNodes)) inline(child, marks, context, out);
}

/** One node as inline content; blocks met inside are flattened to their text. */
function inline(child: Node, marks: TextMarks, context: Context, out: InlineNode[]): void {
  if (child.nodeType === TEXT_NODE) {
    out.push(textNode((child as Text).data.replace(/\s+/gu, ' '), marks));
    return;
  }
  // A comment has no tag and no children: it adds nothing below.
  const tag = tagOf(child);
  if (SKIPPED.has(tag)) return;
  if (tag === 'br') {
    out.push(textNode(' ', marks));
    return;
  }
  const mark = MARKS[tag];
  const childMarks = mark ? { ...marks, [mark]: true } : marks;
  if (tag === 'a') {
    const url = linkUrl(child as Element, context);
    const inner: InlineNode[] = [];
    inlines(child, childMarks, context, inner);
    const texts = inner.flatMap((item) => (item.type === 'text' ? [item] : item.children));
    if (url && texts.some((item) => item.text.trim() !== '')) {
      out.push({ type: 'link', url, children: texts });
    } else out.push(...texts);
    return;
  }
  inlines(child, childMarks, context, out);
  // A block inside inline content (a <p> in an <li>) still separates words.
  if (BLOCK_TAGS.has(tag)) out.push(textNode(' ', marks));
}

/** Trims the first and last texts and collapses inner spaces; undefined when empty. */
function finish(nodes: InlineNode[]): InlineNode[] | undefined {
  const merged = normalizeInlines(nodes);
  const trimEdge = (node: InlineNode, atStart: boolean): InlineNode => {
    const trim = (text: TextNode): TextNode =>
      textNode(atStart ? text.text.trimStart() : text.text.trimEnd(), text);
    if (node.type === 'text') return trim(node);
    const children = Array.from(node.children);
    const index = atStart ? 0 : children.length - 1;
    children[index] = trim(children[index]);
    return { ...node, children: normalizeTexts(children) };
  };
  merged[0] = trimEdge(merged[0], true);
  merged[merged.length - 1] = trimEdge(merged[merged.length - 1], false);
  const result = normalizeInlines(merged).map((node) =>
    node.type === 'text' ? textNode(node.text.replace(/ {2,}/gu, ' '), node) : node
  );
  const texts = result.flatMap((node) => (node.type === 'text' ? [node] : node.children));
  return texts.some((node) => node.text.trim() !== '') ? result : undefined;
}

function listBlock(element: Element, context: Context, depth: number): ListBlock | undefined {
  const children: Array<ListItemNode | ListBlock> = [];
  for (const item of Array.from(element.children)) {
    if (tagOf(item) !== 'li') continue;
    const itemInlines: InlineNode[] = [];
    const nested: ListBlock[] = [];
    for (const child of Array.from(item.childNodes)) {
      const tag = tagOf(child);
      if (tag === 'ul' || tag === 'ol') {
        const sub = listBlock(child as Element, context, depth + 1);
        if (sub) nested.push(sub);
      } else {
        inline(child, {}, context, itemInlines);
      }
    }
    const text = finish(itemInlines);
    if (text) children.push({ type: 'list-item', children: text });
    children.push(...nested);
  }
  if (children.length === 0) return undefined;
  const block: ListBlock = {
    type: 'list',
    format: tagOf(element) === 'ol' ? 'ordered' : 'unordered',
    children,
  };
  if (depth > 0) block.indentLevel = depth;
  return block;
}

/** Walks block-level content; loose inline runs between blocks become paragraphs. */
function walk(node: Node, context: Context, out: Block[]): void {
  let run: InlineNode[] = [];
  const flush = (): void => {
    const children = finish(run);
    if (children) out.push({ type: 'paragraph', children });
    run = [];
  };
  for (const child of Array.from(node.childNodes)) {
    const tag = tagOf(child);
    if (child.nodeType === TEXT_NODE) {
      run.push(textNode((child as Text).data.replace(/\s+/gu, ' ')));
      continue;
    }
    // Comments and the skipped elements (images, media) are inline: inline() leaves them out.
    if (!BLOCK_TAGS.has(tag)) {
      inline(child, {}, context, run);
      continue;
    }
    flush();
    const element = child as Element;
    const level = HEADINGS[tag];
    if (level) {
      const children = finish(collect(element, context));
      if (children) out.push({ type: 'heading', level, children });
    } else if (tag === 'ul' || tag === 'ol') {
      const list = listBlock(element, context, 0);
      if (list) out.push(list);
    } else if (tag === 'blockquote') {
      const inner: Block[] = [];
      walk(element, context, inner);
      const quoted: InlineNode[] = [];
      for (const block of inner) {
        // A space between the quote's paragraphs (finish() trims the first).
        quoted.push(textNode(' '));
        if (block.type !== 'list' && block.type !== 'code') quoted.push(...block.children);
      }
      const children = finish(quoted);
      if (children) out.push({ type: 'quote', children });
    } else if (tag === 'pre') {
      const code = element.textContent ?? '';
      if (code.trim() !== '')
        out.push({ type: 'code', children: [textNode(code.replace(/\n$/u, ''))] });
    } else if (tag === 'tr') {
      const cells = Array.from(element.children)
        .map((cell) => collapse(cell.textContent ?? ''))
        .filter(Boolean);
      if (cells.length > 0)
        out.push({ type: 'paragraph', children: [textNode(cells.join(' | '))] });
    } else {
      // Containers (div, section, p, dd …) are walked: their paragraphs stay paragraphs.
      walk(element, context, out);
    }
  }
  flush();
}

function collapse(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

function collect(element: Element, context: Context): InlineNode[] {
  const out: InlineNode[] = [];
  inlines(element, {}, context, out);
  return out;
}

/** The blocks of an article element. */
export function htmlToBlocks(root: Node, base: string | undefined): Block[] {
  const out: Block[] = [];
  walk(root, { base }, out);
  return out;
}
