// Writes the bad-input corpus: tests/fixtures/bad/ (each file refused with the code named in
// expected.json) and tests/fixtures/bad/accepted/ (odd but harmless: imported, cleaned).
// The files are committed; run `node scripts/make-bad-corpus.mjs` after changing a case.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', 'tests', 'fixtures', 'bad');
fs.rmSync(root, { recursive: true, force: true });
fs.mkdirSync(path.join(root, 'accepted'), { recursive: true });

const expected = {};
const body = 'The council met on Monday and agreed the new budget after a long debate.';
const json = (fields) => JSON.stringify({ title: 'A title', body, ...fields }, null, 2);
const md = (frontMatter, text = body) => `---\n${frontMatter}\n---\n\n${text}\n`;
const write = (name, content, code) => {
  fs.writeFileSync(path.join(root, name), content);
  if (code) expected[name] = code;
};
const deep = (n, open = '[', close = ']') => `${open.repeat(n)}${close.repeat(n)}`;

// 1. Active URLs
write(
  'url-javascript-source.md',
  md('title: Cookies\nsourceUrl: "javascript:alert(document.cookie)"'),
  'INVALID_FIELD'
);
write(
  'url-data-cover.json',
  json({ cover: 'data:text/html,<script>alert(1)</script>' }),
  'INVALID_FIELD'
);
write(
  'url-protocol-relative-link.md',
  md('title: Elsewhere', `${body}\n\nSee [this](//evil.example/x).`),
  'INVALID_FIELD'
);
write(
  'url-javascript-block-link.json',
  json({
    body: [
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'x' }] },
        ],
      },
    ],
  }),
  'INVALID_FIELD'
);
write(
  'url-backslash-block-link.json',
  json({
    body: [
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: '/\\evil.example', children: [{ type: 'text', text: 'x' }] },
        ],
      },
    ],
  }),
  'INVALID_FIELD'
);
write('url-relative-source.json', json({ sourceUrl: '/news/123' }), 'INVALID_FIELD');
write(
  'url-tab-in-scheme-cover.md',
  md('title: Tab\ncover: "java\\tscript:alert(1)"'),
  'INVALID_FIELD'
);
write('url-vbscript-source.json', json({ sourceUrl: 'vbscript:msgbox(1)' }), 'INVALID_FIELD');

// 2. Depth and size
write(
  'deep-sourcemeta-100k.json',
  `{"title": "Deep", "body": "${body}", "sourceMeta": ${deep(100000)}}`,
  'TOO_DEEP'
);
write(
  'deep-extra-key-10k-objects.json',
  `{"title": "Deep", "body": "${body}", "extra": ${'{"a":'.repeat(10000)}1${'}'.repeat(10000)}}`,
  'TOO_DEEP'
);
write(
  'deep-extra-key-12.json',
  json({ extra: JSON.parse(`${'{"a":'.repeat(12)}1${'}'.repeat(12)}`) }),
  'INVALID_FIELD'
);
write(
  'deep-blocks-10k.json',
  `{"title": "Deep", "body": [${'{"type":"list","format":"ordered","children":['.repeat(10000)}${']}'.repeat(10000)}]}`,
  'TOO_DEEP'
);
write(
  'deep-blocks-12-lists.json',
  json({
    body: [
      JSON.parse(
        `${'{"type":"list","format":"ordered","children":['.repeat(12)}{"type":"list-item","children":[{"type":"text","text":"x"}]}${']}'.repeat(12)}`
      ),
    ],
  }),
  'INVALID_FIELD'
);
write('deep-front-matter-100.md', md(`title: Deep\nextra: ${deep(100)}`), 'TOO_DEEP');
write(
  'too-many-extra-keys.json',
  json(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`key${i}`, i]))),
  'INVALID_FIELD'
);
write('huge-source-meta.json', json({ notes: 'x'.repeat(100 * 1024) }), 'INVALID_FIELD');
write(
  'too-many-tags.md',
  md(`title: Tags\ntags: [${Array.from({ length: 60 }, (_, i) => `t${i}`).join(', ')}]`),
  'INVALID_FIELD'
);
write('long-tag.json', json({ tags: ['x'.repeat(150)] }), 'INVALID_FIELD');
write('long-author-name.json', json({ authors: ['A'.repeat(300)] }), 'INVALID_FIELD');
write(
  'too-many-authors.json',
  json({ authors: Array.from({ length: 60 }, (_, i) => `Author ${i}`) }),
  'INVALID_FIELD'
);
write(
  'deep-category-path.md',
  md(`title: Levels\ncategory: ${Array.from({ length: 12 }, (_, i) => `L${i}`).join(' / ')}`),
  'INVALID_FIELD'
);
write('long-locale.json', json({ locale: 'x'.repeat(300) }), 'INVALID_FIELD');
write('huge-title-line.txt', `${'Headline '.repeat(120000)}\n\n${body}\n`, 'TITLE_TOO_LONG');

