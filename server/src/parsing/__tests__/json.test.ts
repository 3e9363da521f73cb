import { parseSource } from '..';
import { item, list, parseFailure, parseOne, readFixture, t } from './helpers';
const article = (fields: Record<string, unknown>): string =>
  JSON.stringify({ title: 'T', body: 'Body.', ...fields });

describe('json: one article', () => {
  it('reads the fields and a Markdown body', () => {
    const draft = parseOne(
      JSON.stringify({
        title: 'Oil prices fall',
        slug: 'oil-prices-fall-2024',
        category: 'Business / Energy',
        tags: ['Oil', 'Markets'],
        authors: ['Ann Lee'],
        sourceUrl: 'https://example.com/oil',
        locale: 'en',
        wire: { id: 7 },
        body: '## Lead\n\nPrices **fell** today.',
      }),
      'oil.json'
    );
    expect(draft).toMatchObject({
      title: 'Oil prices fall',
      slug: 'oil-prices-fall-2024',
      categoryPath: ['Business', 'Energy'],
      tags: ['Oil', 'Markets'],
      authors: ['Ann Lee'],
      description: 'Prices fell today.',
      sourceMeta: {
        format: 'json',
        sourceUrl: 'https://example.com/oil',
        locale: 'en',
        extra: { wire: { id: 7 } },
      },
      warnings: [],
    });
    expect(draft.body).toEqual([
      { type: 'heading', level: 2, children: [t('Lead')] },
      { type: 'paragraph', children: [t('Prices '), t('fell', { bold: true }), t(' today.')] },
    ]);
  });

  it('reads a body given as blocks (fixture)', () => {
    const draft = parseOne(readFixture('valid/blocks-body.json'), 'blocks-body.json');
    expect(draft.title).toBe('Blocks body');
    expect(draft.categoryPath).toEqual(['World', 'Europe']);
    expect(draft.tags).toEqual(['Europe', 'Blocks']);
    expect(draft.authors).toEqual(['Anna Schmidt']);
    expect(draft.description).toBe('Given lead.');
    expect(draft.body).toEqual([
      { type: 'heading', level: 2, children: [t('Intro')] },
      {
        type: 'paragraph',
        children: [
          t('Read '),
          { type: 'link', url: 'https://example.com', children: [t('this', { bold: true })] },
        ],
      },
    ]);
    expect(draft.wordCount).toBe(3);
  });

  it('cleans blocks: merges texts, drops false marks and unknown keys, fills empty texts', () => {
    const body = [
      {
        type: 'paragraph',
        children: [t('a'), { type: 'text', text: 'b', bold: false, color: 'red' }, t('')],
      },
      list('unordered', [item(t('')), list('ordered', [item(t('x'))])]),
      { type: 'code', language: null, children: [t('code')] },
    ];
    const draft = parseOne(article({ body }), 'a.json');
    expect(draft.body).toEqual([
      { type: 'paragraph', children: [t('ab')] },
      list('unordered', [item(t('')), list('ordered', [item(t('x'))], 1)]),
      { type: 'code', children: [t('code')] },
    ]);
  });
});

describe('json: arrays', () => {
  it('gives one item per element; one bad element does not fail the others (fixture)', () => {
    const items = parseSource(readFixture('invalid/array-one-bad.json'), 'array-one-bad.json');
    expect(items.map((item) => [item.source, item.ok])).toEqual([
      ['array-one-bad.json#1', true],
      ['array-one-bad.json#2', false],
      ['array-one-bad.json#3', true],
    ]);
    const [first, second, third] = items;
    expect(first.ok && first.draft.title).toBe('First article');
    expect(third.ok && third.draft.body).toEqual([
      { type: 'paragraph', children: [t('Third body.')] },
    ]);
    expect(!second.ok && second.error.code).toBe('INVALID_FIELD');
    expect(!second.ok && second.error.message).toContain(
      'Article 2: field "tags" item 1 must be text, not a number'
    );
  });

  it('says where each item came from as values: the file, and the 1-based index in the array', () => {
    const items = parseSource(readFixture('invalid/array-one-bad.json'), 'a#b.json');
    expect(items.map(({ file, index }) => [file, index])).toEqual([
      ['a#b.json', 1],
      ['a#b.json', 2],
      ['a#b.json', 3],
    ]);
    const [single] = parseSource('{"title": "One", "body": "Text."}', 'one#2.json');
    expect([single.source, single.file, single.index]).toEqual(['one#2.json', 'one#2.json', null]);
  });

  it('reports elements that are not objects', () => {
    const items = parseSource('[{"title":"A","body":"B."}, 42, null]', 'x.json');
    expect(items.map((item) => (item.ok ? 'ok' : item.error.code))).toEqual([
      'ok',
      'INVALID_FIELD',
      'INVALID_FIELD',
    ]);
    expect(!items[1].ok && items[1].error.message).toMatch(/^Article 2 is a number/);
  });

  it('reports an empty array', () => {
    expect(parseFailure('[]', 'x.json').code).toBe('EMPTY_INPUT');
  });
});

