/** Small string helpers. All linear: no regex here can backtrack badly on user input. */

/** Whitespace that collapsing changes: any but a plain space, or two in a row. */
const RUN_TO_COLLAPSE = /[^\S ]|\s\s/;

/** Runs of whitespace (any Unicode space, tabs, newlines) become one space; ends trimmed. */
export function collapseWhitespace(value: string): string {
  // Most text has single plain spaces only, which the replacement would copy as they are: a test
  // costs no new string (every paragraph of every article passes here).
  return RUN_TO_COLLAPSE.test(value) ? value.replace(/\s+/g, ' ').trim() : value.trim();
}

export function countWordsIn(value: string): number {
  const trimmed = value.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

/** 1-based line and column of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Starts with an upper-case letter, a letter of a script without case, or a digit. */
export function startsCapitalised(value: string): boolean {
  return /^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(value);
}

export function startsLowerCase(value: string): boolean {
  return /^\p{Ll}/u.test(value);
}

/** Curly quotes and dashes to their ASCII forms, one character for one (lengths are kept). */
export function foldPunctuation(value: string): string {
  return value
    .replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

/** Compares two display strings loosely: whitespace, case, quotes and dashes do not matter. */
export function looseKey(value: string): string {
  return foldPunctuation(collapseWhitespace(value.normalize('NFC'))).toLowerCase();
}

/** Unique values, first occurrence kept, compared loosely. */
export function uniqueLoose(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const key = looseKey(value);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

export function fileExtension(fileName: string): string {
  const slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  const base = fileName.slice(slash + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
