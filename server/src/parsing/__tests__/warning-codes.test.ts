import { readdirSync, readFileSync } from 'fs';
import path from 'path';

import {
  ARTICLE_WARNING_CODES,
  articleWarning,
  type ArticleWarning,
} from '../../../../shared/contracts';
import { parseSource, type Block } from '..';
import { buildDraft, type DraftInput } from '../draft';
import { parseOne, REPO_ROOT } from './helpers';

/**
 * The draft's warnings carry a code and params (the admin translates them) beside the English
 * text, which stays as it was: `warnings[i]` is `warningDetails[i].message`.
 */
const details = (input: string, fileName = 'article.txt'): ArticleWarning[] => {
  const draft = parseOne(input, fileName);
  expect(draft.warningDetails?.map((warning) => warning.message)).toEqual(draft.warnings);
  return draft.warningDetails ?? [];
};

const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

describe('warning codes and params', () => {
  it('news text: no breadcrumb, no byline, a date without a year', () => {
    const found = details(
      [
        'Azerbaijan opens new border checkpoint with Georgia',
        '',
        'BAKU, Azerbaijan, July 14',
        '',
        'A new checkpoint on the Azerbaijan-Georgia border opened on Sunday.',
        '',
        'It can process up to 3,000 vehicles a day, officials said.',
      ].join('\n')
    );
    expect(found).toEqual([
      {
        code: 'NO_BREADCRUMB',
        params: {},
        message: 'No breadcrumb found: the article will have no category',
      },
      {
        code: 'DATE_NOT_USED',
        params: { date: 'July 14', reason: 'NO_YEAR' },
        message: 'The date "July 14" was not used as the publication date: it has no year',
      },
      {
        code: 'NO_BYLINE',
        params: {},
        message: 'No byline found: the article will have no author',
      },
    ]);
  });

  it('a date read without its time zone says so with the ISO value it gave', () => {
    const found = details(
      [
        'Home / Business / Oil prices fall',
        '',
        'Oil prices fall',
        '',
        'Oil prices fell on Monday as supply rose.',
        '',
        'Traders expect more falls.',
        '',
        'By Ann Lee',
        '',
        '14 March 2024 17:05',
      ].join('\n')
    );
    expect(found).toContainEqual({
      code: 'DATE_READ_PARTLY',
      params: { date: '14 March 2024 17:05', iso: '2024-03-14T17:05:00', reason: 'NO_TIME_ZONE' },
      message:
        'The date "14 March 2024 17:05" was read as 2024-03-14T17:05:00, but its time zone is not given',
    });
  });

  it('Markdown: invisible characters, a normalised slug, a cut lead, a bad date, an image', () => {
    const found = details(
      [
        '---',
        'title: "Oil\u200b prices fall"',
        'slug: Oil Prices',
        `description: "${'x'.repeat(320)}"`,
        'publishedAt: yesterday',
        '---',
        '',
        'Oil prices fell. ![chart](https://example.com/chart.png)',
      ].join('\n'),
      'oil.md'
    );
    const byCode = new Map(found.map((warning) => [warning.code, warning.params]));
    expect(byCode.get('INVISIBLE_CHARACTERS_REMOVED')).toEqual({ count: 1, field: 'title' });
    expect(byCode.get('SLUG_NORMALISED')).toEqual({ given: 'Oil Prices', slug: 'oil-prices' });
    expect(byCode.get('DESCRIPTION_CUT')).toEqual({ max: 300 });
    expect(byCode.get('PUBLISHED_AT_NOT_A_DATE')).toEqual({ value: 'yesterday' });
    expect(byCode.get('IMAGE_NOT_IMPORTED')).toEqual({ src: 'https://example.com/chart.png' });
    expect(byCode.get('NO_CATEGORY_GIVEN')).toEqual({});
    expect(byCode.get('NO_AUTHORS_GIVEN')).toEqual({});
  });

  it('JSON blocks: a link Strapi cannot hold keeps its URL as a param', () => {
    const found = details(
      JSON.stringify({
        title: 'Oil prices fall',
        categoryPath: ['Business'],
        authors: ['Ann Lee'],
        body: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'See ' },
              { type: 'link', url: '#notes', children: [{ type: 'text', text: 'the notes' }] },
            ],
          },
        ],
      }),
      'oil.json'
    );
    expect(found).toEqual([
      {
        code: 'LINK_KEPT_AS_TEXT',
        params: { url: '#notes' },
        message:
          'Link to "#notes" kept as plain text: Strapi\'s rich text cannot hold links that start with # or ?',
      },
    ]);
  });

  it('a body shape that is a misreading comes first, with the paragraph and the word count', () => {
    const [first] = details(`Oil prices fall\n\n${words(300)}\n\nBy Ann Lee`);
    expect(first).toMatchObject({
      code: 'LONG_PARAGRAPH',
      params: { paragraph: 1, words: 300, max: 250 },
    });
  });

  it('over 20 warnings: the last one counts the rest', () => {
    const links = Array.from({ length: 25 }, (_, i) => `[l${i}](#a${i})`).join(' ');
    const found = details(`# Oil prices fall\n\n${links}`, 'oil.md');
    expect(found).toHaveLength(20);
    expect(found[19]).toEqual({
      code: 'MORE_WARNINGS',
      params: { count: 8 },
      message: '…and 8 more warnings',
    });
  });

  it('every fixture page: each warning has a known code and its message is the English text', () => {
    const known = new Set<string>(ARTICLE_WARNING_CODES);
    const dir = path.join(REPO_ROOT, 'tests/fixtures/news-pages');
    const inputs = readdirSync(dir).filter((name) => !name.endsWith('.expected.json'));
    expect(inputs.length).toBeGreaterThan(10);
    let seen = 0;
    for (const name of inputs) {
      for (const item of parseSource(new Uint8Array(readFileSync(path.join(dir, name))), name)) {
        if (!item.ok) continue;
        expect(item.draft.warningDetails?.map((warning) => warning.message)).toEqual(
          item.draft.warnings
        );
        for (const warning of item.draft.warningDetails ?? []) {
          expect([name, known.has(warning.code)]).toEqual([name, true]);
          seen += 1;
        }
      }
    }
    expect(seen).toBeGreaterThan(5);
  });
});

