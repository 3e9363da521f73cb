import { tooLargeError } from '..';
import { parseFailure } from './helpers';

/**
 * The errors the admin translates carry their values as params (shared/contracts/article-errors)
 * beside the English message, which stays as it was.
 */
describe('parse errors with params', () => {
  it('no title: the format says which hint applies', () => {
    const error = parseFailure('---\ntags: [a]\n---\n\nSome text.', 'article.md');
    expect(error).toMatchObject({ code: 'NO_TITLE', params: { format: 'markdown' } });
    expect(error.message).toBe(
      'The article has no title: add "title: …" to the front matter, or start the text with a "# Title" line.'
    );
  });

  it('no body: the title and the format', () => {
    const error = parseFailure('{"title": "Oil prices fall", "body": ""}', 'oil.json');
    expect(error).toMatchObject({
      code: 'NO_BODY',
      params: { title: 'Oil prices fall', format: 'json' },
    });
    expect(error.message).toBe(
      'The article "Oil prices fall" has no body text: add a "body" field with Markdown text or an array of blocks.'
    );
  });

  it('a title too long: its length and the maximum', () => {
    const error = parseFailure(`# ${'Long title '.repeat(30)}\n\nText.`, 'long.md');
    expect(error).toMatchObject({ code: 'TITLE_TOO_LONG', params: { length: 329, max: 255 } });
    expect(error.message).toMatch(/^The title is 329 characters long, over the 255 allowed/);
  });

  it('empty, not text, too large: the reason and the position or sizes', () => {
    expect(parseFailure('  \n\n ', 'empty.txt')).toMatchObject({
      code: 'EMPTY_INPUT',
      params: {},
    });
    const binary = new Uint8Array([0x54, 0x69, 0x74, 0x6c, 0x65, 0x00, 0x0a]);
    const nul = parseFailure(binary, 'binary.txt');
    expect(nul).toMatchObject({ code: 'NOT_TEXT', params: { reason: 'NUL_BYTE', position: 6 } });
    expect(nul.message).toMatch(/^The file contains a NUL byte at byte 6, so it looks binary/);
    const utf16 = new Uint8Array([0xff, 0xfe, 0x54, 0x00]);
    expect(parseFailure(utf16, 'utf16.txt')).toMatchObject({
      code: 'NOT_TEXT',
      params: { reason: 'UTF16', position: null },
    });
    expect(parseFailure(new Uint8Array([0x54, 0xc3, 0x28]), 'bad.txt')).toMatchObject({
      code: 'NOT_TEXT',
      params: { reason: 'NOT_UTF8', position: null },
    });
    expect(parseFailure('Title\u0000', 'nul.txt')).toMatchObject({
      code: 'NOT_TEXT',
      params: { reason: 'NUL_CHARACTER', position: 6 },
    });
    expect(parseFailure('x'.repeat(2000), 'big.txt', { maxBytes: 1000 })).toMatchObject({
      code: 'TOO_LARGE',
      params: { bytes: 2000, limit: 1000 },
    });
    expect(tooLargeError(3 * 1024 * 1024, 1024 * 1024)).toMatchObject({
      params: { bytes: 3 * 1024 * 1024, limit: 1024 * 1024 },
    });
  });

  it('invalid JSON: where, and what the JSON reader said', () => {
    const error = parseFailure('{\n  "title": "Oil",\n  "body": "x",\n}', 'oil.json');
    expect(error).toMatchObject({
      code: 'INVALID_JSON',
      line: 4,
      column: 1,
      params: { line: 4, column: 1, detail: expect.any(String) },
    });
    const params = error.params as { detail: string };
    expect(error.message).toBe(
      `Invalid JSON at line 4, column 1: ${params.detail}. Fix the syntax (check commas, quotes and brackets) and try again.`
    );
  });

  it('a field, the front matter, a character, a depth: the English sentence is the detail', () => {
    const cases = [
      ['{"title": 42, "body": "Text."}', 'oil.json', 'INVALID_FIELD'],
      ['---\ntitle: [unclosed\n---\n\nText.\n', 'oil.md', 'INVALID_FRONT_MATTER'],
      ['{"title": "Oil\\u0000", "body": "Text."}', 'oil.json', 'INVALID_CHARACTER'],
      [
        `{"title": "Oil", "body": "Text.", "meta": ${'['.repeat(80)}${']'.repeat(80)}}`,
        'oil.json',
        'TOO_DEEP',
      ],
    ] as const;
    for (const [input, name, code] of cases) {
      const error = parseFailure(input, name);
      expect([error.code, error.params]).toEqual([code, { detail: error.message }]);
    }
  });
});
