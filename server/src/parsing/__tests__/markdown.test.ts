import type { Block } from '..';
import { item, list, parseFailure, parseOne, readFixture, t } from './helpers';

describe('markdown: every block kind (fixture)', () => {
  const draft = parseOne(readFixture('valid/all-blocks.md'), 'all-blocks.md');

  it('reads the front matter', () => {
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

  it('turns images into links with a warning', () => {
    const draft = parseOne('# T\n\n![A chart](https://example.com/c.png)\n', 'a.md');
    expect(draft.body).toEqual([
      {
        type: 'paragraph',
        children: [{ type: 'link', url: 'https://example.com/c.png', children: [t('A chart')] }],
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