// 4. NUL and lone surrogates
write(
  'nul-escape-title.json',
  '{"title": "Nul\\u0000title", "body": "Some text."}',
  'INVALID_CHARACTER'
);
write(
  'nul-escape-extra-key.json',
  '{"title": "Nul key", "body": "Some text.", "x\\u0000": 1}',
  'INVALID_CHARACTER'
);
write(
  'nul-escape-body.json',
  '{"title": "Nul body", "body": "Some\\u0000 text."}',
  'INVALID_CHARACTER'
);
write(
  'lone-surrogate-title.json',
  '{"title": "Lone \\ud800 surrogate", "body": "Some text."}',
  'INVALID_CHARACTER'
);
write(
  'lone-low-surrogate-tag.json',
  '{"title": "Low", "body": "Some text.", "tags": ["a\\udc00"]}',
  'INVALID_CHARACTER'
);
write('lone-surrogate-yaml.md', md('title: "Lone \\ud800 surrogate"'), 'INVALID_CHARACTER');
write('nul-escape-yaml.md', md('title: "Nul \\0 title"'), 'INVALID_CHARACTER');
write(
  'nul-byte.txt',
  Buffer.concat([Buffer.from('Title\n\nBody'), Buffer.from([0]), Buffer.from(' text.\n')]),
  'NOT_TEXT'
);

// Encodings
write(
  'truncated-utf8.txt',
  Buffer.concat([Buffer.from(`Price rise\n\n${body} It costs 5 `), Buffer.from([0xe2, 0x82])]),
  'NOT_TEXT'
);
write(
  'mixed-encodings.txt',
  Buffer.concat([
    Buffer.from('Café society\n\nThe caf'),
    Buffer.from([0xe9]),
    Buffer.from(' — opened.\n'),
  ]),
  'NOT_TEXT'
);
write(
  'utf16le-bom.txt',
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Title\n\nBody.\n', 'utf16le')]),
  'NOT_TEXT'
);
write(
  'cesu-surrogate.txt',
  Buffer.concat([
    Buffer.from('Title\n\nBody '),
    Buffer.from([0xed, 0xa0, 0x80]),
    Buffer.from('.\n'),
  ]),
  'NOT_TEXT'
);

// YAML
const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
for (let i = 1; i < 9; i += 1) {
  const prev = String.fromCharCode(96 + i);
  const name = String.fromCharCode(97 + i);
  laughs.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
}
write('yaml-billion-laughs.md', md(`title: Laughs\n${laughs.join('\n')}`), 'INVALID_FRONT_MATTER');
write('yaml-alias-cycle.md', md('title: Cycle\nx: &a [*a]'), 'INVALID_FRONT_MATTER');
write('yaml-tag-binary.md', md('title: Binary\ncover: !!binary aGVsbG8='), 'INVALID_FRONT_MATTER');
write(
  'yaml-tag-custom.md',
  md('title: !js/function "function () { return 1 }"'),
  'INVALID_FRONT_MATTER'
);
write('yaml-tag-set.md', md('title: Set\ntags: !!set { a, b }'), 'INVALID_FRONT_MATTER');
write('yaml-duplicate-key.md', md('title: One\ntitle: Two'), 'INVALID_FRONT_MATTER');
write(
  'json-duplicate-key.json',
  '{\n  "title": "One",\n  "body": "Some text.",\n  "title": "Two"\n}',
  'INVALID_FIELD'
);

// Wrong types, one file per field
const wrong = {
  title: 42,
  slug: ['a', 'b'],
  description: { text: 'x' },
  category: 7,
  categoryPath: { a: 1 },
  tags: { a: 1 },
  authors: 3,
  author: true,
  cover: ['https://example.com/a.jpg'],
  sourceUrl: 12,
  publishedAt: { year: 2024 },
  locale: ['en'],
  aboutAuthor: 5,
  body: 99,
};
for (const [field, value] of Object.entries(wrong)) {
  write(`wrong-type-${field}.json`, json({ [field]: value }), 'INVALID_FIELD');
}
write('wrong-type-tag-item.md', md('title: Tag item\ntags: [a, [b]]'), 'INVALID_FIELD');

// Shapes
write('not-an-object.json', '42', 'INVALID_FIELD');
write('empty-array.json', '[]', 'EMPTY_INPUT');
write('front-matter-list.md', md('- a\n- b'), 'INVALID_FRONT_MATTER');
write('unclosed-front-matter.md', `---\ntitle: Open\n\n${body}\n`, 'INVALID_FRONT_MATTER');
write('broken.json', '{\n  "title": "x",\n  oops\n}', 'INVALID_JSON');
write('empty.txt', ' \n\t\n', 'EMPTY_INPUT');
write('no-body.md', md('title: Nothing below', ''), 'NO_BODY');
// markdown-it stops nesting at 100 levels: the text inside 10,000 quotes is not read.
write('deep-markdown-quotes-10k.md', `# Quotes\n\n${'>'.repeat(10000)} ${body}\n`, 'NO_BODY');
write('zero-width-only-title.txt', `\u200b\u202e\n\n${body}\n`, 'NO_TITLE');

// Accepted: harmless once cleaned (see the README, "Limits").
const accepted = {
  'zero-width-title.txt': `Bud\u200bget \u202eagreed\u202c at last\n\n${body}\n`,
  'bidi-slug.md': md('title: Bidi slug\nslug: "bidi\u2066-slug\u2069\u200b-ok"'),
  'zero-width-tags.json': json({
    title: 'Tags with\u2060 joiners',
    tags: ['Eco\u200bnomy', 'فارسی\u200cنامه'],
  }),
  'fragment-link.md': md('title: Fragment link', `${body}\n\nBack to [the top](#top).`),
};
for (const [name, content] of Object.entries(accepted)) {
  fs.writeFileSync(path.join(root, 'accepted', name), content);
}
fs.writeFileSync(path.join(root, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
console.log(`${Object.keys(expected).length} refused, ${Object.keys(accepted).length} accepted`);
