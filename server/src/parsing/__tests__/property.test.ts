import fc from 'fast-check';
import {
  MAX_DESCRIPTION_LENGTH,
  MAX_TITLE_LENGTH,
  parseSource,
  renderNewsText,
  type ArticleDraft,
  type Block,
  type InlineNode,
  type ParseItem,
} from '..';
import { paragraphBlock } from '../blocks';
import { buildDraft } from '../draft';
import { isTimeWord } from '../news-text/byline';

const FILE_NAMES = ['a.txt', 'a.md', 'a.json', 'pasted'];

function checkInlines(nodes: readonly InlineNode[]): void {
  expect(nodes.length).toBeGreaterThan(0);
  for (const node of nodes) {
    if (node.type === 'link') checkInlines(node.children);
    else expect(typeof node.text).toBe('string');
  }
}

function checkBlock(block: Block): void {
  if (block.type === 'list') {
    expect(block.children.length).toBeGreaterThan(0);
    for (const child of block.children) {
      if (child.type === 'list') checkBlock(child);
      else checkInlines(child.children);
    }
  } else {
    checkInlines(block.children);
  }
}

/** What every item must satisfy, whatever the input. */
function checkItems(items: ParseItem[]): void {
  expect(items.length).toBeGreaterThanOrEqual(1);
  for (const item of items) {
    if (!item.ok) {
      expect(item.error.code).not.toBe('INTERNAL');
      expect(item.error.message.length).toBeGreaterThan(10);
      continue;
    }
    const { draft } = item;
    expect(draft.title.length).toBeGreaterThan(0);
    expect(draft.title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(draft.description.length).toBeLessThanOrEqual(MAX_DESCRIPTION_LENGTH);
    expect(draft.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(draft.body.length).toBeGreaterThan(0);
    draft.body.forEach(checkBlock);
    expect(draft.readingTimeMinutes).toBeGreaterThanOrEqual(1);
  }
}

/** Fragments that steer random inputs into the interesting branches of every format. */
const FRAGMENTS = [
  '---\n',
  '{',
  '}',
  '[',
  ']',
  '"',
  ':',
  ',',
  'title: ',
  '"title": ',
  '"body": ',
  'Home / ',
  ' / ',
  'By ',
  'About ',
  ' and ',
  '# ',
  '- ',
  '1. ',
  '> ',
  '```',
  '**',
  '*',
  '~~',
  '`',
  '[a](',
  'http://x.y',
  ')',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  ' ',
  'Word',
  'word.',
  'Ə',
  'ş',
  'ایران',
  'Щ',
  '\u2013',
  '\u201c',
  '<script>',
  '\uFEFF',
  '\u00a0',
  '\u2028',
];

describe('parseSource never throws (property)', () => {
  it.each([
    ['arbitrary strings', fc.string({ unit: 'binary', maxLength: 300 })],
    [
      'strings assembled from format fragments',
      fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join('')),
    ],
    ['arbitrary bytes', fc.uint8Array({ maxLength: 300 })],
  ] as Array<[string, fc.Arbitrary<string | Uint8Array>]>)('on %s', (_label, inputs) => {
    fc.assert(
      fc.property(inputs, fc.constantFrom(...FILE_NAMES), (input, name) => {
        checkItems(parseSource(input, name));
      }),
      { numRuns: 1000 }
    );
  });
});

const LOWER = 'abcdefghijklmnopqrstuvwxyzəşğıöüçабвгдежзиклмнопрстуфхцчшэюя';
const lowerWord = fc.string({ unit: fc.constantFrom(...LOWER), minLength: 2, maxLength: 9 });
const capWord = lowerWord.map((word) => word.charAt(0).toUpperCase() + word.slice(1));
const words = (arb: fc.Arbitrary<string>, min: number, max: number) =>
  fc.array(arb, { minLength: min, maxLength: max }).map((list) => list.join(' '));
// A name's words, not the time words that make "By …" a time ("By Aa Now" is not a byline).
const name = words(
  capWord.filter((word) => !isTimeWord(word)),
  2,
  3
);
const sentence = fc
  .tuple(capWord, words(lowerWord, 2, 14), fc.constantFrom('.', '!', '?'))
  .map(([first, rest, end]) => `${first} ${rest}${end}`);
const paragraph = words(sentence, 1, 4);
/** Words the news-text parser reads as page chrome when they stand alone on a line. */
const CHROME_LIKE = [
  'Ad',
  'Advertisement',
  'Sponsored',
  'Reklam',
  'Share',
  'Share On',
  'Related',
  'Subscribe',
  'By',
  'About',
  'About The Author',
  'Tags',
  'Home',
  'BAKU',
];
const looseUnique = { selector: (value: string) => value.toLowerCase() };

const draftArb = fc
  .record({
    title: fc
      .oneof(
        { weight: 9, arbitrary: fc.tuple(capWord, words(fc.oneof(capWord, lowerWord), 0, 10)) },
        { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...CHROME_LIKE), words(capWord, 0, 1)) }
      )
      .map(([a, b]) => `${a} ${b}`.trim()),
    categoryPath: fc.array(
      words(capWord, 1, 2).filter((value) => value.toLowerCase() !== 'home'),
      { maxLength: 3 }
    ),
    // Tags and titles that read as chrome on their own ("Ad", "By Xx") must come back too.
    tags: fc.uniqueArray(
      fc.oneof(
        { weight: 9, arbitrary: words(capWord, 1, 3) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.constantFrom(...CHROME_LIKE), words(capWord, 0, 1))
            .map(([a, b]) => `${a} ${b}`.trim()),
        }
      ),
      { ...looseUnique, maxLength: 5 }
    ),
    authors: fc.uniqueArray(name, { ...looseUnique, maxLength: 4 }),
    paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 6 }),
    aboutAuthor: fc.option(name, { nil: undefined }),
  })
  .map((input): ArticleDraft =>
    buildDraft({
      format: 'text',
      title: input.title,
      titleHint: '',
      bodyHint: '',
      categoryPath: input.categoryPath,
      tags: input.tags,
      authors: input.authors,
      body: input.paragraphs.map(paragraphBlock),
      meta: { aboutAuthor: input.aboutAuthor },
    })
  );

describe('news text round trip (property)', () => {
  it('parseSource(renderNewsText(draft)) gives the same draft', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        const items = parseSource(renderNewsText(draft), 'generated.txt');
        expect(items).toHaveLength(1);
        const [item] = items;
        if (!item.ok) throw new Error(`${item.error.code}: ${item.error.message}`);
        const parsed = item.draft;
        expect({
          title: parsed.title,
          slug: parsed.slug,
          description: parsed.description,
          categoryPath: parsed.categoryPath,
          tags: parsed.tags,
          authors: parsed.authors,
          body: parsed.body,
          aboutAuthor: parsed.sourceMeta.aboutAuthor,
          wordCount: parsed.wordCount,
        }).toEqual({
          title: draft.title,
          slug: draft.slug,
          description: draft.description,
          categoryPath: draft.categoryPath,
          tags: draft.tags,
          authors: draft.authors,
          body: draft.body,
          aboutAuthor: draft.sourceMeta.aboutAuthor,
          wordCount: draft.wordCount,
        });
      }),
      { numRuns: 1000 }
    );
  });
});
