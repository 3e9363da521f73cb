import fc from 'fast-check';

import { contentHash } from '../../import/hash';
import { parseSource, stringifyJson } from '..';
import { absoluteUrlProblem, isAllowedLinkUrl, isStorableLink, linkUrlProblem } from '../links';
import { badCharacterIn, findValueProblem, formatPath } from '../values';
import { parseFailure, parseOne, readSeedBytes, heavyIt } from './helpers';

const BODY = 'The council met on Monday and agreed the budget.';
const md = (frontMatter: string, body = BODY) => `---\n${frontMatter}\n---\n\n${body}\n`;
const json = (fields: Record<string, unknown>) =>
  JSON.stringify({ title: 'T', body: BODY, ...fields }, null, 2);

describe('defect 1: only http(s) URLs are stored (sourceUrl, cover, body links)', () => {
  it.each([
    ['javascript:alert(document.cookie)'],
    ['JavaScript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['//evil.example/x'],
    ['/relative/path'],
    ['vbscript:msgbox(1)'],
    ['https://'],
  ])('refuses sourceUrl and cover %s, naming the field and its line', (url) => {
    // A cover may be a path: relative to the file, or a Media Library URL ("/uploads/…").
    const fields =
      url.startsWith('/') && !url.startsWith('//') ? ['sourceUrl'] : ['sourceUrl', 'cover'];
    for (const field of fields) {
      const front = parseFailure(md(`title: T\n${field}: ${JSON.stringify(url)}`), 'a.md');
      expect(front).toMatchObject({ code: 'INVALID_FIELD', line: 3 });
      expect(front.message).toContain(`"${field}"`);
      const fromJson = parseFailure(json({ [field]: url }), 'a.json');
      expect(fromJson).toMatchObject({ code: 'INVALID_FIELD', line: 4 });
      expect(fromJson.message).toContain(`"${field}"`);
    }
  });

  it('keeps absolute http(s) URLs', () => {
    const draft = parseOne(
      json({ sourceUrl: 'https://news.example/a?b=1', cover: 'http://cdn.example/c.jpg' }),
      'a.json'
    );
    expect(draft.sourceMeta).toMatchObject({
      sourceUrl: 'https://news.example/a?b=1',
      cover: 'http://cdn.example/c.jpg',
    });
  });

  it('refuses a protocol-relative body link (it was taken for a site path)', () => {
    const error = parseFailure(md('title: T', `${BODY}\n\n[x](//evil.example/x)`), 'a.md');
    expect(error).toMatchObject({ code: 'INVALID_FIELD', line: 7 });
    const blocks = [
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: '//evil.example', children: [{ type: 'text', text: 'x' }] },
        ],
      },
    ];
    expect(parseFailure(json({ body: blocks }), 'a.json').code).toBe('INVALID_FIELD');
  });

  it('keeps http(s), mailto:, tel: and single-slash site links in the body', () => {
    const draft = parseOne(
      md(
        'title: T',
        `${BODY} [a](https://x.example) [b](mailto:a@x.example) [c](tel:+123) [d](/about)`
      ),
      'a.md'
    );
    const links = draft.body.flatMap((block) =>
      block.type === 'list' ? [] : block.children.filter((node) => node.type === 'link')
    );
    expect(links.map((link) => (link.type === 'link' ? link.url : ''))).toEqual([
      'https://x.example',
      'mailto:a@x.example',
      'tel:+123',
      '/about',
    ]);
  });
});

