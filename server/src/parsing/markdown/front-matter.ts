import { isRecord } from '../../../../shared/contracts';
import {
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
} from 'yaml';
import { checkDocumentValue } from '../document-value';
import { fail } from '../errors';
import { MAX_DOCUMENT_DEPTH } from '../limits';
import { lineColumnAt } from '../text-utils';

export interface FrontMatter {
  /** The front matter's key/value pairs ({} when there is none). */
  data: Record<string, unknown>;
  /** The Markdown after the front matter. */
  body: string;
  /** 1-based line of a front-matter key in the file, for error messages. */
  keyLine: (key: string) => number | undefined;
  /** 1-based line of the body's first line in the file. */
  bodyLine?: number;
}

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

/** `!!str 12` only says "this is text"; other tags make binaries, sets, dates or unknown types. */
const ALLOWED_TAGS = new Set(['tag:yaml.org,2002:str']);

/**
 * Refuses what an article's front matter has no use for and what could hurt: aliases (`*a`,
 * the "billion laughs" bomb and self-referencing cycles), explicit tags (`!!binary`, `!!set`,
 * `!custom`), and nesting deeper than MAX_DOCUMENT_DEPTH. Walks the YAML nodes without recursion.
 */
function checkYamlNodes(doc: Document.Parsed, yamlText: string): void {
  const lineOf = (node: unknown): number | undefined => {
    const range = isNode(node) ? node.range : undefined;
    return range ? lineColumnAt(yamlText, range[0]).line + 1 : undefined;
  };
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (isAlias(node)) {
      fail(
        'INVALID_FRONT_MATTER',
        `The front matter uses a YAML alias (*${node.source}) on line ${lineOf(node)}: aliases are not accepted, write the value itself.`,
        lineOf(node)
      );
    }
    if (isNode(node) && node.tag !== undefined && !ALLOWED_TAGS.has(node.tag)) {
      fail(
        'INVALID_FRONT_MATTER',
        `The front matter uses the YAML tag ${node.tag.replace('tag:yaml.org,2002:', '!!')} on line ${lineOf(node)}: tags are not accepted, write a plain value.`,
        lineOf(node)
      );
    }
    if (isMap(node) || isSeq(node)) {
      if (depth + 1 > MAX_DOCUMENT_DEPTH) {
        fail(
          'TOO_DEEP',
          `The front matter is nested more than ${MAX_DOCUMENT_DEPTH} levels deep on line ${lineOf(node)}: flatten it.`,
          lineOf(node)
        );
      }
      // Pushed in reverse: the first problem in document order is reported.
      // Stryker disable next-line ArithmeticOperator: equivalent, items[length] is undefined, which the walk skips
      for (let i = node.items.length - 1; i >= 0; i -= 1) {
        stack.push({ node: node.items[i], depth: depth + 1 });
      }
    } else if (isPair(node)) {
      stack.push({ node: node.value, depth }, { node: node.key, depth });
    }
  }
}

/** Splits a `---` YAML front matter off a Markdown text and parses it. Throws ParseFailure. */
export function readFrontMatter(text: string): FrontMatter {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0])) return { data: {}, body: text, keyLine: () => undefined };
  const close = lines.findIndex((line, index) => index > 0 && CLOSING_FENCE.test(line));
  if (close === -1) {
    fail(
      'INVALID_FRONT_MATTER',
      'The front matter opened by "---" on line 1 is never closed: add a line with --- after the last key.',
      1,
      1
    );
  }
  const yamlText = lines.slice(1, close).join('\n');
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const { line, column } = lineColumnAt(yamlText, error.pos[0]);
    fail(
      'INVALID_FRONT_MATTER',
      // Stryker disable next-line Regex: equivalent, no YAML message has a period before its end
      `The front matter (YAML) has an error on line ${line + 1}: ${error.message.replace(/\.$/, '')}. ` +
        'Quote values that contain ": " or start with a special character, and indent lists consistently.',
      line + 1,
      column
    );
  }
  checkYamlNodes(doc, yamlText);
  let data: unknown;
  // Defence in depth: checkYamlNodes has refused every alias, the only thing toJS throws for.
  // Stryker disable all: equivalent or unreachable (see above)
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (caught) {
    const detail = caught instanceof Error ? caught.message : String(caught);
    fail('INVALID_FRONT_MATTER', `The front matter (YAML) cannot be read: ${detail}.`, 2);
  }
  // Stryker restore all
  // An empty front matter (`---` then `---`) is null.
  data ??= {};
  if (!isRecord(data)) {
    fail(
      'INVALID_FRONT_MATTER',
      'The front matter must be "key: value" lines (title: …, tags: […]), not a list or a single value.',
      2
    );
  }
  const contents = doc.contents;
  const keyLine = (key: string): number | undefined => {
    if (!isMap(contents)) return undefined;
    const pair = contents.items.find((item) => isScalar(item.key) && item.key.value === key);
    const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
    return range ? lineColumnAt(yamlText, range[0]).line + 1 : undefined;
  };
  checkDocumentValue(data, (path) => keyLine(String(path[0])), 'Front matter: ');
  return { data, body: lines.slice(close + 1).join('\n'), keyLine, bodyLine: close + 2 };
}
