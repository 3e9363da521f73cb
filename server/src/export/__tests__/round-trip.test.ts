import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import fc from 'fast-check';

import { serializeArticle, type ExportArticle, type ExportFormat } from '../serialize';
import { contentHash } from '../../import/hash';
import { parseSource, type ArticleDraft, type Block } from '../../parsing';
import { normalizeInlines, textNode, type InlineNode } from '../../parsing/blocks';

const DATA = path.resolve(__dirname, '../../../../data');

/** The article as the database would hold it after importing `draft`. */
const stored = (
  draft: ArticleDraft,
  status: ExportArticle['status'] = 'published'
): ExportArticle => ({
  documentId: 'doc',
  title: draft.title,
  slug: draft.slug,
  description: draft.description,
  body: draft.body,
  tags: draft.tags,
  authors: draft.authors,
  categoryPath: draft.categoryPath,
  status,
  sourceUrl: draft.sourceMeta.sourceUrl ?? null,
  sourceMeta: draft.sourceMeta,
});

const parseOne = (content: string, name: string): ArticleDraft => {
  const items = parseSource(content, name);
  expect(items).toHaveLength(1);
  const [item] = items;
  if (!item.ok) throw new Error(`${name} does not parse back: ${item.error.message}\n${content}`);
  return item.draft;
};

/** What an import compares (the content hash's fields), without the input format. */
const content = (draft: ArticleDraft) => {
  const { format: _format, ...sourceMeta } = draft.sourceMeta;
  const { title, slug, description, categoryPath, tags, authors, body } = draft;
  return { title, slug, description, categoryPath, tags, authors, body, sourceMeta };
};

const reimport = (draft: ArticleDraft, format: ExportFormat): ArticleDraft =>
  parseOne(serializeArticle(stored(draft), format), `${draft.slug}.${format}`);

describe('export → import round trip over the bundled data', () => {
  const drafts = readdirSync(DATA)
    .sort()
    .flatMap((file) =>
      parseSource(readFileSync(path.join(DATA, file)), file).map((item) => {
        if (!item.ok) throw new Error(`${file}: ${item.error.message}`);
        return item.draft;
      })
    );

  it('reads every bundled article', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(6);
  });

  it.each(['md', 'json'] as const)('%s gives back the same article and content hash', (format) => {
    for (const draft of drafts) {
      const back = reimport(draft, format);
      expect(content(back)).toEqual(content(draft));
      expect(contentHash(back)).toBe(contentHash(draft));
      expect(back.warnings.filter((w) => !/No (category|authors) given/.test(w))).toEqual([]);
    }
  });

  it('txt keeps title, category path, tags, authors and paragraphs of news-text articles', () => {
    for (const draft of drafts.filter((d) => d.sourceMeta.format === 'text')) {
      const back = reimport(draft, 'txt');
      expect(content(back)).toEqual(content(draft));
    }
  });
});

// ---- generated articles ------------------------------------------------------------------

/** Words with the characters Markdown treats as syntax, non-Latin letters and entities. */
const WORD = fc.oneof(
  fc.constantFrom(
    'Bakı',
    'Məmmədov',
    'Тегеран',
    'خبر',
    'news',
    '2026.',
    '1)',
    '#1',
    '#',
    '>',
    '-',
    '+',
    '=',
    '*',
    '**',
    '_',
    '__',
    '`',
    '``',
    '~~',
    '[x]',
    '](y)',
    '<b>',
    '&amp;',
    '&#169;',
    'a\\',
    '\\',
    '!',
    '|',
    ':',
    '"quoted"',
    '“curly”',
    '–',
    '(',
    ')',
    'http://x.test',
    '<http://x.test>',
    '---',
    '***'
  ),
  fc.stringMatching(/^[A-Za-z0-9]{1,8}$/)
);
const ALNUM = fc.stringMatching(/^[A-Za-z0-9əş]{1,8}$/);
/** Plain text: words separated by single spaces (what every importer format produces). */
const plainText = fc.array(WORD, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
/** Marked text: starts and ends with a letter or digit (Markdown emphasis needs flanking). */
const markedText = fc
  .tuple(ALNUM, fc.array(WORD, { maxLength: 3 }), ALNUM)
  .map(([a, middle, b]) => [a, ...middle, b].join(' '));

const MARK_SETS = [
  { bold: true },
  { italic: true },
  { strikethrough: true },
  { bold: true, italic: true },
  { code: true },
  { bold: true, code: true },
] as const;

/** A line of inline nodes: plain runs between marked words and links, as Markdown gives them. */
const inlineLine: fc.Arbitrary<InlineNode[]> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: plainText.map((text) => [textNode(text)]) },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.constantFrom(...MARK_SETS), markedText)
          .map(([marks, text]) => [textNode(text, marks)]),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(
            fc.constantFrom('https://example.com/a?b=1', '/news/a_b', 'mailto:a@b.test'),
            markedText
          )
          .map(([url, text]): InlineNode[] => [{ type: 'link', url, children: [textNode(text)] }]),
      }
    ),
    { minLength: 1, maxLength: 5 }
  )
  // Neighbours are separated by a space, as in any sentence.
  .map((parts) =>
    normalizeInlines(parts.flatMap((part, i) => (i === 0 ? part : [textNode(' '), ...part])))
  );

