import {
  computeReadingStats,
  countWords,
  cutDescription,
  detectFormat,
  renderNewsText,
  type Block,
} from '..';
import { blockText, normalizeTexts } from '../blocks';
import { readDateIn, readDateLine } from '../dates';
import { deriveDescription } from '../description';
import { formatByline, renderTagsLine } from '../render-news-text';
import {
  collapseWhitespace,
  countWordsIn,
  fileExtension,
  foldPunctuation,
  looseKey,
  startsCapitalised,
  uniqueLoose,
} from '../text-utils';
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
    ['notes', '---', 'markdown'],
    ['notes', '\uFEFF--- \ntitle: x', 'markdown'],
    ['notes', '----\nTitle', 'text'],
    ['notes', 'Q1 results\n\nBody.', 'text'],
    ['notes', '[ {"title": "x"}]', 'json'],
    ['notes', '[', 'json'],
    ['notes', '[ ', 'json'],
    ['notes', '\n  <!DOCTYPE html><html><body><p>Hi</p></body></html>', 'html'],
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

const text = (value: string) => ({ type: 'text' as const, text: value });
const para = (value: string): Block => ({ type: 'paragraph', children: [text(value)] });
const heading = (value: string): Block => ({ type: 'heading', level: 2, children: [text(value)] });

describe('description, cut and derived', () => {
  it('cuts a text without spaces at the limit, never inside a surrogate pair', () => {
    expect(cutDescription('abcdefgh😀xyz', 10)).toBe('abcdefgh…');
    expect(cutDescription('abcdefghijklmnop', 10)).toBe('abcdefghi…');
    expect(cutDescription('abcdefghij', 10)).toBe('abcdefghij');
  });

  it('drops the punctuation left at the cut', () => {
    expect(cutDescription('Oil, gas,; and power for the region', 12)).toBe('Oil, gas…');
    expect(cutDescription('Leaders met – and agreed', 14)).toBe('Leaders met…');
  });

  it('takes the first paragraph with text, else the first block with text', () => {
    expect(deriveDescription([heading('Context'), para('   '), para(''), para('The lead.')])).toBe(
      'The lead.'
    );
    expect(deriveDescription([heading('  '), heading('Only headings'), heading('Second')])).toBe(
      'Only headings'
    );
    expect(deriveDescription([para(' \n ')])).toBe('');
    expect(deriveDescription([])).toBe('');
  });
});

describe('news text rendering details', () => {
  const draft = (body: Block[], authors: string[] = []) => ({
    title: 'Summit in Baku',
    categoryPath: [],
    tags: [],
    authors,
    body,
  });

  it('writes a paragraph on one line and skips empty ones', () => {
    expect(
      renderNewsText(draft([para('  First line\n\n  second line  '), para(' \n '), para('Next.')]))
    ).toBe('Summit in Baku\n\nFirst line second line\n\nNext.\n');
  });

  it('numbers ordered list items, nested lists on their own', () => {
    const item = (value: string) => ({ type: 'list-item' as const, children: [text(value)] });
    const list: Block = {
      type: 'list',
      format: 'ordered',
      children: [
        item('One'),
        { type: 'list', format: 'unordered', children: [item('Inner')] },
        { type: 'list', format: 'ordered', children: [item('Sub')] },
        item('Two'),
      ],
    };
    expect(renderNewsText(draft([list]))).toBe(
      'Summit in Baku\n\n1. One\n\n• Inner\n\n1. Sub\n\n2. Two\n'
    );
  });

  it('joins the byline: one name, two, or more', () => {
    expect(formatByline([])).toBe('');
    expect(formatByline(['Ann Lee'])).toBe('Ann Lee');
    expect(formatByline(['Ann Lee', 'Bob Stone'])).toBe('Ann Lee and Bob Stone');
    expect(formatByline(['Ann', 'Bob', 'Cem'])).toBe('Ann, Bob and Cem');
  });

  it.each([
    [['Oil', 'Gas'], 'Oil, Gas'],
    [['Oil', 'Gas and Power'], 'Oil, Gas and Power'],
    [['BAKU'], 'BAKU'],
    [['Oil', 'Gas '], 'Tags: Oil, Gas '],
    [['Oil', ''], 'Tags: Oil, '],
    [['Oil', 'gas'], 'Tags: Oil, gas'],
    [['Sponsored'], 'Tags: Sponsored'],
    [['By Ann Lee'], 'Tags: By Ann Lee'],
    [['About the author'], 'Tags: About the author'],
    [['Ann Lee is a reporter'], 'Tags: Ann Lee is a reporter'],
    [['1 May 2024'], 'Tags: 1 May 2024'],
    [['BAKU (Reuters) -'], 'Tags: BAKU (Reuters) -'],
  ])('writes the tags %j as %j', (tags, line) => {
    expect(renderTagsLine(tags)).toBe(line);
  });
});

