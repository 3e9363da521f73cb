import { fail } from './errors';
import {
  MAX_AUTHORS,
  MAX_CATEGORY_DEPTH,
  MAX_DOCUMENT_DEPTH,
  MAX_NAME_LENGTH,
  MAX_SOURCE_META_BYTES,
  MAX_TAG_LENGTH,
  MAX_TAGS,
} from './limits';
import { utf8Length } from './decode';
import type { ArticleDraft } from './types';
import { findValueProblem, formatPath, stringifyJson } from './values';

/** Line of a field (front matter / JSON key) in the file, when known. */
export type FieldLine = (field: string) => number | undefined;

const invalid = (field: string, problem: string, line: number | undefined): never =>
  fail('INVALID_FIELD', `"${field}" ${problem}.`, line);

// The values shown are over a limit of at least 100 characters: always cut.
const short = (value: string) => `${value.slice(0, 60)}…`;

function checkList(
  values: readonly string[],
  field: string,
  limits: { count: number; length: number; item: string },
  line: number | undefined
): void {
  if (values.length > limits.count) {
    invalid(
      field,
      `has ${values.length} ${limits.item}s, more than the ${limits.count} allowed`,
      line
    );
  }
  const long = values.find((value) => value.length > limits.length);
  if (long !== undefined) {
    invalid(
      field,
      `has a ${limits.item} of ${long.length} characters ("${short(long)}"), over the ${limits.length} allowed: shorten it`,
      line
    );
  }
}

/**
 * The bounds every format shares (the README lists them): names fit the content types,
 * lists stay short, source metadata stays small, and nothing is nested deeper than
 * MAX_DOCUMENT_DEPTH or holds a character no database can store. Throws INVALID_FIELD,
 * TOO_DEEP or INVALID_CHARACTER.
 */
export function checkDraftLimits(
  draft: ArticleDraft,
  fieldLine: FieldLine = () => undefined
): void {
  const authorsLine = fieldLine('authors') ?? fieldLine('author');
  checkList(
    draft.authors,
    'authors',
    { count: MAX_AUTHORS, length: MAX_NAME_LENGTH, item: 'name' },
    authorsLine
  );
  checkList(
    draft.categoryPath,
    'category',
    { count: MAX_CATEGORY_DEPTH, length: MAX_NAME_LENGTH, item: 'level' },
    fieldLine('category') ?? fieldLine('categoryPath')
  );
  checkList(
    draft.tags,
    'tags',
    { count: MAX_TAGS, length: MAX_TAG_LENGTH, item: 'tag' },
    fieldLine('tags')
  );
  const problem = findValueProblem(draft, MAX_DOCUMENT_DEPTH);
  if (problem) {
    // The draft is an object nested far less than the limit: the path starts with its key.
    const line = fieldLine(String(problem.path[0]));
    const where = `"${formatPath(problem.path)}"`;
    if (problem.kind === 'tooDeep')
      fail('TOO_DEEP', `${where} is nested too deep: flatten it.`, line);
    fail('INVALID_CHARACTER', `${where} contains ${problem.problem}: remove it.`, line);
  }
  // Stryker disable next-line StringLiteral: the metadata is an object, never written as undefined
  const metaBytes = utf8Length(stringifyJson(draft.sourceMeta) ?? '');
  if (metaBytes > MAX_SOURCE_META_BYTES) {
    fail(
      'INVALID_FIELD',
      `The source metadata (extra keys, source URL, cover…) is ${metaBytes} bytes, over the ${MAX_SOURCE_META_BYTES} allowed: remove the extra keys you do not need.`
    );
  }
}
