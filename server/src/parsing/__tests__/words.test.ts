import fc from 'fast-check';

import {
  countLetterWords,
  countTokens,
  isWhitespaceCode,
} from '../../../../shared/contracts/words';
import { countWords } from '../reading';
import { collapseWhitespace } from '../text-utils';
import { transliterateChar } from '../transliterate';

/** What the counts were before the scanner: `split(/\s+/)` and a test per token. */
const splitCount = (text: string, weigh: (token: string) => number) =>
  text
    .split(/\s+/)
    .filter((token) => token !== '')
    .reduce((sum, token) => sum + weigh(token), 0);

const letterWord = (token: string) => (/[\p{L}\p{N}]/u.test(token) ? 1 : 0);

/** Text made of the pieces word counting turns on: ASCII, spaces of every kind, other scripts. */
const pieces = fc.constantFrom(
  'a',
  'Z',
  '7',
  '-',
  '–',
  '«',
  '.',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\u000b',
  '\u00a0',
  '\u1680',
  '\u2003',
  '\u200a',
  '\u200b',
  '\u2028',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
  '\u0085',
  '\u180e',
  'ş',
  'ə',
  'Ж',
  '新闻',
  'のニュース',
  '😀',
  '\u0301',
  '\ud800'
);
const texts = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));

describe('isWhitespaceCode', () => {
  it('is /\\s/ for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      if (isWhitespaceCode(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    }
    expect(differ).toEqual([]);
  });
});

describe('countTokens', () => {
  it('counts the tokens split(/\\s+/) gives, ASCII ones without cutting them out', () => {
    const others: string[] = [];
    const weigh = (token: string) => {
      others.push(token);
      return 10;
    };
    // "a-b" and "7" are words, "--" is not; "şəhər" and "新闻" go to the weigher.
    expect(countTokens(' a-b\u00a0--\t7\u3000şəhər 新闻\n', weigh)).toBe(22);
    expect(others).toEqual(['şəhər', '新闻']);
    expect(countTokens('', weigh)).toBe(0);
    expect(countTokens(' \u2028 ', weigh)).toBe(0);
  });

  it('gives what split(/\\s+/) and a test per token give, on any text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(countLetterWords(text)).toBe(splitCount(text, letterWord));
      }),
      { numRuns: 2000 }
    );
  });
});

describe('countWords (reading time)', () => {
  const CJK =
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu;
  const before = (token: string) =>
    // eslint-disable-next-line no-control-regex -- the whole ASCII range, on purpose
    /[^\x00-\x7f]/.test(token)
      ? (token.match(CJK)?.length ?? 0) + (/[\p{L}\p{N}]/u.test(token.replace(CJK, '')) ? 1 : 0)
      : /[A-Za-z0-9]/.test(token)
        ? 1
        : 0;

  it('counts as the split-based count did, on any text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(countWords(text)).toBe(splitCount(text, before));
      }),
      { numRuns: 2000 }
    );
  });
});

describe('transliterateChar (remembered classes)', () => {
  it('classifies every character the same, first time or again, whatever came between', () => {
    // More distinct characters than it remembers: the second pass, in the other order, meets
    // both remembered and forgotten ones.
    const chars = Array.from({ length: 0x3000 }, (_, code) => String.fromCharCode(code));
    const first = chars.map((char) => ({ ...transliterateChar(char) }));
    const again = [...chars].reverse().map((char) => ({ ...transliterateChar(char) }));
    expect(again.reverse()).toEqual(first);
    expect(transliterateChar('ж')).toEqual({ kind: 'ascii', value: 'zh' });
  });
});

describe('collapseWhitespace', () => {
  it('gives what replacing every run of \\s by a space and trimming gives, on any text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 3000 }
    );
    expect(collapseWhitespace(' a  b\u00a0c\td ')).toBe('a b c d');
    expect(collapseWhitespace('a b c')).toBe('a b c');
  });
});
