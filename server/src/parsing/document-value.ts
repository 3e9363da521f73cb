import { fail } from './errors';
import { MAX_DOCUMENT_DEPTH } from './limits';
import { findValueProblem, formatPath, type ValuePath } from './values';

/**
 * Refuses a parsed JSON / front-matter value nested deeper than MAX_DOCUMENT_DEPTH (TOO_DEEP)
 * or holding a NUL or a lone surrogate (INVALID_CHARACTER: JSON and YAML escapes such as
 * `\u0000` and `\ud800` make them; Postgres cannot store the first, no encoding the second).
 * `lineOf` finds the line of a path where it can.
 */
export function checkDocumentValue(
  value: unknown,
  lineOf: (path: ValuePath) => number | undefined,
  where = ''
): void {
  const problem = findValueProblem(value, MAX_DOCUMENT_DEPTH);
  if (!problem) return;
  const name = formatPath(problem.path);
  const at = name === '' ? 'The value' : `"${name}"`;
  const line = lineOf(problem.path);
  if (problem.kind === 'tooDeep') {
    fail(
      'TOO_DEEP',
      `${where}${at} is nested more than ${problem.limit} levels deep: flatten it (an article needs far less).`,
      line
    );
  }
  fail(
    'INVALID_CHARACTER',
    `${where}${at} contains ${problem.problem}: remove it (or write the character it stands for) and save the file as UTF-8.`,
    line
  );
}
