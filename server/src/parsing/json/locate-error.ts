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
const LITERALS = ['true', 'false', 'null'];

export class Scanner {
  i = 0;
  constructor(readonly text: string) {}

  skipWhitespace(): void {
    // Past the end, text[i] is undefined, which is not whitespace.
    while (WHITESPACE.has(this.text[this.i])) this.i += 1;
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
          // The slice has at most four characters: either anchor alone demands four hex digits.
          // Stryker disable next-line Regex: equivalent (see above)
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
    // The pattern needs a digit: it matches something non-empty, or nothing (a lone "-").
    if (!match) return { offset: this.i, reason: 'invalid number' };
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
  // Stryker disable next-line StringLiteral: equivalent, any state not named below reads a value
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
      // The next character is not the closing bracket, so a trailing-comma check cannot match:
      // afterComma needs no reset here.
      state = state === 'firstKey' ? 'key' : 'value';
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
      // Stryker disable next-line StringLiteral: equivalent, any state not named above reads a value
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
    const literal = LITERALS.find((word) => text.startsWith(word, s.i));
    if (char === '"') problem = s.string();
    // Stryker disable next-line ConditionalExpression: equivalent, `undefined >= '0'` is false too
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9'))
      problem = s.number();
    else if (literal !== undefined) s.i += literal.length;
    else if (afterComma && char === ']') {
      return { offset: s.i, reason: 'a comma before "]" (remove the trailing comma)' };
    } else {
      return { offset: s.i, reason: `expected a value but found ${describe(char)}` };
    }
    if (problem) return problem;
    // afterComma is read only in the key and value states, and 'after' leaves them by a comma,
    // which sets it.
    state = 'after';
  }
}
