import { articleWarning, type ArticleWarning } from '../../../shared/contracts/warnings';
import {
  MARK_KEYS,
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
} from './blocks';
import { fail } from './errors';
import { MAX_LIST_DEPTH } from './limits';
import { isStorableLink, LINK_RULE, linkUrlProblem } from './links';

type Json = Record<string, unknown>;

const BLOCK_TYPES = 'paragraph, heading, list, quote or code';

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(path: string, problem: string): never {
  return fail(
    'INVALID_FIELD',
    `${path}: ${problem}. Fix this block or give the body as Markdown text instead.`
  );
}

function childrenOf(node: Json, path: string): unknown[] {
  const children = node.children;
  if (!Array.isArray(children)) invalid(path, '"children" must be an array');
  if (children.length === 0)
    invalid(path, '"children" must not be empty (use [{ "type": "text", "text": "" }])');
  return children;
}

function readText(node: unknown, path: string): TextNode {
  if (!isObject(node) || node.type !== 'text')
    invalid(path, 'expected a text node { "type": "text", "text": "…" }');
  if (typeof node.text !== 'string') invalid(path, 'a text node needs a string "text"');
  const marks: TextMarks = {};
  for (const key of MARK_KEYS) {
    const value = node[key];
    if (value === undefined) continue;
    if (typeof value !== 'boolean') invalid(path, `"${key}" must be true or false`);
    marks[key] = value;
  }
  return textNode(node.text, marks);
}

function readInline(node: unknown, path: string, warnings: ArticleWarning[]): InlineNode[] {
  if (isObject(node) && node.type === 'link') {
    if (typeof node.url !== 'string') invalid(path, `a link needs a "url": ${LINK_RULE}`);
    const problem = linkUrlProblem(node.url);
    if (problem)
      invalid(
        path,
        `the link URL ${JSON.stringify(node.url.slice(0, 80))} ${problem}; ${LINK_RULE}`
      );
    const children = normalizeTexts(
      childrenOf(node, path).map((child, i) => readText(child, `${path}.children[${i}]`))
    );
    if (!isStorableLink(node.url)) {
      // Safe, but Strapi's rich text refuses "#…" and "?…" links: the text stays, unlinked.
      warnings.push(
        articleWarning(
          'LINK_KEPT_AS_TEXT',
          { url: node.url },
          `Link to ${JSON.stringify(node.url)} kept as plain text: Strapi's rich text cannot hold links that start with # or ?`
        )
      );
      return children;
    }
    return [{ type: 'link', url: node.url, children }];
  }
  if (isObject(node) && node.type === 'text') return [readText(node, path)];
  return invalid(path, 'expected a text or link node');
}

function readInlines(node: Json, path: string, warnings: ArticleWarning[]): InlineNode[] {
  const inlines = childrenOf(node, path).flatMap((child, i) =>
    readInline(child, `${path}.children[${i}]`, warnings)
  );
  return normalizeInlines(inlines);
}

function readList(node: Json, path: string, depth: number, warnings: ArticleWarning[]): ListBlock {
  if (depth > MAX_LIST_DEPTH) invalid(path, `lists may nest at most ${MAX_LIST_DEPTH} levels deep`);
  if (node.format !== 'ordered' && node.format !== 'unordered') {
    invalid(path, '"format" must be "ordered" or "unordered"');
  }
  const children = childrenOf(node, path).map((child, i): ListItemNode | ListBlock => {
    const childPath = `${path}.children[${i}]`;
    if (isObject(child) && child.type === 'list')
      return readList(child, childPath, depth + 1, warnings);
    if (isObject(child) && child.type === 'list-item') {
      return { type: 'list-item', children: readInlines(child, childPath, warnings) };
    }
    return invalid(childPath, 'a list holds "list-item" nodes and nested "list" nodes');
  });
  const list: ListBlock = { type: 'list', format: node.format, children };
  const indent = node.indentLevel;
  if (indent !== undefined && indent !== null) {
    if (typeof indent !== 'number' || !Number.isInteger(indent) || indent < 0) {
      invalid(path, '"indentLevel" must be a whole number ≥ 0');
    }
    if (indent > 0) list.indentLevel = indent;
  } else if (depth > 0) {
    list.indentLevel = depth;
  }
  return list;
}

function readBlock(node: unknown, path: string, warnings: ArticleWarning[]): Block {
  if (!isObject(node)) return invalid(path, `expected a block object (${BLOCK_TYPES})`);
  switch (node.type) {
    case 'paragraph':
    case 'quote':
      return { type: node.type, children: readInlines(node, path, warnings) };
    case 'heading': {
      const level = node.level;
      if (level !== 1 && level !== 2 && level !== 3 && level !== 4 && level !== 5 && level !== 6) {
        return invalid(path, '"level" must be a number from 1 to 6');
      }
      const heading: { type: 'heading'; level: HeadingLevel; children: InlineNode[] } = {
        type: 'heading',
        level,
        children: readInlines(node, path, warnings),
      };
      return heading;
    }
    case 'list':
      return readList(node, path, 0, warnings);
    case 'code': {
      const texts = childrenOf(node, path).map((child, i) =>
        readText(child, `${path}.children[${i}]`)
      );
      const children = normalizeTexts(texts);
      const language = node.language ?? '';
      if (typeof language !== 'string') return invalid(path, '"language" must be a string');
      return language === '' ? { type: 'code', children } : { type: 'code', language, children };
    }
    case 'image':
      return invalid(
        path,
        'image blocks cannot be imported (upload the image in the Media Library and set it as the cover)'
      );
    default:
      return invalid(path, `unknown block type ${JSON.stringify(node.type)}; use ${BLOCK_TYPES}`);
  }
}

/** Checks a JSON `body` given as Strapi blocks and returns a clean copy. Throws INVALID_FIELD. */
export function validateBlocks(
  value: unknown,
  path = 'body',
  // Stryker disable next-line ArrayDeclaration: a caller that passes no list never reads it
  warnings: ArticleWarning[] = []
): Block[] {
  if (!Array.isArray(value)) return invalid(path, 'expected an array of blocks');
  return value.map((node, i) => readBlock(node, `${path}[${i}]`, warnings));
}
