import { parseSource, type ParseError } from '..';
import type { ArticleWarning } from '../../../../shared/contracts';
import { validateBlocks } from '../blocks-validate';
import { ParseFailure } from '../errors';
import { readArticleFields } from '../fields';
import { locateJsonError } from '../json/locate-error';
import { checkJsonStructure } from '../json/structure';
import { MAX_DOCUMENT_DEPTH } from '../limits';
import { LINK_RULE } from '../links';
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

describe('json: where the syntax error is (locateJsonError)', () => {
  it('finds nothing wrong in valid JSON with every kind of value, escape and number', () => {
    const valid = [
      '{"title": "A \\"quoted\\" \\\\ \\/ \\b\\f\\n\\r\\t word", "id": "\\u00e9\\u00C9x",',
      ' "n": [0, -1, 9, 12.75, 1e10, 1E+5, -0.5e-3],\t"flags": [true, false, null],\r\n',
      ' "empty": {}, "none": [], "deep": {"a": [{"b": "x y"}]}}',
    ].join('');
    expect(() => JSON.parse(valid)).not.toThrow();
    expect(locateJsonError(valid)).toBeUndefined();
    for (const text of ['{}', ' [ ] \n', '"x"', '-0', 'null']) {
      expect(locateJsonError(text)).toBeUndefined();
    }
  });

  it.each([
    ['', 0, 'expected a value but found the end of the text'],
    [']', 0, "expected a value but found ']'"],
    ['[+1]', 1, "expected a value but found '+'"],
    ['{"a": -}', 6, 'invalid number'],
    ['[9 x]', 3, `expected "," or "]" but found 'x' (a missing comma?)`],
    ['[true 1]', 6, `expected "," or "]" but found '1' (a missing comma?)`],
    ['[null, nul]', 7, "expected a value but found 'n'"],
    ['[12.75 1e10 2]', 7, `expected "," or "]" but found '1' (a missing comma?)`],
    ['[[], {}, 1 2]', 11, `expected "," or "]" but found '2' (a missing comma?)`],
    ['{"a": 1', 7, 'expected "," or "}" but found the end of the text (a missing comma?)'],
    ['[1}', 2, `expected "," or "]" but found '}' (a missing comma?)`],
    ['{"a": [1, 2}', 11, `expected "," or "]" but found '}' (a missing comma?)`],
    ['{"a": 1]', 7, `expected "," or "}" but found ']' (a missing comma?)`],
    ['{"a": 1} \'x\'', 9, `unexpected "'" after the JSON value`],
    ['{]', 1, "expected a property name in double quotes but found ']'"],
    ["{'a': 1}", 1, `expected a property name in double quotes but found "'"`],
    ['[}', 1, "expected a value but found '}'"],
    ['{"a": ]}', 6, "expected a value but found ']'"],
    ['[1, x]', 4, "expected a value but found 'x'"],
    ['[1, ]', 4, 'a comma before "]" (remove the trailing comma)'],
    ['{"a": 1, }', 9, 'a comma before "}" (remove the trailing comma)'],
    ['{"a": 1, 5}', 9, "expected a property name in double quotes but found '5'"],
    ['{"title', 1, 'a string is never closed (missing ")'],
    ['{"a" 1}', 5, `expected ":" after the property name but found '1'`],
    ['{"a"', 4, 'expected ":" after the property name but found the end of the text'],
    ['{"a": "\\u12G4"}', 7, 'a \\u escape needs four hex digits'],
    ['["abc\\', 5, 'invalid escape "\\" in a string'],
    ['{"a": "x\ty"}', 8, 'a line break or control character inside a string (write it as \\n)'],
  ])('%j: at offset %i, %s', (text, offset, reason) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(locateJsonError(text)).toEqual({ offset, reason });
  });
});

