import { articleWarning, type ArticleWarning } from '../../../shared/contracts/warnings';
import { fail, failWith, ParseFailure, tooLargeError } from './errors';
import { badCharacterIn } from './values';

export interface DecodedInput {
  /** The text without BOM, with `\n` line ends and without stray control characters. */
  text: string;
  warnings: ArticleWarning[];
}

const NOT_TEXT_ADVICE = 'import a .txt, .md or .json file saved as UTF-8 text.';

/** UTF-8 size of a string without allocating a buffer. */
export function utf8Length(value: string): number {
  let bytes = 0;
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // After the last unit, charCodeAt answers NaN: not a low surrogate.
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function decodeBytes(bytes: Uint8Array, maxBytes: number): string {
  if (bytes.byteLength > maxBytes)
    throw new ParseFailure(tooLargeError(bytes.byteLength, maxBytes));
  // A UTF-16 byte order mark (bytes[1] of a shorter input is undefined: no mark).
  const [a, b] = [bytes[0], bytes[1]];
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
    failWith(
      'NOT_TEXT',
      { reason: 'UTF16', position: null },
      `The file is UTF-16 text, not UTF-8: save it as UTF-8 and ${NOT_TEXT_ADVICE}`
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    failWith(
      'NOT_TEXT',
      { reason: 'NUL_BYTE', position: nul + 1 },
      `The file contains a NUL byte at byte ${nul + 1}, so it looks binary: ${NOT_TEXT_ADVICE}`
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return failWith(
      'NOT_TEXT',
      { reason: 'NOT_UTF8', position: null },
      `The file is not valid UTF-8 text: ${NOT_TEXT_ADVICE}`
    );
  }
}

function checkString(value: string, maxBytes: number): string {
  // Cheap upper bound first: a UTF-16 code unit is at most 3 UTF-8 bytes.
  if (value.length * 3 > maxBytes) {
    const size = utf8Length(value);
    if (size > maxBytes) throw new ParseFailure(tooLargeError(size, maxBytes));
  }
  const nul = value.indexOf('\u0000');
  if (nul >= 0) {
    failWith(
      'NOT_TEXT',
      { reason: 'NUL_CHARACTER', position: nul + 1 },
      `The text contains a NUL character at position ${nul + 1}, so it looks binary: ${NOT_TEXT_ADVICE}`
    );
  }
  // Text handed over as a string (the admin API's JSON body) can hold a lone UTF-16 surrogate,
  // which no encoding can store; bytes cannot (the UTF-8 decoder refuses them).
  const bad = badCharacterIn(value);
  if (bad) {
    fail(
      'INVALID_CHARACTER',
      `The text contains ${bad}: it is not valid Unicode text. Remove it and ${NOT_TEXT_ADVICE}`
    );
  }
  return value;
}

// eslint-disable-next-line no-control-regex
const STRAY_CONTROLS = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Checks size and encoding, strips the BOM, normalises line ends. Throws ParseFailure. */
export function decodeInput(input: string | Uint8Array, maxBytes: number): DecodedInput {
  const raw =
    typeof input === 'string' ? checkString(input, maxBytes) : decodeBytes(input, maxBytes);
  const warnings: ArticleWarning[] = [];
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  text = text.replace(/\r\n?/g, '\n');
  let removed = 0;
  text = text.replace(STRAY_CONTROLS, () => {
    removed += 1;
    return '';
  });
  if (removed > 0) {
    warnings.push(
      articleWarning(
        'CONTROL_CHARACTERS_REMOVED',
        { count: removed },
        `Removed ${removed} invisible control character${removed === 1 ? '' : 's'} from the text`
      )
    );
  }
  if (text.trim() === '') {
    failWith('EMPTY_INPUT', {}, 'The input is empty: add a title line and at least one paragraph.');
  }
  return { text, warnings };
}
