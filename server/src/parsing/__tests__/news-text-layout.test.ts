import { readLines, type Line } from '../news-text/lines';
import { decideLayout, toParagraphs, type BodyLine } from '../news-text/paragraphs';

/**
 * The two body layouts of a news text (blank lines between paragraphs, or one paragraph a line)
 * and the rejoining of hard-wrapped lines in the second, at the bounds of each heuristic.
 */

/** Lines as readLines gives them: `|` before a text marks a blank line before it. */
const lines = (...texts: string[]): Line[] =>
  texts.map((text, index) => ({
    text: text.replace(/^\|/u, ''),
    line: index + 1,
    blankBefore: index === 0 || text.startsWith('|'),
  }));

/** Body lines without breaks (one block of a single-newline text). */
const body = (...texts: string[]): BodyLine[] =>
  texts.map((text, index) => ({ text, line: index + 1, blankBefore: false, breakBefore: false }));

describe('readLines', () => {
  it('gives the trimmed non-blank lines, their numbers, and whether a blank line came before', () => {
    expect(readLines('Title\n\n  One  \nTwo\n')).toEqual([
      { text: 'Title', line: 1, blankBefore: true },
      { text: 'One', line: 3, blankBefore: true },
      { text: 'Two', line: 4, blankBefore: false },
    ]);
  });

  it('ends lines at the Unicode line and paragraph separators and NEL too', () => {
    expect(readLines('One\u2028Two\u2029Three\u0085Four').map((line) => line.text)).toEqual([
      'One',
      'Two',
      'Three',
      'Four',
    ]);
  });
});

describe('decideLayout', () => {
  it('is blank-lines when sentence ends are followed by a blank line', () => {
    expect(decideLayout(lines('Title', '|One.', '|Two.', '|Three.'))).toBe('blank-lines');
  });

  it('is single-newlines when sentence ends are followed by the next line', () => {
    expect(decideLayout(lines('Title', '|One.', 'Two.', 'Three.'))).toBe('single-newlines');
  });

  it('a tie reads as blank-lines', () => {
    expect(decideLayout(lines('Title', '|One.', '|Two.', 'Three.'))).toBe('blank-lines');
  });

  it('counts only the lines that end a sentence', () => {
    // The title and the standfirst (no full stop) stand before blank lines; the body's two
    // sentence ends are each followed by the next line.
    expect(decideLayout(lines('Title', '|Standfirst', '|One.', 'Two.', 'Three'))).toBe(
      'single-newlines'
    );
    expect(decideLayout(lines('Title', '|One.', 'Two.'))).toBe('single-newlines');
  });

  it('without any sentence end, any blank line after the first line makes it blank-lines', () => {
    expect(decideLayout(lines('Title', '|Body without a full stop'))).toBe('blank-lines');
    expect(decideLayout(lines('Title', 'Body without a full stop', 'More'))).toBe(
      'single-newlines'
    );
    expect(decideLayout(lines('Title'))).toBe('single-newlines');
  });
});

describe('toParagraphs', () => {
  it('blank-lines: a block is a paragraph, its lines joined with a space; never rejoined', () => {
    const lines: BodyLine[] = [
      { text: 'One', line: 1, blankBefore: true, breakBefore: true },
      { text: 'wrapped.', line: 2, blankBefore: false, breakBefore: false },
      { text: 'Two.', line: 4, blankBefore: true, breakBefore: true },
      { text: 'Three', line: 5, blankBefore: false, breakBefore: true },
    ];
    expect(toParagraphs(lines, 'blank-lines')).toEqual({
      texts: ['One wrapped.', 'Two.', 'Three'],
      rejoined: false,
    });
  });

  it('single-newlines: each line is a paragraph when the lines do not look hard-wrapped', () => {
    const sentences = [
      'The minister arrived in Baku on Monday.',
      'He met the president.',
      'Talks went on until late.',
    ];
    expect(toParagraphs(body(...sentences), 'single-newlines')).toEqual({
      texts: sentences,
      rejoined: false,
    });
  });

  // Three lines of a 40-character wrap: two full lines that do not end a sentence, then a
  // short one that does.
  const wrapped = [
    'The council met on Monday to debate the',
    'budget, which raises the spending on all',
    'roads by a tenth.',
  ];

  it('rejoins hard-wrapped lines up to a short line that ends a sentence', () => {
    expect(wrapped.map((line) => line.length)).toEqual([39, 40, 17]);
    expect(toParagraphs(body(...wrapped, ...wrapped), 'single-newlines')).toEqual({
      texts: [wrapped.join(' '), wrapped.join(' ')],
      rejoined: true,
    });
  });

  it('rejoins from three lines on, and ends a paragraph at a break', () => {
    expect(toParagraphs(body(...wrapped), 'single-newlines')).toEqual({
      texts: [wrapped.join(' ')],
      rejoined: true,
    });
    expect(toParagraphs(body(wrapped[0], wrapped[1]), 'single-newlines')).toEqual({
      texts: [wrapped[0], wrapped[1]],
      rejoined: false,
    });
    const broken = body(...wrapped, ...wrapped);
    broken[1] = { ...broken[1], breakBefore: true };
    expect(toParagraphs(broken, 'single-newlines').texts).toEqual([
      wrapped[0],
      `${wrapped[1]} ${wrapped[2]}`,
      wrapped.join(' '),
    ]);
  });

  it('a full line that ends a sentence does not end the paragraph (under 80 % of the width does)', () => {
    // Width 40: a line of 32 characters (80 %) is full, one of 31 is short.
    const full = `${'x'.repeat(31)}.`;
    const short = `${'x'.repeat(30)}.`;
    expect(
      toParagraphs(body(wrapped[1], full, 'open line', short, 'tail'), 'single-newlines')
    ).toEqual({
      texts: [`${wrapped[1]} ${full} open line ${short}`, 'tail'],
      rejoined: true,
    });
  });

  it('needs a width of at most 100 characters', () => {
    const at = (width: number) => [
      `A${'a'.repeat(width - 1)}`,
      `B${'b'.repeat(width - 1)}`,
      'end.',
    ];
    expect(toParagraphs(body(...at(100)), 'single-newlines').rejoined).toBe(true);
    expect(toParagraphs(body(...at(101)), 'single-newlines')).toEqual({
      texts: at(101),
      rejoined: false,
    });
  });

  it('needs 60 % of the lines at 60 % of the width or more', () => {
    // Width 100; of five lines, three at 60 characters or more.
    const five = (third: number) => [
      'a'.repeat(100),
      'b'.repeat(100),
      'c'.repeat(third),
      'Short one.',
      'Short two.',
    ];
    expect(toParagraphs(body(...five(60)), 'single-newlines')).toEqual({
      texts: [
        'a'.repeat(100) + ' ' + 'b'.repeat(100) + ' ' + 'c'.repeat(60) + ' Short one.',
        'Short two.',
      ],
      rejoined: true,
    });
    expect(toParagraphs(body(...five(59)), 'single-newlines').rejoined).toBe(false);
  });

  it('needs 30 % of the lines not ending a sentence', () => {
    // Ten full lines of 40 characters: three open ones are enough, two are not.
    const ten = (open: number) =>
      Array.from({ length: 10 }, (_, i) => (i < open ? 'o'.repeat(40) : `${'s'.repeat(39)}.`));
    expect(toParagraphs(body(...ten(3)), 'single-newlines').rejoined).toBe(true);
    expect(toParagraphs(body(...ten(2)), 'single-newlines').rejoined).toBe(false);
  });
});