/** Lines joined by line breaks (a hard break in Markdown). */
const inlineLines = fc
  .array(inlineLine, { minLength: 1, maxLength: 3 })
  .map((lines) =>
    normalizeInlines(lines.flatMap((line, i) => (i === 0 ? line : [textNode('\n'), ...line])))
  );

const listBlock = (depth: number): fc.Arbitrary<Block> =>
  fc
    .tuple(
      fc.constantFrom('ordered', 'unordered' as const),
      fc.array(inlineLine, { minLength: 1, maxLength: 3 }),
      depth < 2 ? fc.option(listBlock(depth + 1), { nil: undefined }) : fc.constant(undefined)
    )
    .map(([format, items, nested]) => {
      const children: Array<Extract<Block, { type: 'list' }>['children'][number]> = items.map(
        (children) => ({ type: 'list-item' as const, children })
      );
      if (nested) children.push(nested as Extract<Block, { type: 'list' }>);
      const list: Block = { type: 'list', format: format as 'ordered' | 'unordered', children };
      if (depth > 0) list.indentLevel = depth;
      return list;
    });

const block: fc.Arbitrary<Block> = fc.oneof(
  { weight: 4, arbitrary: inlineLines.map((children): Block => ({ type: 'paragraph', children })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(1, 2, 3, 4, 5, 6 as const), inlineLine)
      .map(([level, children]): Block => ({ type: 'heading', level: level as 1, children })),
  },
  { weight: 1, arbitrary: inlineLines.map((children): Block => ({ type: 'quote', children })) },
  { weight: 1, arbitrary: listBlock(0) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.option(fc.constantFrom('ts', 'json', 'c++'), { nil: undefined }),
        fc.array(fc.oneof(plainText, fc.constant('```'), fc.constant('  indented')), {
          maxLength: 4,
        })
      )
      .map(([language, lines]): Block => {
        const code: Block = { type: 'code', children: [textNode(lines.join('\n'))] };
        if (language) code.language = language;
        return code;
      }),
  }
);

const name = fc
  .array(fc.constantFrom('Ayya', 'Lmahamad', 'Məmmədov', 'Ли', 'O’Brien', 'Anne-Marie', 'de'), {
    minLength: 1,
    maxLength: 3,
  })
  .map((parts) => parts.join(' '));

const generatedArticle = fc
  .record({
    title: plainText,
    description: fc.option(plainText, { nil: undefined }),
    categoryPath: fc.array(
      fc.constantFrom('Politics', 'Business', 'Energy / Oil', 'Ölkə', 'Yes', '1.5'),
      { maxLength: 3 }
    ),
    tags: fc.uniqueArray(
      fc.constantFrom('Azerbaijan', 'Iran', 'null', 'true', '#tag', 'a, b', 'Bakı'),
      { maxLength: 4 }
    ),
    authors: fc.uniqueArray(name, { maxLength: 3, selector: (n) => n.toLowerCase() }),
    // A paragraph first: an article needs body text.
    body: fc
      .tuple(inlineLines, fc.array(block, { maxLength: 6 }))
      .map(([first, rest]): Block[] => [{ type: 'paragraph', children: first }, ...rest]),
    sourceUrl: fc.option(fc.constantFrom('https://news.example/a?b=1&c=2', 'https://x.test/ə'), {
      nil: undefined,
    }),
    publishedAt: fc.option(fc.constantFrom('2026-11-27', '2026-11-27T10:00:00Z'), {
      nil: undefined,
    }),
    extra: fc.option(
      fc.dictionary(
        fc.constantFrom('id', 'agency', 'priority'),
        fc.oneof(fc.string(), fc.integer(), fc.boolean())
      ),
      { nil: undefined }
    ),
  })
  // The importer is the reference: what it makes of these fields is the article as stored.
  .map((fields) =>
    parseOne(JSON.stringify({ ...fields, ...fields.extra, extra: undefined }), 'generated.json')
  );

describe('export → import round trip over generated articles (property)', () => {
  it.each(['md', 'json'] as const)('%s reproduces every field of the article', (format) => {
    fc.assert(
      fc.property(generatedArticle, (draft) => {
        const back = reimport(draft, format);
        expect(content(back)).toEqual(content(draft));
      }),
      { numRuns: 300 }
    );
  });

  it('json keeps underline and any text exactly', () => {
    fc.assert(
      fc.property(generatedArticle, fc.string({ minLength: 1 }), (draft, text) => {
        const body: Block[] = [
          ...draft.body,
          { type: 'paragraph', children: [textNode(text, { underline: true })] },
        ];
        const back = parseOne(serializeArticle(stored({ ...draft, body }), 'json'), 'a.json');
        expect(back.body).toEqual(body);
      }),
      { numRuns: 100 }
    );
  });
});
