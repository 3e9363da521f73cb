/**
 * Finds where a JSON text stops being valid, for an error message with line and column.
 * JSON.parse's own messages differ between engines and often have no position; this scanner is
 * iterative (no recursion, any nesting depth) and linear.
 */
export interface JsonSyntaxProblem {
  offset: number;
  reason: string;
}

type State = 'value' | 'firstKey' | 'key' | 'firstValue' | 'after';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

export class Scanner {
  i = 0;
  constructor(readonly text: string) {}

  skipWhitespace(): void {
    while (this.i < this.text.length && WHITESPACE.has(this.text[this.i])) this.i += 1;
  }

  /** Scans a string starting at a quote; returns a problem or undefined. */
  string(): JsonSyntaxProblem | undefined {
    const start = this.i;
    this.i += 1;
    while (this.i < this.text.length) {
      const char = this.text[this.i];
      if (char === '"') {
        this.i += 1;
        return undefined;
      }
      if (char === '\\') {
        const next = this.text[this.i + 1] ?? '';
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 2, this.i + 6))) {
            return { offset: this.i, reason: 'a \\u escape needs four hex digits' };
          }
          this.i += 6;
          continue;
        }
        if (!ESCAPES.has(next))
          return { offset: this.i, reason: `invalid escape "\\${next}" in a string` };
        this.i += 2;
        continue;
      }
      if (char.charCodeAt(0) < 0x20) {
        return {
          offset: this.i,
          reason: 'a line break or control character inside a string (write it as \\n)',
        };
      }
      this.i += 1;
    }
    return { offset: start, reason: 'a string is never closed (missing ")' };
  }

  number(): JsonSyntaxProblem | undefined {
    const pattern = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
    pattern.lastIndex = this.i;
    const match = pattern.exec(this.text);
    if (!match || match[0] === '' || match[0] === '-')
      return { offset: this.i, reason: 'invalid number' };
    this.i += match[0].length;
    return undefined;
  }
}

function describe(char: string | undefined): string {
  if (char === undefined) return 'the end of the text';
  return char === "'" ? `"'"` : `'${char}'`;
}

/** The first syntax problem in `text`, or undefined when the scanner finds none. */
export function locateJsonError(text: string): JsonSyntaxProblem | undefined {
  const s = new Scanner(text);
  const stack: string[] = [];
  let state: State = 'value';
  let afterComma = false;
  for (;;) {
    s.skipWhitespace();
    const char: string | undefined = text[s.i];
    const top = stack[stack.length - 1];
    if (state === 'after') {
      if (top === undefined) {
        return char === undefined
          ? undefined
          : { offset: s.i, reason: `unexpected ${describe(char)} after the JSON value` };
      }
      if (char === ',') {
        s.i += 1;
        afterComma = true;
        state = top === '{' ? 'key' : 'value';
      } else if ((char === '}' && top === '{') || (char === ']' && top === '[')) {
        s.i += 1;
        stack.pop();
      } else {
        const close = top === '{' ? '}' : ']';
        return {
          offset: s.i,
          reason: `expected "," or "${close}" but found ${describe(char)} (a missing comma?)`,
        };
      }
      continue;
    }
    if (state === 'firstKey' || state === 'firstValue') {
      const close = state === 'firstKey' ? '}' : ']';
      if (char === close) {
        s.i += 1;
        stack.pop();
        state = 'after';
        continue;
      }
      state = state === 'firstKey' ? 'key' : 'value';
      afterComma = false;
      continue;
    }
    if (state === 'key') {
      if (char !== '"') {
        const trailing = afterComma && char === '}';
        return {
          offset: s.i,
          reason: trailing
            ? 'a comma before "}" (remove the trailing comma)'
            : `expected a property name in double quotes but found ${describe(char)}`,
        };
      }
      const problem = s.string();
      if (problem) return problem;
      s.skipWhitespace();
      if (text[s.i] !== ':')
        return {
          offset: s.i,
          reason: `expected ":" after the property name but found ${describe(text[s.i])}`,
        };
      s.i += 1;
      state = 'value';
      afterComma = false;
      continue;
    }
    // state === 'value'
    if (char === '{' || char === '[') {
      stack.push(char);
      s.i += 1;
      state = char === '{' ? 'firstKey' : 'firstValue';
      continue;
    }
    let problem: JsonSyntaxProblem | undefined;
    if (char === '"') problem = s.string();
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9'))
      problem = s.number();
    else if (
      char !== undefined &&
      ['true', 'false', 'null'].some((word) => text.startsWith(word, s.i))
    ) {
      s.i += ['true', 'false', 'null'].find((word) => text.startsWith(word, s.i))?.length ?? 0;
    } else if (afterComma && char === ']') {
      return { offset: s.i, reason: 'a comma before "]" (remove the trailing comma)' };
    } else {
      return { offset: s.i, reason: `expected a value but found ${describe(char)}` };
    }
    if (problem) return problem;
    state = 'after';
    afterComma = false;
  }
}