describe('defect 2: a value nested 100,000 levels deep fails its file alone', () => {
  const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

  it.each(['sourceMeta', 'extra', 'aboutAuthor'])('in "%s": TOO_DEEP, no exception', (key) => {
    const text = `{"title": "Deep", "body": "${BODY}", "${key}": ${deep(100000)}}`;
    expect(parseFailure(text, 'deep.json').code).toBe('TOO_DEEP');
  });

  it('in one element of a JSON array: the file fails, with a code', () => {
    const text = `[{"title": "Fine", "body": "${BODY}"}, {"title": "Deep", "body": "${BODY}", "x": ${deep(100000)}}]`;
    expect(parseFailure(text, 'deep.json').code).toBe('TOO_DEEP');
  });

  it('extra keys are bounded in depth, number and size', () => {
    const nested = JSON.parse(`${'{"a":'.repeat(9)}1${'}'.repeat(9)}`) as unknown;
    expect(parseFailure(json({ extra: nested }), 'a.json')).toMatchObject({
      code: 'INVALID_FIELD',
      line: 4,
    });
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i]));
    expect(parseFailure(json(many), 'a.json').code).toBe('INVALID_FIELD');
    expect(parseFailure(json({ notes: 'x'.repeat(70000) }), 'a.json').message).toMatch(
      /source metadata .* over the 65536 allowed/
    );
  });

  heavyIt('hashing is iterative: the same text as JSON.stringify, at any depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(stringifyJson(value)).toBe(JSON.stringify(value));
      }),
      { numRuns: 500 }
    );
    let deepValue: unknown = 1;
    for (let i = 0; i < 100000; i += 1) deepValue = [deepValue];
    expect(() => JSON.stringify(deepValue)).toThrow(RangeError);
    expect(stringifyJson(deepValue)?.length).toBe(200001);
    const draft = parseOne(readSeedBytes(), 'seed.txt');
    expect(
      contentHash({ ...draft, sourceMeta: { format: 'text', extra: { deep: deepValue } } })
    ).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('defect 4: NUL and lone surrogates are refused with INVALID_CHARACTER', () => {
  it.each([
    ['a JSON \\u0000 escape in the title', '{"title": "A\\u0000B", "body": "Text."}', 'a.json'],
    ['a JSON \\u0000 escape in a key', '{"title": "A", "body": "Text.", "k\\u0000": 1}', 'a.json'],
    ['a lone high surrogate', '{"title": "A\\ud800", "body": "Text."}', 'a.json'],
    [
      'a lone low surrogate in a tag',
      '{"title": "A", "body": "T.", "tags": ["\\udc00"]}',
      'a.json',
    ],
    ['a YAML \\0 escape', md('title: "A \\0 B"'), 'a.md'],
    ['a YAML \\ud800 escape', md('title: "A \\ud800 B"'), 'a.md'],
    ['a lone surrogate in pasted text', `Title \ud800\n\n${BODY}`, 'pasted'],
  ])('%s', (_label, text, name) => {
    const error = parseFailure(text, name);
    expect(error.code).toBe('INVALID_CHARACTER');
    // The message itself is storable: it shows the character escaped.
    expect(error.message.includes('\u0000')).toBe(false);
  });

  it('a pair of surrogates (an emoji) is fine', () => {
    expect(parseOne('{"title": "Cheers \\ud83c\\udf89", "body": "Text."}', 'a.json').title).toBe(
      'Cheers 🎉'
    );
  });
});

describe('invisible characters in one-line fields', () => {
  it('strips zero-width spaces and bidi controls from titles, slugs, names and tags, keeping ZWNJ', () => {
    const draft = parseOne(
      json({
        title: 'Bud\u200bget \u202eagreed\u202c',
        slug: 'bud\u2066get',
        authors: ['Ay\u200bya'],
        tags: ['فارسی\u200cنامه'],
      }),
      'a.json'
    );
    expect(draft).toMatchObject({
      title: 'Budget agreed',
      slug: 'budget',
      authors: ['Ayya'],
      tags: ['فارسی\u200cنامه'],
    });
    expect(draft.warnings).toContainEqual(expect.stringMatching(/invisible character/));
  });
});