describe('json: structure checks and key lines (checkJsonStructure)', () => {
  it('gives the line of each key of each article object, not of the objects inside them', () => {
    const text = [
      '[',
      '  {"title": "A",',
      '   "body": "B"},',
      '  {"title": "Commas, colons: {and} [brackets]", "n": -1.5e3, "z": 0, "nine": 9,',
      '   "ok": true, "no": false, "nil": null,',
      '   "meta": {"title": "inner", "list": [{"x": 1}, [2]]},',
      '   "after": 1}',
      ']',
    ].join('\n');
    expect(checkJsonStructure(text)).toEqual(
      new Map([
        [
          0,
          new Map([
            ['title', 2],
            ['body', 3],
          ]),
        ],
        [
          1,
          new Map([
            ['title', 4],
            ['n', 4],
            ['z', 4],
            ['nine', 4],
            ['ok', 5],
            ['no', 5],
            ['nil', 5],
            ['meta', 6],
            ['after', 7],
          ]),
        ],
      ])
    );
    expect(checkJsonStructure('{\n  "title": "T",\n  "tags": {"a": 1}\n}')).toEqual(
      new Map([
        [
          0,
          new Map([
            ['title', 2],
            ['tags', 3],
          ]),
        ],
      ])
    );
  });

  it('refuses a key given twice in one object, with both lines; the same key in two objects is fine', () => {
    const error = parseFailure(
      '{\n  "title": "A",\n  "body": "B",\n  "title": "C"\n}',
      'twice.json'
    );
    expect(error).toMatchObject({
      code: 'INVALID_FIELD',
      message: 'Key "title" appears twice in the same object (lines 2 and 4): keep only one.',
      line: 4,
      column: 3,
    });
    expect(() =>
      checkJsonStructure('{"a": {"x": 1}, "b": {"x": 2}, "c": [{"x": 3}], "x": 4}')
    ).not.toThrow();
  });

  it(`accepts ${MAX_DOCUMENT_DEPTH} levels of nesting and refuses one more, with its line`, () => {
    const nested = (levels: number) => `${'[\n'.repeat(levels)}${']'.repeat(levels)}`;
    expect(() => checkJsonStructure(nested(MAX_DOCUMENT_DEPTH))).not.toThrow();
    expect(parseFailure(nested(MAX_DOCUMENT_DEPTH + 1), 'deep.json')).toMatchObject({
      code: 'TOO_DEEP',
      message: `The JSON is nested more than ${MAX_DOCUMENT_DEPTH} levels deep at line ${MAX_DOCUMENT_DEPTH + 1}: flatten it (an article needs far less).`,
      line: MAX_DOCUMENT_DEPTH + 1,
      column: 1,
    });
  });
});