describe('json: errors', () => {
  it('reports a syntax error with line and column (fixture)', () => {
    const error = parseFailure(readFixture('invalid/broken.json'), 'broken.json');
    expect(error).toMatchObject({ code: 'INVALID_JSON', line: 4, column: 3 });
    expect(error.message).toContain('line 4, column 3');
    expect(error.message).toContain('missing comma');
  });

  it.each([
    ['{"title": "T",}', 1, 15, 'trailing comma'],
    ['[1,]', 1, 4, 'trailing comma'],
    ['{"title": "T"', 1, 14, 'expected'],
    ['{\n  "title": "unterminated\n}', 2, 25, 'line break'],
    ["{'title': 'T'}", 1, 2, 'double quotes'],
    ['{"a": tru}', 1, 7, 'expected a value'],
    ['{"a": 1} x', 1, 10, 'after the JSON value'],
    ['{"a": "\\q"}', 1, 8, 'invalid escape'],
    ['{"a": 01}', 1, 8, 'expected'],
    ['{"a": "abc', 1, 7, 'never closed'],
  ])('%j → line %i, column %i', (text, line, column, words) => {
    const error = parseFailure(text, 'x.json');
    expect(error).toMatchObject({ code: 'INVALID_JSON', line, column });
    expect(error.message).toContain(words);
  });

  it('reports a top-level value that is not an article, saying what it is', () => {
    expect(parseFailure('"just a string"', 'x.json')).toMatchObject({ code: 'INVALID_FIELD' });
    const said = (json: string) => parseFailure(json, 'x.json').message;
    const like = ': an article must be an object like { "title": "…", "body": "…" }.';
    expect(said('null')).toBe(`The JSON is null${like}`);
    expect(said('42')).toBe(`The JSON is a number${like}`);
    expect(said('"just a string"')).toBe(`The JSON is a string${like}`);
    expect(said('[[1]]')).toBe(`Article 1 is a list${like}`);
    expect(said('[null]')).toBe(`Article 1 is null${like}`);
  });

  it.each([
    [[{ type: 'table', children: [] }], 'body[0]: unknown block type "table"'],
    [[{ type: 'paragraph', children: [] }], 'body[0]: "children" must not be empty'],
    [[{ type: 'paragraph' }], 'body[0]: "children" must be an array'],
    [
      [{ type: 'heading', level: 7, children: [t('x')] }],
      'body[0]: "level" must be a number from 1 to 6',
    ],
    [
      [{ type: 'paragraph', children: [{ type: 'text', text: 3 }] }],
      'body[0].children[0]: a text node needs a string "text"',
    ],
    [
      [{ type: 'paragraph', children: [{ type: 'text', text: 'x', bold: 'yes' }] }],
      'body[0].children[0]: "bold" must be true or false',
    ],
    [
      [
        {
          type: 'paragraph',
          children: [{ type: 'link', url: 'javascript:alert(1)', children: [t('x')] }],
        },
      ],
      'body[0].children[0]: the link URL "javascript:alert(1)" uses a protocol that is not allowed',
    ],
    [
      [{ type: 'list', format: 'bulleted', children: [] }],
      'body[0]: "format" must be "ordered" or "unordered"',
    ],
    [
      [{ type: 'list', format: 'ordered', children: [t('x')] }],
      'body[0].children[0]: a list holds "list-item"',
    ],
    [[{ type: 'image', image: {}, children: [t('')] }], 'body[0]: image blocks cannot be imported'],
    [['text'], 'body[0]: expected a block object'],
  ])('rejects invalid blocks %#', (body, message) => {
    const error = parseFailure(article({ body }), 'x.json');
    expect(error.code).toBe('INVALID_FIELD');
    expect(error.message).toContain(message);
  });

  it('rejects lists nested too deep', () => {
    let list: Record<string, unknown> = {
      type: 'list',
      format: 'ordered',
      children: [{ type: 'list-item', children: [t('x')] }],
    };
    for (let i = 0; i < 20; i += 1) list = { type: 'list', format: 'ordered', children: [list] };
    expect(parseFailure(article({ body: [list] }), 'x.json').message).toContain('nest at most');
  });

  it('rejects a body that is neither Markdown nor blocks, and reports a missing body', () => {
    expect(parseFailure(article({ body: 42 }), 'x.json').code).toBe('INVALID_FIELD');
    expect(parseFailure(JSON.stringify({ title: 'T' }), 'x.json').code).toBe('NO_BODY');
    expect(parseFailure(article({ body: [] }), 'x.json').code).toBe('NO_BODY');
    expect(parseFailure(JSON.stringify({ body: 'Text.' }), 'x.json').code).toBe('NO_TITLE');
  });

  it('takes the title from a Markdown body H1', () => {
    expect(parseOne(JSON.stringify({ body: '# From body\n\nText.' }), 'x.json').title).toBe(
      'From body'
    );
  });
});