/** A random edit of the reference seed's bytes. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ maxLength: 16 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 64 }) }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    value: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({
    kind: fc.constant('repeat' as const),
    at: fc.nat(),
    length: fc.nat({ max: 32 }),
    times: fc.integer({ min: 2, max: 2000 }),
  }),
  fc.record({
    kind: fc.constant('text' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '\u0000',
      '\\u0000',
      '\ud800',
      '---\n',
      '{',
      '[',
      '"',
      '\u202e',
      '\u200b',
      '[x](//e.x)',
      'javascript:',
      '&a ',
      '*a',
      '!!binary ',
      '\n\n',
      'By ',
      'Home / '
    ),
  })
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

const mutate = (bytes: Uint8Array, edits: Mutation[]): Uint8Array => {
  let out = Buffer.from(bytes);
  for (const edit of edits) {
    const at = out.length === 0 ? 0 : edit.at % (out.length + 1);
    switch (edit.kind) {
      case 'insert':
        out = Buffer.concat([out.subarray(0, at), edit.bytes, out.subarray(at)]);
        break;
      case 'delete':
        out = Buffer.concat([out.subarray(0, at), out.subarray(at + edit.length)]);
        break;
      case 'flip':
        if (at < out.length) out[at] = edit.value;
        break;
      case 'repeat': {
        const piece = out.subarray(at, at + edit.length);
        out = Buffer.concat([
          out.subarray(0, at),
          Buffer.concat(Array(edit.times).fill(piece)),
          out.subarray(at),
        ]);
        break;
      }
      case 'text':
        out = Buffer.concat([out.subarray(0, at), Buffer.from(edit.text), out.subarray(at)]);
        break;
    }
  }
  return new Uint8Array(out);
};

describe('random mutations of the reference seed (property)', () => {
  heavyIt(
    'parse never throws, never answers INTERNAL, and returns well within a generous bound',
    () => {
      const seed = readSeedBytes();
      // A hang detector, not a speed test: the seed parses in a few milliseconds.
      const BOUND_MS = 10000;
      fc.assert(
        fc.property(
          fc.array(mutation, { minLength: 1, maxLength: 8 }),
          fc.constantFrom('seed.txt', 'seed.md', 'seed.json', 'pasted'),
          (edits, name) => {
            const input = mutate(seed, edits);
            const started = Date.now();
            const items = parseSource(input, name);
            expect(Date.now() - started).toBeLessThan(BOUND_MS);
            expect(items.length).toBeGreaterThan(0);
            for (const item of items) {
              if (item.ok) {
                expect(stringifyJson(item.draft)).toBe(JSON.stringify(item.draft));
              } else {
                expect(item.error.code).not.toBe('INTERNAL');
                expect(item.error.message.length).toBeGreaterThan(10);
              }
            }
          }
        ),
        { numRuns: 400 }
      );
    }
  );
});

describe('value helpers (paths, bad characters, depth, JSON text)', () => {
  it('writes a path as a reader would: keys dotted, indexes bracketed, control characters escaped', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath(['extra', 'links', 2, 'url'])).toBe('extra.links[2].url');
    expect(formatPath([0, 'title'])).toBe('[0].title');
    expect(formatPath(['a\u0001b', 'c\ud800'])).toBe('a\\u0001b.c\\ud800');
  });

  it('says where a NUL or a lone surrogate is, 1-based', () => {
    expect(badCharacterIn('\u0000abc')).toBe('a NUL character (\\u0000) at position 1');
    expect(badCharacterIn('ab\u0000')).toBe('a NUL character (\\u0000) at position 3');
    expect(badCharacterIn('\udc00ab')).toBe('a lone UTF-16 surrogate (\\udc00) at position 1');
    expect(badCharacterIn('ab\ud83d')).toBe('a lone UTF-16 surrogate (\\ud83d) at position 3');
    expect(badCharacterIn('fine 😀')).toBeUndefined();
  });

  it('finds the first problem of a value, with its path from the root', () => {
    expect(findValueProblem([1], 1)).toBeUndefined();
    expect(findValueProblem([[1]], 1)).toEqual({ kind: 'tooDeep', path: [0], limit: 1 });
    expect(findValueProblem({ a: { b: { c: 1 } } }, 2)).toEqual({
      kind: 'tooDeep',
      path: ['a', 'b'],
      limit: 2,
    });
    expect(findValueProblem({ a: [{ ok: 1 }, { 'b\u0000': 1 }] }, 64)).toEqual({
      kind: 'badCharacter',
      path: ['a', 1, 'b\u0000'],
      problem: 'a NUL character (\\u0000) at position 2',
    });
    expect(findValueProblem({ a: 'x', b: ['y', '\udc00'] }, 64)).toEqual({
      kind: 'badCharacter',
      path: ['b', 1],
      problem: 'a lone UTF-16 surrogate (\\udc00) at position 1',
    });
  });

  it('writes the same JSON text as JSON.stringify', () => {
    const shared = { n: 1 };
    const values: unknown[] = [
      null,
      'text "quoted"',
      0,
      -0,
      2.5,
      NaN,
      Infinity,
      true,
      false,
      [],
      {},
      [1, 'two', null, true, false, NaN, undefined, () => 1, Symbol('s')],
      { a: undefined, b: () => 1, c: null, d: [], e: {}, f: 'x' },
      { list: [1, [2, [3, { deep: [4, { deeper: 'end' }] }]]], after: { x: [] }, last: 0 },
      [{ a: 1 }, [], [[]], { b: [{}] }],
      { when: new Date(Date.UTC(2024, 4, 1)), custom: { toJSON: () => ({ replaced: [1, 2] }) } },
      { same: shared, again: shared, inList: [shared, shared] },
    ];
    for (const value of values) {
      expect(stringifyJson(value)).toBe(JSON.stringify(value));
    }
    expect(stringifyJson({ a: [1, { b: null }], c: 'd' })).toBe('{"a":[1,{"b":null}],"c":"d"}');
    expect(stringifyJson([undefined, { x: undefined }])).toBe('[null,{}]');
    expect(stringifyJson(new Date(Date.UTC(2024, 4, 1)))).toBe('"2024-05-01T00:00:00.000Z"');
    expect(stringifyJson(undefined)).toBeUndefined();
    expect(stringifyJson(() => 1)).toBeUndefined();
  });

  it('throws on a cycle and on a BigInt, as JSON.stringify does', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(() => stringifyJson(cyclic)).toThrow(
      new TypeError('Converting circular structure to JSON')
    );
    const inner: unknown[] = [];
    inner.push({ back: inner });
    expect(() => stringifyJson({ list: inner })).toThrow(TypeError);
    expect(() => stringifyJson({ n: BigInt(1) })).toThrow(
      new TypeError('Do not know how to serialize a BigInt')
    );
  });
});

describe('URL rules', () => {
  it.each([
    ['https://example.com/a', undefined],
    [`https://example.com/${'a'.repeat(1980)}`, undefined],
    [`https://example.com/${'a'.repeat(1981)}`, 'is longer than 2000 characters'],
    ['https://example.com/a b', 'contains spaces or control characters (encode them, e.g. %20)'],
    ['https://example.com/\u0085', 'contains spaces or control characters (encode them, e.g. %20)'],
    ['http:/example.com?next=https://other.org', 'must be an absolute http:// or https:// URL'],
    ['ftp://example.com', 'must be an absolute http:// or https:// URL'],
    ['https://exa mple', 'contains spaces or control characters (encode them, e.g. %20)'],
    ['https://[bad', 'is not a valid URL'],
  ])('sourceUrl / cover %j → %j', (url, problem) => {
    expect(absoluteUrlProblem(url)).toBe(problem);
  });

  it.each([
    ['', 'is empty'],
    [
      '//evil.example',
      'is protocol-relative ("//host" points to another site): write https://host/…',
    ],
    [
      '/\\evil.example',
      'is protocol-relative ("//host" points to another site): write https://host/…',
    ],
    ['/world/europe', undefined],
    ['#top', undefined],
    ['?page=2', undefined],
    ['mailto:desk@example.com', undefined],
    ['TEL:+994123', undefined],
    [
      'x-mailto:desk@example.com',
      'uses a protocol that is not allowed (only http:, https:, mailto: and tel:)',
    ],
    [
      'javascript:alert(1)',
      'uses a protocol that is not allowed (only http:, https:, mailto: and tel:)',
    ],
    ['x-https:foo', 'uses a protocol that is not allowed (only http:, https:, mailto: and tel:)'],
    ['http://example.com', undefined],
    ['HTTPS://example.com', undefined],
    ['Über:x', 'must be an absolute http:// or https:// URL'],
    ['example.com/page', 'must be an absolute http:// or https:// URL'],
    [`/${'a'.repeat(2000)}`, 'is longer than 2000 characters'],
    ['/a\tb', 'contains spaces or control characters (encode them, e.g. %20)'],
  ])('body link %j → %j', (url, problem) => {
    expect(linkUrlProblem(url)).toBe(problem);
  });

  it('allows the links Strapi can store', () => {
    expect(isStorableLink('/search?')).toBe(true);
    expect(isStorableLink('?q=1')).toBe(false);
    expect(isStorableLink('#top')).toBe(false);
    expect(isAllowedLinkUrl('https://example.com/a')).toBe(true);
    expect(isAllowedLinkUrl('/search?q=a')).toBe(true);
    expect(isAllowedLinkUrl('#top')).toBe(false);
    expect(isAllowedLinkUrl('?q=1')).toBe(false);
    expect(isAllowedLinkUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedLinkUrl('//evil.example')).toBe(false);
  });
});
