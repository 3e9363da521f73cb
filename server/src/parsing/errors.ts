import type {
  ArticleErrorCode,
  ArticleErrorParams,
  ArticleErrorParamsOf,
} from '../../../shared/contracts/article-errors';

export const PARSE_ERROR_CODES = [
  'EMPTY_INPUT',
  'NOT_TEXT',
  'TOO_LARGE',
  'NO_TITLE',
  'NO_BODY',
  'TITLE_TOO_LONG',
  'INVALID_JSON',
  'INVALID_FRONT_MATTER',
  'INVALID_FIELD',
  'INVALID_CHARACTER',
  'TOO_DEEP',
  'INTERNAL',
] as const;

export type ParseErrorCode = (typeof PARSE_ERROR_CODES)[number];

export interface ParseError {
  code: ParseErrorCode;
  /** What is wrong, where, and what to do about it. */
  message: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** 1-based column in the file, when known. */
  column?: number;
  /** The code's values, for the codes of shared/contracts/article-errors (the admin says them). */
  params?: ArticleErrorParamsOf;
}

/** A parse error code that has params. */
type CodeWithParams = ParseErrorCode & ArticleErrorCode;

/** Thrown inside the parser; `parseSource` turns it into a failed ParseItem. */
export class ParseFailure extends Error {
  readonly error: ParseError;

  constructor(error: ParseError) {
    super(error.message);
    this.name = 'ParseFailure';
    this.error = error;
  }
}

/** The codes whose message is their only param: the admin quotes it after its own lead. */
const DETAIL_CODES: ReadonlySet<ParseErrorCode> = new Set([
  'INVALID_FIELD',
  'INVALID_FRONT_MATTER',
  'INVALID_CHARACTER',
  'TOO_DEEP',
]);

export function parseError(
  code: ParseErrorCode,
  message: string,
  line?: number,
  column?: number
): ParseError {
  const error: ParseError = DETAIL_CODES.has(code)
    ? { code, message, params: { detail: message } }
    : { code, message };
  if (line !== undefined) error.line = line;
  if (column !== undefined) error.column = column;
  return error;
}

export function fail(code: ParseErrorCode, message: string, line?: number, column?: number): never {
  throw new ParseFailure(parseError(code, message, line, column));
}

/** A parse error with its params. */
export function parseErrorWith<C extends CodeWithParams>(
  code: C,
  params: ArticleErrorParams[C],
  message: string,
  line?: number,
  column?: number
): ParseError {
  return { ...parseError(code, message, line, column), params };
}

/** Throws a parse error with its params. */
export function failWith<C extends CodeWithParams>(
  code: C,
  params: ArticleErrorParams[C],
  message: string,
  line?: number,
  column?: number
): never {
  throw new ParseFailure(parseErrorWith(code, params, message, line, column));
}

/** Turns anything caught into a ParseError; unexpected exceptions become `INTERNAL`. */
export function toParseError(caught: unknown): ParseError {
  if (caught instanceof ParseFailure) return caught.error;
  const detail = caught instanceof Error ? caught.message : String(caught);
  return parseErrorWith(
    'INTERNAL',
    { detail },
    `The parser failed unexpectedly (${detail}). Please report this file to the plugin maintainers.`
  );
}

function formatCount(value: number): string {
  const digits = String(Math.round(value));
  let out = '';
  for (let i = 0; i < digits.length; i += 1) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** The TOO_LARGE error, also used by callers that check a file's size before reading it. */
export function tooLargeError(sizeBytes: number, maxBytes: number): ParseError {
  return parseErrorWith(
    'TOO_LARGE',
    { bytes: sizeBytes, limit: maxBytes },
    `The input is ${formatSize(sizeBytes)} (${formatCount(sizeBytes)} bytes), over the ` +
      `${formatSize(maxBytes)} limit (${formatCount(maxBytes)} bytes): split it into smaller ` +
      'files or raise the maxImportBytes setting.'
  );
}
