import type { Block } from '..';
import { MAX_DOCUMENT_DEPTH } from '../limits';
import { LINK_RULE } from '../links';
import { item, list, parseFailure, parseOne, readFixture, t } from './helpers';

describe('markdown: every block kind (fixture)', () => {
  // Parsed inside each test, not once here: in mutation runs only the code a test runs counts as
  // covered by it, and a parse at collection time would leave these tests out.
  const fixture = () => parseOne(readFixture('valid/all-blocks.md'), 'all-blocks.md');

  it('reads the front matter', () => {
    const draft = fixture();
    expect(draft.title).toBe('Markdown: every block kind');
    expect(draft.slug).toBe('markdown-every-block-kind');
    expect(draft.categoryPath).toEqual(['Business', 'Energy']);
    expect(draft.tags).toEqual(['Energy', 'Markdown']);
    expect(draft.authors).toEqual(['Leyla Məmmədova', 'John Smith']);
    expect(draft.sourceMeta).toEqual({
      format: 'markdown',
      cover: 'https://cdn.example.com/uploads/cover.jpg',
      sourceUrl: 'https://example.com/every-block',
      publishedAt: '2024-03-01',
      locale: 'en',
      extra: { editor: 'Jane Doe' },
    });
    expect(draft.description).toBe('A paragraph with bold, italic, struck, code and a link.');
    expect(draft.warnings).toEqual([]);
  });

  it('converts the body to exactly these blocks', () => {
    const draft = fixture();
    const expected: Block[] = [
      {
        type: 'paragraph',
        children: [
          t('A paragraph with '),
          t('bold', { bold: true }),
          t(', '),
          t('italic', { italic: true }),
          t(', '),
          t('struck', { strikethrough: true }),
          t(', '),
          t('code', { code: true }),
          t(' and a '),
          { type: 'link', url: 'https://example.com/page', children: [t('link')] },
          t('.'),
        ],
      } as Block,
      { type: 'heading', level: 2, children: [t('A heading')] } as Block,
      list('unordered', [
        item(t('one')),
        item(t('two')),
        list('ordered', [item(t('two-a')), item(t('two-b'))], 1),
        item(t('three')),
      ]) as Block,
      { type: 'quote', children: [t('A quoted line.')] } as Block,
      { type: 'code', language: 'js', children: [t('const answer = 42;')] } as Block,
      { type: 'code', children: [t('indented code')] } as Block,
      { type: 'paragraph', children: [t('<script>alert("x")</script>')] } as Block,
    ];
    expect(draft.body).toEqual(expected);
    expect(JSON.parse(JSON.stringify(draft.body))).toStrictEqual(expected);
  });

  it('counts the words of every block', () => {
    const draft = fixture();
    expect(draft.wordCount).toBe(26);
    expect(draft.readingTimeMinutes).toBe(1);
  });
});

