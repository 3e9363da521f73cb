/**
 * Iterative (non-recursive) helpers over parsed JSON / YAML values. Recursion over user data
 * would overflow the stack on a value nested 100,000 levels deep; these use an explicit stack,
 * so their depth is bounded by memory only.
 */

/** Where a value is: keys and array indexes from the root. */
export type ValuePath = readonly (string | number)[];

interface Frame {
  value: unknown;
  depth: number;
  key: string | number | undefined;
  parent: Frame | undefined;
}

const pathOf = (frame: Frame): (string | number)[] => {
  const out: (string | number)[] = [];
  for (let f: Frame | undefined = frame; f && f.key !== undefined; f = f.parent) out.push(f.key);
  return out.reverse();
};

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Control characters and lone surrogates (global: for `replace`). */
/* eslint-disable no-control-regex */
export const UNPRINTABLE =
  /[\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */

/** A key as a message can show it: control characters and lone surrogates as `\uXXXX`. */
const printable = (key: string) =>
  key.replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** `extra.links[2].url` */
export function formatPath(path: ValuePath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? printable(part) : `.${printable(part)}`;
  }
  return out;
}

/** Why a string cannot be stored as text (NUL, lone UTF-16 surrogate), or undefined. */
export function badCharacterIn(value: string): string | undefined {
  const nul = value.indexOf('\u0000');
  if (nul >= 0) return `a NUL character (\\u0000) at position ${nul + 1}`;
  const lone = LONE_SURROGATE.exec(value);
  if (lone)
    return `a lone UTF-16 surrogate (\\u${lone[0].charCodeAt(0).toString(16)}) at position ${lone.index + 1}`;
  return undefined;
}

export type ValueProblem =
  | { kind: 'tooDeep'; path: ValuePath; limit: number }
  | { kind: 'badCharacter'; path: ValuePath; problem: string };

const isContainer = (value: unknown): value is object =>
  typeof value === 'object' && value !== null;

/**
 * The first problem of a parsed value: nested deeper than `maxDepth` (a scalar is depth 0,
 * `[1]` is 1), or a string (key or value) with a NUL or a lone surrogate.
 */
export function findValueProblem(value: unknown, maxDepth: number): ValueProblem | undefined {
  const stack: Frame[] = [{ value, depth: 0, key: undefined, parent: undefined }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const current = frame.value;
    if (typeof current === 'string') {
      const problem = badCharacterIn(current);
      if (problem) return { kind: 'badCharacter', path: pathOf(frame), problem };
      continue;
    }
    if (!isContainer(current)) continue;
    if (frame.depth + 1 > maxDepth)
      return { kind: 'tooDeep', path: pathOf(frame), limit: maxDepth };
    const entries: [string | number, unknown][] = Array.isArray(current)
      ? current.map((item, index) => [index, item])
      : Object.entries(current);
    // Pushed in reverse: the first problem in document order is found first.
    for (let i = entries.length - 1; i >= 0; i -= 1) {
      const [key, child] = entries[i];
      if (typeof key === 'string') {
        const problem = badCharacterIn(key);
        if (problem) return { kind: 'badCharacter', path: [...pathOf(frame), key], problem };
      }
      stack.push({ value: child, depth: frame.depth + 1, key, parent: frame });
    }
  }
  return undefined;
}

type Container = {
  /** The array or object written. */
  value: object;
  open: string;
  close: string;
  parts: string[];
  items: [string | null, unknown][];
};

const scalarJson = (value: unknown): string | undefined => {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('Do not know how to serialize a BigInt');
    default:
      return undefined; // undefined, functions, symbols
  }
};

const withToJson = (value: unknown): unknown =>
  isContainer(value) && typeof (value as { toJSON?: unknown }).toJSON === 'function'
    ? (value as { toJSON: () => unknown }).toJSON()
    : value;

/**
 * `JSON.stringify(value)` (no replacer, no indentation) with an explicit stack: the same text
 * for plain data, at any depth. Throws a TypeError on a cycle, as JSON.stringify does.
 */
export function stringifyJson(value: unknown): string | undefined {
  const root = withToJson(value);
  const scalar = scalarJson(root);
  if (!isContainer(root)) return scalar;
  const open = (container: object): Container =>
    Array.isArray(container)
      ? {
          value: container,
          open: '[',
          close: ']',
          parts: [],
          items: container.map((item) => [null, item]),
        }
      : {
          value: container,
          open: '{',
          close: '}',
          parts: [],
          items: Object.keys(container).map((key) => [
            key,
            (container as Record<string, unknown>)[key],
          ]),
        };
  // The containers being written, from the root: a child that is one of them is a cycle.
  const ancestors = new Set<object>();
  const stack: Container[] = [];
  const cursors: number[] = [];
  const enter = (container: object) => {
    ancestors.add(container);
    stack.push(open(container));
    cursors.push(0);
  };
  enter(root);
  for (;;) {
    const top = stack[stack.length - 1];
    const index = cursors[cursors.length - 1];
    if (index >= top.items.length) {
      const text = `${top.open}${top.parts.join(',')}${top.close}`;
      stack.pop();
      cursors.pop();
      ancestors.delete(top.value);
      if (stack.length === 0) return text;
      const parent = stack[stack.length - 1];
      const [key] = parent.items[cursors[cursors.length - 1] - 1];
      parent.parts.push(key === null ? text : `${JSON.stringify(key)}:${text}`);
      continue;
    }
    cursors[cursors.length - 1] = index + 1;
    const [key, raw] = top.items[index];
    const child = withToJson(raw);
    if (isContainer(child)) {
      if (ancestors.has(child)) throw new TypeError('Converting circular structure to JSON');
      enter(child);
      continue;
    }
    const text = scalarJson(child);
    if (key === null) top.parts.push(text ?? 'null');
    else if (text !== undefined) top.parts.push(`${JSON.stringify(key)}:${text}`);
  }
}