describe('json: what the messages say', () => {
  it('gives the line of a bad character inside an article of an array or of a single object', () => {
    const array = '[\n  {"title": "A", "body": "x"},\n  {"title": "B",\n   "body": "a\\u0000b"}\n]';
    expect(parseFailure(array, 'a.json')).toMatchObject({
      code: 'INVALID_CHARACTER',
      message:
        '"[1].body" contains a NUL character (\\u0000) at position 2: remove it (or write the character it stands for) and save the file as UTF-8.',
      line: 4,
    });
    const single = '{\n  "title": "A",\n  "body": "x\\u0000"\n}';
    expect(parseFailure(single, 'a.json')).toMatchObject({ code: 'INVALID_CHARACTER', line: 3 });
    // Not in an article object: no key to give the line of.
    for (const text of ['[\n  "a\\u0000"\n]', '"a\\u0000"']) {
      const error = parseFailure(text, 'a.json');
      expect(error.code).toBe('INVALID_CHARACTER');
      expect(error.line).toBeUndefined();
    }
  });

  it('names the kind of a body that is neither Markdown nor blocks, and which article it is', () => {
    const said = (json: string) => parseFailure(json, 'x.json').message;
    expect(said('{"title": "T", "body": 5}')).toBe(
      'Field "body" must be Markdown text or an array of Strapi blocks, not a number.'
    );
    expect(said('{"title": "T", "body": {"text": "x"}}')).toBe(
      'Field "body" must be Markdown text or an array of Strapi blocks, not an object.'
    );
    // A null body is no body.
    expect(said('{"title": "T", "body": null}')).toBe(
      'The article "T" has no body text: add a "body" field with Markdown text or an array of blocks.'
    );
    expect(said('[{"title": "T", "body": true}]')).toBe(
      'Article 1: field "body" must be Markdown text or an array of Strapi blocks, not a boolean.'
    );
    expect(said('[{"title": "T", "body": [{"type": "table", "children": []}]}]')).toMatch(
      /^Article 1: body\[0\]: unknown block type "table"/
    );
  });

  it('says what to add when the title or the body is missing, or the array is empty', () => {
    expect(parseFailure('{"body": "Text."}', 'x.json').message).toBe(
      'The article has no title: add a "title" field (or start the Markdown body with a "# Title" line).'
    );
    expect(parseFailure('{"title": "T"}', 'x.json').message).toBe(
      'The article "T" has no body text: add a "body" field with Markdown text or an array of blocks.'
    );
    expect(parseFailure('[]', 'x.json').message).toBe(
      'The JSON array is empty: add at least one article object.'
    );
  });

  it('keeps the warnings of the decoding (removed control characters)', () => {
    const draft = parseOne('{"title": "T", "body": "Te\u0007xt."}', 'x.json');
    expect(draft.body).toEqual([{ type: 'paragraph', children: [t('Text.')] }]);
    expect(draft.warnings[0]).toBe('Removed 1 invisible control character from the text');
  });

  it('says where a bad link in a Markdown body is, without a line (the body is one JSON string)', () => {
    const long = `ftp://example.com/${'a'.repeat(70)}`;
    expect(
      parseFailure(JSON.stringify({ title: 'T', body: `See [files](${long}).` }), 'x.json').message
    ).toBe(
      `body: the link to "${long.slice(0, 80)}…" uses a protocol that is not allowed (only http:, https:, mailto: and tel:); ${LINK_RULE}.`
    );
    const exactly80 = `ftp://example.com/${'a'.repeat(62)}`;
    expect(
      parseFailure(JSON.stringify({ title: 'T', body: `[f](${exactly80})` }), 'x.json').message
    ).toBe(
      `body: the link to "${exactly80}" uses a protocol that is not allowed (only http:, https:, mailto: and tel:); ${LINK_RULE}.`
    );
  });
});

/** The ParseError a call throws (it must throw a ParseFailure). */
function failureOf(run: () => unknown): ParseError {
  try {
    run();
  } catch (caught) {
    if (caught instanceof ParseFailure) return caught.error;
    throw caught;
  }
  throw new Error('expected a ParseFailure, nothing was thrown');
}