describe('markdown: fields and title', () => {
  it('takes the title from the first H1 when the front matter has none, and drops that H1', () => {
    const draft = parseOne('# The **Title**\n\nBody text.\n\n# Second H1\n', 'a.md');
    expect(draft.title).toBe('The Title');
    expect(draft.body).toEqual([
      { type: 'paragraph', children: [t('Body text.')] },
      { type: 'heading', level: 1, children: [t('Second H1')] },
    ]);
  });

  it('keeps the H1 in the body when the front matter has a title', () => {
    const draft = parseOne('---\ntitle: Given\n---\n# Heading\n\nBody.\n', 'a.md');
    expect(draft.title).toBe('Given');
    expect(draft.body[0]).toEqual({ type: 'heading', level: 1, children: [t('Heading')] });
  });

  it.each([
    ['category: Business / Energy', ['Business', 'Energy']],
    ['category: Business/Energy', ['Business', 'Energy']],
    ['category: [Business, Energy]', ['Business', 'Energy']],
    ['category: Home / Business', ['Business']],
    ['category: Politics', ['Politics']],
  ])('reads "%s"', (line, path) => {
    expect(parseOne(`---\ntitle: T\n${line}\n---\nBody.\n`, 'a.md').categoryPath).toEqual(path);
  });

  it('reads tags and authors as lists or strings, and "author"', () => {
    const a = parseOne(
      '---\ntitle: T\ntags: Oil, Gas\nauthors: Ann Lee and Bob Stone\n---\nBody.\n',
      'a.md'
    );
    expect(a.tags).toEqual(['Oil', 'Gas']);
    expect(a.authors).toEqual(['Ann Lee', 'Bob Stone']);
    const b = parseOne('---\ntitle: T\nauthor: Ann Lee\n---\nBody.\n', 'a.md');
    expect(b.authors).toEqual(['Ann Lee']);
  });

  it('normalises a given slug and cuts a long description, with warnings', () => {
    const long = 'word '.repeat(100).trim();
    const draft = parseOne(
      `---\ntitle: T\nslug: My Custom Slug\ndescription: ${long}\n---\nBody.\n`,
      'a.md'
    );
    expect(draft.slug).toBe('my-custom-slug');
    expect(draft.description.length).toBeLessThanOrEqual(300);
    expect(draft.description.endsWith('word\u2026')).toBe(true);
    expect(draft.warnings).toContain('Description was cut to 300 characters');
    expect(draft.warnings).toContain('Slug "My Custom Slug" was normalised to "my-custom-slug"');
  });

  it('warns when category or authors are missing, and about a bad publishedAt', () => {
    const draft = parseOne('---\ntitle: T\npublishedAt: soon\n---\nBody.\n', 'a.md');
    expect(draft.sourceMeta.publishedAt).toBeUndefined();
    expect(draft.warnings).toEqual([
      expect.stringMatching(/^publishedAt "soon" is not a date/),
      'No category given: the article will have no category',
      'No authors given: the article will have no author',
    ]);
  });

  it('works without front matter and with CRLF', () => {
    const draft = parseOne('# Title\r\n\r\nLine one\r\nline two.\r\n', 'a.markdown');
    expect(draft.title).toBe('Title');
    expect(draft.body).toEqual([{ type: 'paragraph', children: [t('Line one line two.')] }]);
  });
});

