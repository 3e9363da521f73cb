import { parseSource } from '..';

/**
 * Large and pathological inputs (about 1 MB each): each one gives a draft or a ParseError and the
 * parser returns (no catastrophic backtracking). Speed itself is measured by `npm run bench`,
 * never by timed tests.
 */
const CASES: Array<[string, string, string]> = [
  ['long news text', 'a.txt', `Title\n\n${'Word word word, word word.\n\n'.repeat(40000)}`],
  ['one huge line of spaces', 'a.txt', `T\n\n${' '.repeat(1000000)}x.`],
  ['a very long byline', 'a.txt', `T\n\nBody.\n\nBy ${'Ab and '.repeat(150000)}`],
  ['a very long tags line', 'a.txt', `T\n\n${'Ab, '.repeat(250000)}\n\nBody.`],
  ['a very long breadcrumb', 'a.txt', `Home ${'/ '.repeat(500000)}\nT\n\nBody.`],
  ['markdown emphasis soup', 'a.md', `# T\n\n${'*a **b '.repeat(150000)}`],
  ['markdown unclosed links', 'a.md', `# T\n\n${'[a]('.repeat(250000)}`],
  ['markdown backtick runs', 'a.md', `# T\n\n${'`'.repeat(1000)}x${' `` '.repeat(250000)}`],
  ['markdown deep quotes', 'a.md', `# T\n\n${'>'.repeat(500000)} x`],
  ['deeply nested JSON', 'a.json', '['.repeat(1000000)],
  ['deeply nested front matter', 'a.md', `---\na: ${'['.repeat(100000)}\n---\nB`],
];

describe('pathological inputs', () => {
  it.each(CASES)('%s', (_label, name, text) => {
    const items = parseSource(text, name);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.ok ? 'ok' : item.error.code).not.toBe('INTERNAL');
  });
});
