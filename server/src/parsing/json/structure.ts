import { fail } from '../errors';
import { MAX_DOCUMENT_DEPTH } from '../limits';
import { lineColumnAt } from '../text-utils';
import { Scanner } from './locate-error';

/** Line of each key of an article object (the root object, or each element of a root array). */
export type ArticleKeyLines = Map<number, Map<string, number>>;

type Frame =
  /** An object: the keys seen so far, with their lines; whether a key comes next. */
  | { kind: '{'; keys: Map<string, number>; expectKey: boolean }
  /** An array: the index of the next element. */
  | { kind: '['; next: number };

/**
 * Checks what JSON.parse lets through in a valid JSON text: nesting deeper than
 * MAX_DOCUMENT_DEPTH (TOO_DEEP) and keys repeated in one object (JSON.parse silently keeps the
 * last one: INVALID_FIELD). Iterative, linear. Returns the line of every key of the article
 * objects, for error messages.
 */
export function checkJsonStructure(text: string): ArticleKeyLines {
  const s = new Scanner(text);
  const stack: Frame[] = [];
  const articles: ArticleKeyLines = new Map();
  const lineAt = (offset: number) => lineColumnAt(text, offset);
  // An article object: the root object (index 0) or an object element of the root array.
  const articleIndex = (): number | undefined => {
    if (stack.length === 0) return 0;
    const [root] = stack;
    return stack.length === 1 && root.kind === '[' ? root.next : undefined;
  };
  for (;;) {
    s.skipWhitespace();
    const char = text[s.i];
    if (char === undefined) break;
    const top = stack[stack.length - 1];
    if (char === ',' || char === ':') {
      if (
        char === ',' &&
        // Stryker disable next-line ConditionalExpression,OptionalChaining: equivalent, a comma is always inside an object or an array, and an array's expectKey is never read
        top?.kind === '{'
      )
        top.expectKey = true;
      s.i += 1;
      continue;
    }
    if (char === '}' || char === ']') {
      stack.pop();
      s.i += 1;
      continue;
    }
    // Where a key is due, the text (valid JSON) has a '"' (or a '}', read above).
    if (top?.kind === '{' && top.expectKey) {
      const start = s.i;
      s.string();
      const key = JSON.parse(text.slice(start, s.i)) as string;
      const { line } = lineAt(start);
      const first = top.keys.get(key);
      if (first !== undefined) {
        fail(
          'INVALID_FIELD',
          `Key "${key}" appears twice in the same object (lines ${first} and ${line}): keep only one.`,
          line,
          lineAt(start).column
        );
      }
      top.keys.set(key, line);
      top.expectKey = false;
      continue;
    }
    // A value starts here.
    const index = articleIndex();
    if (top?.kind === '[') top.next += 1;
    if (char === '{' || char === '[') {
      if (stack.length + 1 > MAX_DOCUMENT_DEPTH) {
        const { line, column } = lineAt(s.i);
        fail(
          'TOO_DEEP',
          `The JSON is nested more than ${MAX_DOCUMENT_DEPTH} levels deep at line ${line}: flatten it (an article needs far less).`,
          line,
          column
        );
      }
      const frame: Frame =
        char === '{' ? { kind: '{', keys: new Map(), expectKey: true } : { kind: '[', next: 0 };
      if (frame.kind === '{' && index !== undefined) articles.set(index, frame.keys);
      stack.push(frame);
      s.i += 1;
    } else if (char === '"') s.string();
    else if (char === '-' || (char >= '0' && char <= '9')) s.number();
    else s.i += char === 'f' ? 5 : 4; // true, null, false (the text is valid JSON)
  }
  return articles;
}