describe('markdown: inline details', () => {
  const body = (markdown: string): Block[] => parseOne(`# T\n\n${markdown}\n`, 'a.md').body;

  it('keeps raw HTML as literal text', () => {
    expect(body('Text with <b>bold</b> and <img src=x onerror=alert(1)>')).toEqual([
      {
        type: 'paragraph',
        children: [t('Text with <b>bold</b> and <img src=x onerror=alert(1)>')],
      },
    ]);
    expect(body('<div>\n<script>alert(1)</script>\n</div>')).toEqual([
      { type: 'paragraph', children: [t('<div> <script>alert(1)</script> </div>')] },
    ]);
  });

  it('keeps #fragment and ?query links (which Strapi cannot store) as text, with a warning', () => {
    const draft = parseOne(
      '# T\n\n[top](#top) and [js](javascript:alert(1)) and [ok](/about)\n',
      'a.md'
    );
    // markdown-it itself never makes a link of javascript:, so it stays literal text.
    expect(draft.body).toEqual([
      {
        type: 'paragraph',
        children: [
          t('top and [js](javascript:alert(1)) and '),
          { type: 'link', url: '/about', children: [t('ok')] },
        ],
      },
    ]);
    expect(draft.warnings).toContainEqual(
      expect.stringMatching(/^Link to "#top" kept as plain text/)
    );
  });

  it.each([
    ['//evil.example/x', /protocol-relative/],
    ['page.html', /absolute http/],
    ['ftp://files.example/x', /protocol that is not allowed/],
  ])('refuses the body link %s with INVALID_FIELD and its line', (url, problem) => {
    const error = parseFailure(`---\ntitle: T\n---\n\nText.\n\n[x](${url})\n`, 'a.md');
    expect(error).toMatchObject({ code: 'INVALID_FIELD', line: 7 });
    expect(error.message).toMatch(problem);
    expect(error.message).toMatch(/line 7/);
  });

  it('turns images among text into links with a warning', () => {
    const draft = parseOne('# T\n\nSee ![A chart](https://example.com/c.png)\n', 'a.md');
    expect(draft.body).toEqual([
      {
        type: 'paragraph',
        children: [
          t('See '),
          { type: 'link', url: 'https://example.com/c.png', children: [t('A chart')] },
        ],
      },
    ]);
    expect(draft.warnings).toContainEqual(
      expect.stringMatching(/^Image "https:\/\/example.com\/c.png" is not imported/)
    );
  });

  it('joins a multi-paragraph quote with line breaks, and keeps bold inside links', () => {
    expect(body('> First.\n>\n> Second **strong**.')).toEqual([
      { type: 'quote', children: [t('First.\nSecond '), t('strong', { bold: true }), t('.')] },
    ]);
    expect(body('[**bold link**](https://x.org)')).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: 'https://x.org', children: [t('bold link', { bold: true })] },
        ],
      },
    ]);
  });

  it('reads all heading levels, hard breaks, and nested lists two levels deep', () => {
    const blocks = body('###### Six\n\nLine  \nbreak\n\n1. a\n   - b\n     - c');
    expect(blocks).toEqual([
      { type: 'heading', level: 6, children: [t('Six')] },
      { type: 'paragraph', children: [t('Line\nbreak')] },
      list('ordered', [
        item(t('a')),
        list('unordered', [item(t('b')), list('unordered', [item(t('c'))], 2)], 1),
      ]),
    ]);
  });

  it('keeps quotes and dashes as typed (no typographer)', () => {
    expect(body('"Quoted" -- and \u201ccurly\u201d \u2013 dash')).toEqual([
      { type: 'paragraph', children: [t('"Quoted" -- and \u201ccurly\u201d \u2013 dash')] },
    ]);
  });
});

describe('markdown: errors', () => {
  it('reports a YAML error with its line in the file', () => {
    const error = parseFailure(readFixture('invalid/bad-front-matter.md'), 'bad.md');
    expect(error.code).toBe('INVALID_FRONT_MATTER');
    expect(error.line).toBe(3);
    expect(error.message).toContain('line 3');
  });

  it.each([
    [
      'a front matter that is never closed',
      '---\ntitle: T\n\nBody.\n',
      { code: 'INVALID_FRONT_MATTER', line: 1 },
    ],
    [
      'a front matter that is not key/value pairs',
      '---\n- a\n- b\n---\nBody.\n',
      { code: 'INVALID_FRONT_MATTER' },
    ],
    [
      'a duplicate key',
      '---\ntitle: A\ntitle: B\n---\nBody.\n',
      { code: 'INVALID_FRONT_MATTER', line: 3 },
    ],
    [
      'a title that is not text',
      '---\ntitle: [a, b]\n---\nBody.\n',
      { code: 'INVALID_FIELD', line: 2 },
    ],
  ])('reports %s', (_label, input, expected) => {
    expect(parseFailure(input, 'a.md')).toMatchObject(expected);
  });

  it('reports tags that are not strings, with the line of the key', () => {
    const error = parseFailure('---\ntitle: T\ntags: [2024, Oil]\n---\nBody.\n', 'a.md');
    expect(error).toMatchObject({ code: 'INVALID_FIELD', line: 3 });
    expect(error.message).toContain('"tags" item 1 must be text, not a number');
  });

  it('reports a missing title and a missing body', () => {
    expect(parseFailure('Just text.\n', 'a.md')).toMatchObject({ code: 'NO_TITLE' });
    expect(parseFailure('---\ntitle: T\n---\n\n', 'a.md')).toMatchObject({ code: 'NO_BODY' });
  });
});