describe('buildDraft: the checks every format shares', () => {
  const para = (text: string): Block => ({ type: 'paragraph', children: [{ type: 'text', text }] });
  const input = (fields: Partial<DraftInput> = {}): DraftInput => ({
    format: 'markdown',
    title: 'Summit in Baku',
    titleHint: 'add a "# Title" line',
    body: [para('Leaders met on Monday.')],
    bodyHint: 'add a paragraph',
    ...fields,
  });
  const warning = (text: string) =>
    articleWarning('PUBLISHED_AT_NOT_A_DATE', { value: text }, text);

  it('leaves lists empty and the metadata bare when none are given', () => {
    const draft = buildDraft(input());
    expect(draft).toMatchObject({
      slug: 'summit-in-baku',
      description: 'Leaders met on Monday.',
      categoryPath: [],
      tags: [],
      authors: [],
      sourceMeta: { format: 'markdown' },
      warnings: [],
      warningDetails: [],
    });
    expect(draft.sourceMeta).toStrictEqual({ format: 'markdown' });
  });

  it('drops empty list items and empty metadata, keeps the rest', () => {
    const draft = buildDraft(
      input({
        tags: ['', ' Oil ', '  '],
        categoryPath: ['World', ''],
        authors: ['', 'Ann  Lee'],
        meta: {
          dateline: '',
          outlet: 'Baku Post',
          boilerplate: [],
          extra: {},
        },
      })
    );
    expect([draft.tags, draft.categoryPath, draft.authors]).toEqual([
      ['Oil'],
      ['World'],
      ['Ann Lee'],
    ]);
    expect(draft.sourceMeta).toStrictEqual({ format: 'markdown', outlet: 'Baku Post' });
    const kept = buildDraft(
      input({ meta: { boilerplate: ['Subscribe'], extra: { desk: 'Energy' } } })
    );
    expect(kept.sourceMeta).toStrictEqual({
      format: 'markdown',
      boilerplate: ['Subscribe'],
      extra: { desk: 'Energy' },
    });
  });

  it('names the field it removed invisible characters from', () => {
    const draft = buildDraft(
      input({
        tags: ['O\u200bil'],
        categoryPath: ['Wor\u200bld\u200b'],
        authors: ['Ann\u200b Lee'],
        slug: ' summit\u200b-baku ',
      })
    );
    expect(draft.slug).toBe('summit-baku');
    expect(draft.warningDetails).toEqual([
      {
        code: 'INVISIBLE_CHARACTERS_REMOVED',
        params: { count: 1, field: 'slug' },
        message: 'Removed 1 invisible character (zero-width or bidi control) from the slug',
      },
      {
        code: 'INVISIBLE_CHARACTERS_REMOVED',
        params: { count: 2, field: 'category' },
        message: 'Removed 2 invisible characters (zero-width or bidi control) from the category',
      },
      {
        code: 'INVISIBLE_CHARACTERS_REMOVED',
        params: { count: 1, field: 'tags' },
        message: 'Removed 1 invisible character (zero-width or bidi control) from the tags',
      },
      {
        code: 'INVISIBLE_CHARACTERS_REMOVED',
        params: { count: 1, field: 'authors' },
        message: 'Removed 1 invisible character (zero-width or bidi control) from the authors',
      },
    ]);
  });

  it('keeps a description of 300 characters, cuts one of 301', () => {
    const exact = 'a'.repeat(300);
    expect(buildDraft(input({ description: exact }))).toMatchObject({
      description: exact,
      warnings: [],
    });
    const cut = buildDraft(input({ description: `${'word '.repeat(60)}x` }));
    expect(cut.description).toBe(`${'word '.repeat(59)}word…`);
    expect(cut.warnings).toEqual(['Description was cut to 300 characters']);
  });

  it('keeps 20 warnings, sums up the rest, and says each message once', () => {
    const given = (count: number) =>
      Array.from({ length: count }, (_, i) => warning(`Note ${i + 1}`));
    expect(buildDraft(input({ warnings: [...given(20), warning('Note 3')] })).warnings).toEqual(
      given(20).map((item) => item.message)
    );
    const many = buildDraft(input({ warnings: given(21) })).warningDetails ?? [];
    expect(many).toHaveLength(20);
    expect(many[18].message).toBe('Note 19');
    expect(many[19]).toEqual({
      code: 'MORE_WARNINGS',
      params: { count: 2 },
      message: '…and 2 more warnings',
    });
  });

  it('keeps the first of two warnings with the same message', () => {
    const first = articleWarning('PUBLISHED_AT_NOT_A_DATE', { value: 'first' }, 'Same text');
    const second = articleWarning('PUBLISHED_AT_NOT_A_DATE', { value: 'second' }, 'Same text');
    expect(buildDraft(input({ warnings: [first, second] })).warningDetails).toEqual([first]);
  });

  it('refuses a title over 255 characters and a body of blanks', () => {
    expect(() => buildDraft(input({ title: 't'.repeat(256), titleLine: 3 }))).toThrow(
      'The title is 256 characters long, over the 255 allowed: shorten it (is the first paragraph on the title line?).'
    );
    expect(() => buildDraft(input({ body: [para('   '), para('\n')] }))).toThrow(
      'The article "Summit in Baku" has no body text: add a paragraph.'
    );
  });
});