describe('text utilities', () => {
  it('collapses and counts whitespace-separated words', () => {
    expect(collapseWhitespace(' a \t\n b\u00a0 c ')).toBe('a b c');
    expect(countWordsIn('')).toBe(0);
    expect(countWordsIn('   ')).toBe(0);
    expect(countWordsIn(' one  two\n\tthree ')).toBe(3);
  });

  it('reads the first character as capitalised or not', () => {
    expect(startsCapitalised('Baku')).toBe(true);
    expect(startsCapitalised('7 days')).toBe(true);
    expect(startsCapitalised('新闻')).toBe(true);
    expect(startsCapitalised('a Baku')).toBe(false);
    expect(startsCapitalised('"Baku"')).toBe(false);
  });

  it('compares display strings loosely', () => {
    expect(looseKey('  It’s   “Done” — Now ')).toBe('it\'s "done" - now');
    expect(foldPunctuation('‘a’ `b` ″c″')).toBe("'a' 'b' \"c\"");
    expect(uniqueLoose(['Oil', 'OIL ', 'Gas', 'o\u0069l'])).toEqual(['Oil', 'Gas']);
  });

  it('takes the extension of the last path segment', () => {
    expect(fileExtension('dir.v2/a.MD')).toBe('md');
    expect(fileExtension('C:\\dir.v2\\notes')).toBe('');
    expect(fileExtension('dir\\sub.d/notes')).toBe('');
    expect(fileExtension('.env')).toBe('');
    expect(fileExtension('archive.tar.gz')).toBe('gz');
    expect(fileExtension('notes.')).toBe('');
  });
});

describe('word counts', () => {
  it.each([
    ['', 0],
    ['  one   two  ', 2],
    ['— 2024 —', 1],
    ['-- ** !!', 0],
    ['Bakı şəhəri', 2],
    ['«»', 0],
    ['日本語のニュース', 8],
    ['新闻abc', 3],
    ['新闻。', 2],
    ['Ἀθῆναι', 1],
  ])('%j has %d words', (value, count) => {
    expect(countWords(value)).toBe(count);
  });
});

describe('date lines', () => {
  it.each([
    ['1 May 2024 10:00 -0500', '2024-05-01T10:00:00-05:00', undefined],
    ['1 May 2024 10:00 +0330', '2024-05-01T10:00:00+03:30', undefined],
    ['1 May 2024 10:00 UTC', '2024-05-01T10:00:00Z', undefined],
    ['1 May 2024 10:00', '2024-05-01T10:00:00', 'NO_TIME_ZONE'],
    ['01.05.2024 10:00 / 11:30', '2024-05-01T10:00:00', 'NO_TIME_ZONE'],
    ['01.05.2024 / 02.05.2024 11:30', '2024-05-01', undefined],
    ['03.09.2024 / 11:20', '2024-09-03T11:20:00', 'NO_TIME_ZONE'],
    ['at 1 May 2024 UTC', '2024-05-01', undefined],
  ])('reads %j as %s', (line, iso, note) => {
    const read = readDateLine(line);
    expect(read).toEqual(note === undefined ? { text: line, iso } : { text: line, iso, note });
  });

  it.each([
    ['Опубликовано 1 мая 2024', { iso: '2024-05-01' }],
    ['1 мая 2024, 10:00', { iso: '2024-05-01T10:00:00', note: 'NO_TIME_ZONE' }],
    ['5 mart 2024', { iso: '2024-03-05' }],
    ['Dərc olunub: 5 mart 2024, 10:30', { iso: '2024-03-05T10:30:00', note: 'NO_TIME_ZONE' }],
    ['May 5, 2024 at 10:00 GMT+4', { iso: '2024-05-05T10:00:00+04:00' }],
  ])('reads the Russian, Azerbaijani or English line %j', (line, read) => {
    expect(readDateLine(line)).toEqual({ text: line, ...read });
  });

  it('finds the date in a phrase, not a relative day before it', () => {
    expect(readDateIn('yesterday, May 1 2024')).toEqual({ text: 'May 1 2024', iso: '2024-05-01' });
    const russian = readDateIn('вчера, 1 мая 2024');
    expect([russian?.text.trim(), russian?.iso]).toEqual(['1 мая 2024', '2024-05-01']);
  });

  it.each(['1 May 2024, yesterday', 'Updated yesterday, 1 May 2024', 'First of May', 'May 2024'])(
    'does not read %j as a date line',
    (line) => {
      expect(readDateLine(line)).toBeUndefined();
    }
  );

  it('reads lines and phrases of up to 100 characters', () => {
    const line = (length: number) => `1 May 2024${' '.repeat(length - 10)}`;
    expect(readDateLine(line(100))?.iso).toBe('2024-05-01');
    expect(readDateLine(line(101))).toBeUndefined();
    const phrase = (length: number) => `BAKU, May 1 2024 ${'x'.repeat(length - 17)}`;
    expect(readDateIn(phrase(100))).toEqual({ text: 'May 1 2024', iso: '2024-05-01' });
    expect(readDateIn(phrase(101))).toBeUndefined();
  });
});

describe('block text', () => {
  it('writes a list one item a line, and never leaves a text list empty', () => {
    const item = (value: string) => ({ type: 'list-item' as const, children: [text(value)] });
    const list: Block = {
      type: 'list',
      format: 'unordered',
      children: [item('One'), { type: 'list', format: 'ordered', children: [item('Two')] }],
    };
    expect(blockText(list)).toBe('One\nTwo');
    expect(deriveDescription([list])).toBe('One Two');
    expect(normalizeTexts([])).toEqual([{ type: 'text', text: '' }]);
    expect(normalizeTexts([text(''), text('')])).toEqual([{ type: 'text', text: '' }]);
    expect(normalizeTexts([text('a'), text('b')])).toEqual([{ type: 'text', text: 'ab' }]);
  });
});