describe('markdown: blocks and where each ends', () => {
  const body = (markdown: string): Block[] => parseOne(`# T\n\n${markdown}\n`, 'a.md').body;

  it('reads heading levels 2 to 6', () => {
    expect(body('## Two\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six')).toEqual(
      [2, 3, 4, 5, 6].map((level) => ({
        type: 'heading',
        level,
        children: [t(['Two', 'Three', 'Four', 'Five', 'Six'][level - 2])],
      }))
    );
  });

  it('ends a list at its last item: an item after a nested list, then a paragraph', () => {
    expect(body('- a\n  - b\n- c\n\nAfter.')).toEqual([
      list('unordered', [item(t('a')), list('unordered', [item(t('b'))], 1), item(t('c'))]),
      { type: 'paragraph', children: [t('After.')] },
    ]);
    expect(body('1. one\n2. two\n\nAfter.')).toEqual([
      list('ordered', [item(t('one')), item(t('two'))]),
      { type: 'paragraph', children: [t('After.')] },
    ]);
    expect(body('- a\n  1. b\n\nAfter.')).toEqual([
      list('unordered', [item(t('a')), list('ordered', [item(t('b'))], 1)]),
      { type: 'paragraph', children: [t('After.')] },
    ]);
  });

  it('leaves an item holding only a thematic break empty', () => {
    expect(body('- a\n- ***')).toEqual([list('unordered', [item(t('a')), item(t(''))])]);
  });

  it('flattens a list inside a quote into lines, and ends the quote where it ends', () => {
    expect(body('> - a\n>   1. b\n> - c\n\nAfter.')).toEqual([
      { type: 'quote', children: [t('a\nb\nc')] },
      { type: 'paragraph', children: [t('After.')] },
    ]);
  });

  it('reads fenced and indented code, with and without a language', () => {
    expect(
      body('```ts title="x"\nconst a = 1;\n```\n\n```\nplain\n```\n\n    indented\n\nAfter.')
    ).toEqual([
      { type: 'code', language: 'ts', children: [t('const a = 1;')] },
      { type: 'code', children: [t('plain')] },
      { type: 'code', children: [t('indented')] },
      { type: 'paragraph', children: [t('After.')] },
    ]);
  });

  it('reads italic, struck, bold and code spans, each ending where it closes', () => {
    expect(body('*em* and ~~gone~~ and **strong** and `code` and \\*stars\\* &amp; more')).toEqual([
      {
        type: 'paragraph',
        children: [
          t('em', { italic: true }),
          t(' and '),
          t('gone', { strikethrough: true }),
          t(' and '),
          t('strong', { bold: true }),
          t(' and '),
          t('code', { code: true }),
          t(' and *stars* & more'),
        ],
      },
    ]);
  });
});

describe('markdown: links and images', () => {
  const read = (markdown: string) => parseOne(`# T\n\n${markdown}\n`, 'a.md');

  it('keeps the text of an image inside a link, and an image of a src that is not allowed', () => {
    const draft = read(
      '[see ![map](https://e.com/map.png)](https://e.com) ![old](ftp://e.com/o.png)'
    );
    expect(draft.body).toEqual([
      {
        type: 'paragraph',
        children: [{ type: 'link', url: 'https://e.com', children: [t('see map')] }, t(' old')],
      },
    ]);
  });

  it('links an image to its src, named by its alt text or else by the src', () => {
    expect(read('![](https://e.com/q.png) and ![Chart](https://e.com/c.png)').body).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: 'https://e.com/q.png', children: [t('https://e.com/q.png')] },
          t(' and '),
          { type: 'link', url: 'https://e.com/c.png', children: [t('Chart')] },
        ],
      },
    ]);
  });

  it('keeps an image inside a link kept as text as text too, and only inside it', () => {
    const draft = read(
      '[see ![map](https://e.com/map.png)](#top) then ![chart](https://e.com/c.png)'
    );
    expect(draft.body).toEqual([
      {
        type: 'paragraph',
        children: [
          t('see map then '),
          { type: 'link', url: 'https://e.com/c.png', children: [t('chart')] },
        ],
      },
    ]);
    expect(draft.warningDetails?.slice(0, 3)).toEqual([
      {
        code: 'LINK_KEPT_AS_TEXT',
        params: { url: '#top' },
        message:
          'Link to "#top" kept as plain text: Strapi\'s rich text cannot hold links that start with # or ?',
      },
      {
        code: 'IMAGE_NOT_IMPORTED',
        params: { src: 'https://e.com/map.png' },
        message:
          'Image "https://e.com/map.png" is not imported into the body: upload it to the Media Library (or set it as cover)',
      },
      expect.objectContaining({
        code: 'IMAGE_NOT_IMPORTED',
        params: { src: 'https://e.com/c.png' },
      }),
    ]);
  });

  it('says which link is refused and on which line of the file', () => {
    const error = parseFailure(
      '---\ntitle: T\n---\n\nText.\n\n[x](ftp://files.example/x)\n',
      'a.md'
    );
    expect(error).toMatchObject({
      code: 'INVALID_FIELD',
      line: 7,
      message: `body: the link to "ftp://files.example/x" on line 7 uses a protocol that is not allowed (only http:, https:, mailto: and tel:); ${LINK_RULE}.`,
    });
    expect(parseFailure('# T\n\n[x]()\n', 'a.md').message).toBe(
      `body: the link to "" on line 3 is empty; ${LINK_RULE}.`
    );
  });
});

