import {
  computeReadingStats,
  countWords,
  cutDescription,
  detectFormat,
  renderNewsText,
  type Block,
} from '..';
import { paragraphTexts, parseOne, readSeedBytes, SEED_NAME } from './helpers';

describe('detectFormat', () => {
  it.each([
    ['a.txt', '---\ntitle: x\n---', 'text'],
    ['a.TEXT', '{}', 'text'],
    ['a.md', 'plain', 'markdown'],
    ['dir.v2/a.Markdown', '{}', 'markdown'],
    ['a.json', 'Title', 'json'],
    ['pasted', '---\ntitle: x\n---\nBody', 'markdown'],
    ['pasted', '\uFEFF---\r\ntitle: x', 'markdown'],
    ['pasted', '  {"title": "x"}', 'json'],
    ['pasted', '[{"title": "x"}]', 'json'],
    ['pasted', '[]', 'json'],
    ['pasted', '[Breaking] Title\n\nBody', 'text'],
    ['notes.html', '<p>Hi</p>', 'html'],
    ['page.htm', 'Title', 'html'],
    ['pasted', '<!DOCTYPE html><html><body><p>Hi</p></body></html>', 'html'],
    ['pasted', "<meta charset='utf-8'><p>Hi</p>", 'html'],
    ['pasted', '<b>Bold</b> title\n\nBody', 'text'],
    ['notes.rtf', '<p>Hi</p>', 'html'],
    ['a.constructor', 'Title', 'text'],
    ['.md', 'Title', 'text'],
  ])('%s with %j → %s', (name, text, format) => {
    expect(detectFormat(text, name)).toBe(format);
  });

  it('lets the format option override detection', () => {
    expect(parseOne('# Title\n\nBody.', 'a.txt', { format: 'markdown' }).title).toBe('Title');
  });
});

describe('description', () => {
  it('keeps text of at most 300 characters as it is', () => {
    const text = 'a'.repeat(300);
    expect(cutDescription(text)).toBe(text);
  });

  it('cuts at a word boundary with an ellipsis, never over 300', () => {
    const text = `${'word '.repeat(59)}abcdefghij more`;
    const cut = cutDescription(text);
    expect(cut.length).toBeLessThanOrEqual(300);
    expect(cut.endsWith('word\u2026')).toBe(true);
    expect(cutDescription('x'.repeat(400))).toBe(`${'x'.repeat(299)}\u2026`);
    expect(cutDescription(`${'word, '.repeat(60)}`).endsWith('word\u2026')).toBe(true);
  });

  it('derives the lead from a long first paragraph', () => {
    const first = 'Sentence with several words in it. '.repeat(12).trim();
    const draft = parseOne(`Title\n\n${first}\n\nSecond.`);
    expect(draft.description.length).toBeLessThanOrEqual(300);
    expect(first.startsWith(draft.description.slice(0, -1))).toBe(true);
    expect(draft.description.endsWith('\u2026')).toBe(true);
    expect(draft.warnings).not.toContain('Description was cut to 300 characters');
  });
});

describe('reading stats', () => {
  it('counts words with letters or digits, across all blocks', () => {
    expect(countWords('Azerbaijan, Iran relations at high level \u2013 Iranian official')).toBe(8);
    expect(countWords('  one\u00a0two\tthree\n4  ')).toBe(4);
    expect(countWords('北京新闻 today')).toBe(5);
    const body: Block[] = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Two words' }] },
      {
        type: 'list',
        format: 'unordered',
        children: [
          {
            type: 'list-item',
            children: [
              { type: 'link', url: '/x', children: [{ type: 'text', text: 'three more words' }] },
            ],
          },
        ],
      },
    ];
    expect(computeReadingStats(body)).toEqual({ wordCount: 5, readingTimeMinutes: 1 });
  });

  it('reading time is max(1, ceil(words / wpm))', () => {
    const body: Block[] = [
      { type: 'paragraph', children: [{ type: 'text', text: 'w '.repeat(401) }] },
    ];
    expect(computeReadingStats(body, 200).readingTimeMinutes).toBe(3);
    expect(computeReadingStats(body, 401).readingTimeMinutes).toBe(1);
    expect(computeReadingStats([], 200)).toEqual({ wordCount: 0, readingTimeMinutes: 1 });
    expect(computeReadingStats(body, 0).readingTimeMinutes).toBe(3);
  });
});

