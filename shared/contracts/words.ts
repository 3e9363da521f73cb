/**
 * Counting the whitespace-separated words of a text without cutting it into pieces. The parser
 * counts words twice for every article (the reading time over the whole body, the paragraph
 * length warnings per paragraph); `text.split(/\s+/)` made a string of every word of every
 * article (at 10k articles, ~0.9 s of the parse). Pure functions: no Strapi, no Node.
 */

/** Whether a UTF-16 code unit is whitespace to JavaScript's `\s` (WhiteSpace, LineTerminator). */
export const isWhitespaceCode = (code: number): boolean => {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
};

const isAsciiLetterOrDigit = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * The tokens `text.split(/\s+/)` gives (empty ones aside), each weighed and added up: a token of
 * ASCII characters only is 1 when it holds a letter or a digit and 0 otherwise, without being
 * cut out of the text; any other token is cut out and weighed by `weighOther`.
 */
export const countTokens = (text: string, weighOther: (token: string) => number): number => {
  let count = 0;
  let start = -1;
  let ascii = true;
  let letterOrDigit = false;
  const length = text.length;
  for (let i = 0; i <= length; i += 1) {
    const code = i < length ? text.charCodeAt(i) : 32;
    if (isWhitespaceCode(code)) {
      if (start >= 0) {
        if (!ascii) count += weighOther(text.slice(start, i));
        else if (letterOrDigit) count += 1;
        start = -1;
      }
      continue;
    }
    if (start < 0) {
      start = i;
      ascii = true;
      letterOrDigit = false;
    }
    if (code >= 128) ascii = false;
    else if (!letterOrDigit && isAsciiLetterOrDigit(code)) letterOrDigit = true;
  }
  return count;
};

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Words: whitespace-separated tokens holding a letter or a number of any script. */
export const countLetterWords = (text: string): number =>
  countTokens(text, (token) => (LETTER_OR_NUMBER.test(token) ? 1 : 0));
