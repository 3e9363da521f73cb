import { readingTimeOf, wordCountsReadingIn } from '../reading';

describe('readingTimeOf', () => {
  it('is max(1, ceil(words / wpm))', () => {
    expect(readingTimeOf(0, 200)).toBe(1);
    expect(readingTimeOf(200, 200)).toBe(1);
    expect(readingTimeOf(201, 200)).toBe(2);
    expect(readingTimeOf(450, 100)).toBe(5);
  });

  it('falls back to 200 wpm for an unusable speed', () => {
    expect(readingTimeOf(401, 0)).toBe(3);
    expect(readingTimeOf(401, Number.NaN)).toBe(3);
  });
});

describe('wordCountsReadingIn', () => {
  it('is the range of counts readingTimeOf maps to the minutes', () => {
    for (const wpm of [1, 7, 100, 200]) {
      for (let words = 0; words <= 3 * wpm + 2; words += 1) {
        const { above, atMost } = wordCountsReadingIn(readingTimeOf(words, wpm), wpm);
        expect(words > above && words <= atMost).toBe(true);
      }
    }
    expect(wordCountsReadingIn(1, 200)).toEqual({ above: -Infinity, atMost: 200 });
    expect(wordCountsReadingIn(3, 200)).toEqual({ above: 400, atMost: 600 });
  });
});