describe('renderNewsText', () => {
  it('renders the seed back to text that parses to the same draft', () => {
    const draft = parseOne(readSeedBytes(), SEED_NAME);
    const text = renderNewsText(draft);
    expect(
      text.startsWith(
        'Home / Politics / Azerbaijan, Iran relations at high level \u2013 Iranian official\n\n'
      )
    ).toBe(true);
    expect(text.endsWith('By Ayya Lmahamad\n\nAbout Fidan Abdullayeva\n')).toBe(true);
    expect(parseOne(text, 'rendered.txt')).toEqual(draft);
  });

  it('renders lists, headings and co-authors as plain paragraphs', () => {
    const text = renderNewsText({
      title: 'T',
      categoryPath: [],
      tags: [],
      authors: ['Ann Lee', 'Bob Stone', 'Cy Twombly'],
      body: [
        {
          type: 'heading',
          level: 2,
          children: [{ type: 'text', text: 'A heading of five words' }],
        },
        {
          type: 'list',
          format: 'ordered',
          children: [
            { type: 'list-item', children: [{ type: 'text', text: 'one' }] },
            { type: 'list-item', children: [{ type: 'text', text: 'two' }] },
          ],
        },
        { type: 'paragraph', children: [{ type: 'text', text: 'multi\nline' }] },
      ],
    });
    expect(text).toBe(
      'T\n\nA heading of five words\n\n1. one\n\n2. two\n\nmulti line\n\nBy Ann Lee, Bob Stone and Cy Twombly\n'
    );
    const draft = parseOne(text);
    expect(draft.authors).toEqual(['Ann Lee', 'Bob Stone', 'Cy Twombly']);
    expect(paragraphTexts(draft)).toEqual([
      'A heading of five words',
      '1. one',
      '2. two',
      'multi line',
    ]);
  });

  const oneParagraph: Block[] = [
    { type: 'paragraph', children: [{ type: 'text', text: 'The talks went well.' }] },
  ];

  it.each([
    [['Oil', 'Gas'], 'Oil, Gas'],
    [['Ad'], 'Tags: Ad'],
    [['Sponsored', 'Oil'], 'Sponsored, Oil'],
    [['By Ann Lee'], 'Tags: By Ann Lee'],
    [['About Baku'], 'Tags: About Baku'],
    [['Oil', 'gas'], 'Tags: Oil, gas'],
    [['1 March 2021'], 'Tags: 1 March 2021'],
  ])('writes the tags %j so that they are read back (%s)', (tags, expected) => {
    const text = renderNewsText({
      title: 'Talks',
      categoryPath: [],
      tags,
      authors: [],
      body: oneParagraph,
    });
    expect(text.split('\n\n')[1]).toBe(expected);
    expect(parseOne(text).tags).toEqual(tags);
  });

  it.each(['Sponsored', 'Advertisement', 'By Ann Lee', 'About Baku', 'Share', '1 March 2021'])(
    'names a title that reads as chrome ("%s") in a breadcrumb, and reads it back',
    (title) => {
      const text = renderNewsText({
        title,
        categoryPath: [],
        tags: [],
        authors: [],
        body: oneParagraph,
      });
      expect(text).toBe(`Home / ${title}\n\n${title}\n\nThe talks went well.\n`);
      const draft = parseOne(text);
      expect([draft.title, draft.categoryPath, paragraphTexts(draft)]).toEqual([
        title,
        [],
        ['The talks went well.'],
      ]);
    }
  );

  it('names a title with a spaced separator in a breadcrumb: its last part as the next line is no crumb', () => {
    const text = renderNewsText({
      title: 'Oil / Gas',
      categoryPath: [],
      tags: ['Gas'],
      authors: [],
      body: oneParagraph,
    });
    expect(text.split('\n\n').slice(0, 3)).toEqual(['Home / Oil / Gas', 'Oil / Gas', 'Gas']);
    const draft = parseOne(text);
    expect([draft.title, draft.categoryPath, draft.tags]).toEqual(['Oil / Gas', [], ['Gas']]);
  });

  it('keeps a lone "Advertisement" line under a breadcrumb that does not name it out of the title', () => {
    const draft = parseOne(
      'Home / World / Talks\n\nAdvertisement\n\nTalks\n\nThe talks went well.\n'
    );
    expect([draft.title, draft.categoryPath, paragraphTexts(draft)]).toEqual([
      'Talks',
      ['World'],
      ['The talks went well.'],
    ]);
  });
});