describe('json: a body given as Strapi blocks (validateBlocks)', () => {
  const text = (value: string) => ({ type: 'text', text: value });
  const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children });
  const messageOf = (value: unknown) => failureOf(() => validateBlocks(value)).message;
  const fix = '. Fix this block or give the body as Markdown text instead.';

  it('copies every block kind', () => {
    const warnings: ArticleWarning[] = [];
    expect(
      validateBlocks(
        [
          paragraph(text('See '), {
            type: 'link',
            url: 'https://example.com',
            children: [text('this')],
          }),
          { type: 'quote', children: [text('Quoted.')] },
          ...[1, 2, 3, 4, 5, 6].map((level) => ({ type: 'heading', level, children: [text('H')] })),
          { type: 'code', children: [text('x = 1')] },
          { type: 'code', language: 'ts', children: [text('let x')] },
          { type: 'code', language: null, children: [text('y')] },
        ],
        'body',
        warnings
      )
    ).toEqual([
      {
        type: 'paragraph',
        children: [t('See '), { type: 'link', url: 'https://example.com', children: [t('this')] }],
      },
      { type: 'quote', children: [t('Quoted.')] },
      ...[1, 2, 3, 4, 5, 6].map((level) => ({ type: 'heading', level, children: [t('H')] })),
      { type: 'code', children: [t('x = 1')] },
      { type: 'code', language: 'ts', children: [t('let x')] },
      { type: 'code', children: [t('y')] },
    ]);
    expect(warnings).toEqual([]);
  });

  it('keeps a "#" link as its text, with a warning', () => {
    const warnings: ArticleWarning[] = [];
    expect(
      validateBlocks(
        [paragraph({ type: 'link', url: '#top', children: [text('Top')] })],
        'body',
        warnings
      )
    ).toEqual([{ type: 'paragraph', children: [t('Top')] }]);
    expect(warnings.map((warning) => warning.code)).toEqual(['LINK_KEPT_AS_TEXT']);
  });

  it('reads list indents: given, from the nesting, or none at the top', () => {
    const item_ = (value: string) => ({ type: 'list-item', children: [text(value)] });
    const [top] = validateBlocks([
      {
        type: 'list',
        format: 'unordered',
        children: [
          item_('a'),
          { type: 'list', format: 'ordered', children: [item_('b')] },
          { type: 'list', format: 'ordered', indentLevel: 3, children: [item_('c')] },
          { type: 'list', format: 'ordered', indentLevel: 0, children: [item_('d')] },
          { type: 'list', format: 'ordered', indentLevel: null, children: [item_('e')] },
        ],
      },
    ]);
    expect(top).toEqual({
      type: 'list',
      format: 'unordered',
      children: [
        { type: 'list-item', children: [t('a')] },
        { type: 'list', format: 'ordered', indentLevel: 1, children: [item(t('b'))] },
        { type: 'list', format: 'ordered', indentLevel: 3, children: [item(t('c'))] },
        { type: 'list', format: 'ordered', children: [item(t('d'))] },
        { type: 'list', format: 'ordered', indentLevel: 1, children: [item(t('e'))] },
      ],
    });
    const [given] = validateBlocks([
      { type: 'list', format: 'ordered', indentLevel: 2, children: [item_('x')] },
    ]);
    expect(given).toEqual({
      type: 'list',
      format: 'ordered',
      indentLevel: 2,
      children: [item(t('x'))],
    });
  });

  it.each([-1, 1.5, '2', true])('refuses the indentLevel %j', (indentLevel) => {
    expect(messageOf([{ type: 'list', format: 'ordered', indentLevel, children: [] }])).toBe(
      `body[0]: "children" must not be empty (use [{ "type": "text", "text": "" }])${fix}`
    );
    expect(
      messageOf([
        {
          type: 'list',
          format: 'ordered',
          indentLevel,
          children: [{ type: 'list-item', children: [text('a')] }],
        },
      ])
    ).toBe(`body[0]: "indentLevel" must be a whole number ≥ 0${fix}`);
  });

  it('nests lists 10 levels below the first, not 11', () => {
    const nested = (depth: number): Record<string, unknown> => ({
      type: 'list',
      format: 'unordered',
      children: [
        { type: 'list-item', children: [text(`level ${depth}`)] },
        ...(depth > 0 ? [nested(depth - 1)] : []),
      ],
    });
    expect(() => validateBlocks([nested(10)])).not.toThrow();
    expect(messageOf([nested(11)])).toBe(
      `body[0]${'.children[1]'.repeat(11)}: lists may nest at most 10 levels deep${fix}`
    );
  });

  it.each([
    ['x', 'body: expected an array of blocks'],
    [[null], 'body[0]: expected a block object (paragraph, heading, list, quote or code)'],
    [[[]], 'body[0]: expected a block object (paragraph, heading, list, quote or code)'],
    [[paragraph(null)], 'body[0].children[0]: expected a text or link node'],
    [[paragraph({ type: 'image' })], 'body[0].children[0]: expected a text or link node'],
    [
      [{ type: 'code', children: [{ type: 'strong', text: 'x' }] }],
      'body[0].children[0]: expected a text node { "type": "text", "text": "…" }',
    ],
    [
      [{ type: 'code', children: [text('a'), null] }],
      'body[0].children[1]: expected a text node { "type": "text", "text": "…" }',
    ],
    [
      [{ type: 'code', children: [{ type: 'text', text: 1 }] }],
      'body[0].children[0]: a text node needs a string "text"',
    ],
    [
      [{ type: 'code', language: 5, children: [text('a')] }],
      'body[0]: "language" must be a string',
    ],
    [
      [paragraph({ type: 'link', children: [text('a')] })],
      'body[0].children[0]: a link needs a "url": links must be http:// or https:// URLs, mailto:, tel:, or site paths starting with one "/"',
    ],
    [
      [paragraph({ type: 'link', url: `javascript:${'a'.repeat(100)}`, children: [text('a')] })],
      `body[0].children[0]: the link URL "javascript:${'a'.repeat(69)}" uses a protocol that is not allowed (only http:, https:, mailto: and tel:); links must be http:// or https:// URLs, mailto:, tel:, or site paths starting with one "/"`,
    ],
    [
      [paragraph({ type: 'link', url: '/a', children: [{ type: 'text', text: 'a', bold: 1 }] })],
      'body[0].children[0].children[0]: "bold" must be true or false',
    ],
    [
      [{ type: 'heading', level: 0, children: [text('H')] }],
      'body[0]: "level" must be a number from 1 to 6',
    ],
    [
      [{ type: 'heading', level: 7, children: [text('H')] }],
      'body[0]: "level" must be a number from 1 to 6',
    ],
    [
      [{ type: 'heading', level: '1', children: [text('H')] }],
      'body[0]: "level" must be a number from 1 to 6',
    ],
    [
      [{ type: 'list', format: 'bulleted', children: [] }],
      'body[0]: "format" must be "ordered" or "unordered"',
    ],
    [[{ type: 'paragraph', children: 'text' }], 'body[0]: "children" must be an array'],
  ])('refuses %j', (value, message) => {
    expect(failureOf(() => validateBlocks(value))).toEqual({
      code: 'INVALID_FIELD',
      message: `${message}${fix}`,
      params: { detail: `${message}${fix}` },
    });
  });
});