describe('markdown: front matter checks', () => {
  const fails = (yaml: string) => parseFailure(`---\n${yaml}\n---\nBody.\n`, 'a.md');

  it('refuses an alias, with its line', () => {
    expect(fails('title: T\nx: &a 1\ny: *a')).toMatchObject({
      code: 'INVALID_FRONT_MATTER',
      message:
        'The front matter uses a YAML alias (*a) on line 4: aliases are not accepted, write the value itself.',
      line: 4,
    });
  });

  it.each([
    ['on a value', 'title: T\nx: !!set {a}', '!!set', 3],
    ['on a key', 'title: T\n!custom k: 1', '!custom', 3],
    ['on the first item of a list', 'title: T\ntags:\n  - !!binary aGk=\n  - b', '!!binary', 4],
    ['the first of two, in the order of the file', 'title: T\nx: !one 1\ny: !!set {a}', '!one', 3],
  ])('refuses a tag %s, with its line', (_label, yaml, tag, line) => {
    expect(fails(yaml)).toMatchObject({
      code: 'INVALID_FRONT_MATTER',
      message: `The front matter uses the YAML tag ${tag} on line ${line}: tags are not accepted, write a plain value.`,
      line,
    });
  });

  it('accepts the !!str tag, which only says "this is text"', () => {
    expect(parseOne('---\ntitle: !!str 2024\n---\nBody.\n', 'a.md').title).toBe('2024');
  });

  it(`takes ${MAX_DOCUMENT_DEPTH} levels of nesting to the field checks, and refuses one more`, () => {
    // The root map is the first level.
    const nested = (levels: number) => `${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}`;
    // An extra key may nest only 8 levels: that check, not the YAML one, refuses 64.
    expect(fails(`title: T\nx: ${nested(MAX_DOCUMENT_DEPTH)}`)).toMatchObject({
      code: 'INVALID_FIELD',
      message:
        'Front matter: "x" is nested more than 8 levels deep: extra keys are kept as source metadata, flatten it or remove it.',
    });
    expect(fails(`title: T\nx: ${nested(MAX_DOCUMENT_DEPTH + 1)}`)).toMatchObject({
      code: 'TOO_DEEP',
      message: `The front matter is nested more than ${MAX_DOCUMENT_DEPTH} levels deep on line 3: flatten it.`,
      line: 3,
    });
  });

  it('says what is wrong in the YAML, on which line and column', () => {
    expect(fails('title: T\nx: [a, b')).toMatchObject({
      code: 'INVALID_FRONT_MATTER',
      message:
        'The front matter (YAML) has an error on line 3: Flow sequence in block collection must be sufficiently indented and end with a ]. Quote values that contain ": " or start with a special character, and indent lists consistently.',
      line: 3,
      column: 9,
    });
    // The YAML message's own final period is not doubled.
    expect(fails('title: "a\\.b"').message).toBe(
      'The front matter (YAML) has an error on line 2: Invalid escape sequence \\. Quote values that contain ": " or start with a special character, and indent lists consistently.'
    );
    expect(fails('title: A\ntitle: B').message).toBe(
      'The front matter (YAML) has an error on line 3: Map keys must be unique. Quote values that contain ": " or start with a special character, and indent lists consistently.'
    );
  });

  it('says how to close a front matter, and what it must hold', () => {
    expect(parseFailure('---\ntitle: T\n\nBody.\n', 'a.md').message).toBe(
      'The front matter opened by "---" on line 1 is never closed: add a line with --- after the last key.'
    );
    expect(fails('- a\n- b')).toMatchObject({
      message:
        'The front matter must be "key: value" lines (title: …, tags: […]), not a list or a single value.',
      line: 2,
    });
  });

  it('reads an empty front matter as no fields', () => {
    const draft = parseOne('---\n---\n# From the body\n\nText.\n', 'a.md');
    expect(draft.title).toBe('From the body');
    expect(draft.body).toEqual([{ type: 'paragraph', children: [t('Text.')] }]);
  });

  it('gives the line of a bad character in a front-matter value', () => {
    expect(fails('title: T\nsummary: "a\\0b"')).toMatchObject({
      code: 'INVALID_CHARACTER',
      message:
        'Front matter: "summary" contains a NUL character (\\u0000) at position 2: remove it (or write the character it stands for) and save the file as UTF-8.',
      line: 3,
    });
  });

  it('names a bad field as a front-matter field, with its line', () => {
    expect(fails('title: T\ntags: 5')).toMatchObject({
      code: 'INVALID_FIELD',
      message: 'Front matter: "tags" must be a list of texts, not a number.',
      line: 3,
    });
  });

  it('keeps a front-matter "body" key as extra data: the body is the Markdown after it', () => {
    const draft = parseOne('---\ntitle: T\nbody: Not the body.\n---\nThe body.\n', 'a.md');
    expect(draft.sourceMeta.extra).toEqual({ body: 'Not the body.' });
    expect(draft.body).toEqual([{ type: 'paragraph', children: [t('The body.')] }]);
  });

  it('keeps the warnings of the decoding (removed control characters)', () => {
    const draft = parseOne('---\ntitle: T\n---\nTe\u0007xt.\n', 'a.md');
    expect(draft.body).toEqual([{ type: 'paragraph', children: [t('Text.')] }]);
    expect(draft.warnings[0]).toBe('Removed 1 invisible control character from the text');
  });

  it('says what to add when the title or the body is missing', () => {
    expect(parseFailure('Just text.\n', 'a.md').message).toBe(
      'The article has no title: add "title: …" to the front matter, or start the text with a "# Title" line.'
    );
    expect(parseFailure('---\ntitle: T\n---\n\n', 'a.md').message).toBe(
      'The article "T" has no body text: write the article text after the front matter.'
    );
  });
});

describe('markdown: the first level-1 heading as the title', () => {
  it('takes the first "#" heading wherever it is, not a "##" before it', () => {
    const draft = parseOne(
      'Intro paragraph.\n\n## Background\n\n# Summit in Baku\n\nBody text.',
      'a.md'
    );
    expect(draft.title).toBe('Summit in Baku');
    expect(draft.body).toEqual([
      { type: 'paragraph', children: [t('Intro paragraph.')] },
      { type: 'heading', level: 2, children: [t('Background')] },
      { type: 'paragraph', children: [t('Body text.')] },
    ]);
  });

  it('without a title field or a "#" heading, says how to add a title', () => {
    const error = parseFailure('## Background\n\nJust a paragraph.', 'a.md');
    expect(error.code).toBe('NO_TITLE');
  });
});
