import { blocksToPlainText, type Block } from './blocks';
import { DEFAULT_WORDS_PER_MINUTE } from './limits';

export interface ReadingStats {
  wordCount: number;
  readingTimeMinutes: number;
}

const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Words in a text: whitespace-separated tokens holding a letter or a digit ("–" alone is no word).
 * Scripts written without spaces (Chinese, Japanese, Thai…) count one word per character.
 */
// eslint-disable-next-line no-control-regex -- the whole ASCII range, on purpose
const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_WORD_CHAR = /[A-Za-z0-9]/;

export function countWords(text: string): number {
  let count = 0;
  // Stryker disable next-line Regex: an empty token (between two spaces) counts as no word
  for (const token of text.split(/\s+/)) {
    // Most tokens are plain ASCII: no need for the Unicode-aware checks below.
    if (!NON_ASCII.test(token)) {
      if (ASCII_WORD_CHAR.test(token)) count += 1;
      continue;
    }
    // Each CJK character is a word, and the rest of the token one more if it has a letter.
    const cjk = token.match(CJK)?.length ?? 0;
    count += cjk + (WORD_CHAR.test(token.replace(CJK, '')) ? 1 : 0);
  }
  return count;
}

const usableWpm = (wordsPerMinute: number): number =>
  Number.isFinite(wordsPerMinute) && wordsPerMinute > 0 ? wordsPerMinute : DEFAULT_WORDS_PER_MINUTE;

/** Reading time of a word count: max(1, ceil(words / wpm)) minutes. */
export function readingTimeOf(
  wordCount: number,
  wordsPerMinute: number = DEFAULT_WORDS_PER_MINUTE
): number {
  return Math.max(1, Math.ceil(wordCount / usableWpm(wordsPerMinute)));
}

/**
 * The word counts that read in `minutes` at `wordsPerMinute`: above `above`, up to `atMost`
 * (`above` is -Infinity for one minute: every count up to one minute's words, 0 included).
 */
export function wordCountsReadingIn(
  minutes: number,
  wordsPerMinute: number = DEFAULT_WORDS_PER_MINUTE
): { above: number; atMost: number } {
  const wpm = usableWpm(wordsPerMinute);
  return { above: minutes <= 1 ? -Infinity : (minutes - 1) * wpm, atMost: minutes * wpm };
}

/** Word count of all the text of a body and the reading time: max(1, ceil(words / wpm)). */
export function computeReadingStats(
  body: readonly Block[],
  wordsPerMinute: number = DEFAULT_WORDS_PER_MINUTE
): ReadingStats {
  const wordCount = countWords(blocksToPlainText(body));
  return { wordCount, readingTimeMinutes: readingTimeOf(wordCount, wordsPerMinute) };
}