describe('json: the article fields (readArticleFields)', () => {
  const lines: Record<string, number> = { title: 2, tags: 3, cover: 4, locale: 5, k50: 9, deep: 7 };
  const read = (data: Record<string, unknown>) =>
    readArticleFields(data, 'Article 1: ', (key) => lines[key]);
  const refusal = (data: Record<string, unknown>) => failureOf(() => read(data));

  it('reads every field, trimmed, and keeps unknown keys as extra', () => {
    expect(
      read({
        title: '  Summit in Baku ',
        slug: ' summit ',
        description: ' Leaders met. ',
        category: 'Home / World › Europe',
        tags: [' Oil ', 'Gas'],
        author: ' by Ann Lee and Bob Stone ',
        body: 'Text.',
        cover: 'https://example.com/c.jpg',
        sourceUrl: '',
        publishedAt: '2024-05-01',
        locale: ' az ',
        aboutAuthor: ' Ann covers energy. ',
        desk: 'Energy',
      })
    ).toEqual({
      title: 'Summit in Baku',
      slug: 'summit',
      description: 'Leaders met.',
      categoryPath: ['World', 'Europe'],
      tags: ['Oil', 'Gas'],
      authors: ['Ann Lee', 'Bob Stone'],
      body: 'Text.',
      meta: {
        cover: 'https://example.com/c.jpg',
        sourceUrl: '',
        publishedAt: '2024-05-01',
        locale: 'az',
        aboutAuthor: 'Ann covers energy.',
        extra: { desk: 'Energy' },
      },
      warnings: [],
      keyLine: expect.any(Function),
    });
  });

  it('reads absent and null fields as not given', () => {
    const fields = read({ title: null, tags: null, authors: null, body: null, cover: null });
    expect(fields.title).toBeUndefined();
    expect(fields.tags).toEqual([]);
    expect(fields.authors).toEqual([]);
    expect(fields.body).toBeUndefined();
    expect(fields.meta.cover).toBeUndefined();
    expect(fields.meta.publishedAt).toBeUndefined();
    expect(read({ publishedAt: '' }).warnings).toEqual([]);
  });

  it('splits one string into tags, a category path, or authors', () => {
    expect(read({ tags: 'Oil , Gas,Energy ' }).tags).toEqual(['Oil', 'Gas', 'Energy']);
    expect(read({ categoryPath: 'World//Europe' }).categoryPath).toEqual(['World', 'Europe']);
    expect(read({ category: ['', 'home', 'News'] }).categoryPath).toEqual(['News']);
    expect(read({ authors: 'Colby Smith' }).authors).toEqual(['Colby Smith']);
    expect(read({ authors: 'BY Ann Lee' }).authors).toEqual(['Ann Lee']);
    const long = `${'Ann Lee, '.repeat(40)}Bob`;
    expect(read({ authors: long }).authors).toEqual([long]);
  });

  it('warns about a publishedAt that is not a date', () => {
    expect(read({ publishedAt: 'last Monday' }).warnings).toEqual([
      {
        code: 'PUBLISHED_AT_NOT_A_DATE',
        params: { value: 'last Monday' },
        message:
          'publishedAt "last Monday" is not a date (use YYYY-MM-DD or an ISO date-time): it was ignored',
      },
    ]);
  });

  it.each([
    [{ title: ['a'] }, '"title" must be text, not a list: put it in quotes, e.g. title: "a"', 2],
    [
      { title: { a: 1 } },
      '"title" must be text, not an object: put it in quotes, e.g. title: "[object Object]"',
      2,
    ],
    [{ title: 5 }, '"title" must be text, not a number: put it in quotes, e.g. title: "5"', 2],
    [
      { tags: ['Oil', null] },
      '"tags" item 2 must be text, not null: put it in quotes, e.g. "null"',
      3,
    ],
    [{ tags: { a: 1 } }, '"tags" must be a list of texts, not an object', 3],
    [{ tags: true }, '"tags" must be a list of texts, not a boolean', 3],
    [
      { locale: 'l'.repeat(256) },
      '"locale" is 256 characters long, over the 255 allowed: shorten it',
      5,
    ],
    [
      { cover: 'ftp://example.com/c.jpg' },
      '"cover" uses a protocol that is not allowed (give an http:// or https:// address, or a path relative to the article file) (got "ftp://example.com/c.jpg"): give an https:// address or a path relative to the article file, or remove the field',
      4,
    ],
    [
      { cover: `ftp://${'c'.repeat(74)}` },
      `"cover" uses a protocol that is not allowed (give an http:// or https:// address, or a path relative to the article file) (got "ftp://${'c'.repeat(74)}"): give an https:// address or a path relative to the article file, or remove the field`,
      4,
    ],
    [
      { cover: `ftp://${'c'.repeat(75)}` },
      `"cover" uses a protocol that is not allowed (give an http:// or https:// address, or a path relative to the article file) (got "ftp://${'c'.repeat(74)}"…): give an https:// address or a path relative to the article file, or remove the field`,
      4,
    ],
  ])('refuses %j', (data, problem, line) => {
    const message = `Article 1: ${problem}.`;
    expect(refusal(data)).toEqual({
      code: 'INVALID_FIELD',
      message,
      params: { detail: message },
      line,
    });
  });

  it('takes short texts of 255 characters and 50 extra keys', () => {
    expect(read({ locale: 'l'.repeat(255) }).meta.locale).toHaveLength(255);
    const keys = (count: number) =>
      Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, i]));
    expect(Object.keys(read(keys(50)).meta.extra ?? {})).toHaveLength(50);
    expect(refusal(keys(51))).toMatchObject({
      message:
        'Article 1: "k50" is one key too many: at most 50 keys besides the article fields are kept (got 51); remove the ones you do not need.',
      line: 9,
    });
  });

  it('refuses an extra key nested deeper than 8 levels', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 8; i += 1) deep = [deep];
    expect(read({ deep }).meta.extra).toEqual({ deep });
    expect(refusal({ deep: [deep] })).toMatchObject({
      message:
        'Article 1: "deep" is nested more than 8 levels deep: extra keys are kept as source metadata, flatten it or remove it.',
      line: 7,
    });
  });
});
