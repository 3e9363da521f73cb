import { blocksToPlainText, type Block } from './blocks';
import { DEFAULT_WORDS_PER_MINUTE } from './limits';
import { countTokens } from '../../../shared/contracts/words';

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
export function countWords(text: string): number {
  // Each CJK character is a word, and the rest of the token one more if it has a letter.
  return countTokens(text, (token) => {
    const cjk = token.match(CJK)?.length ?? 0;
    return cjk + (WORD_CHAR.test(token.replace(CJK, '')) ? 1 : 0);
  });
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
