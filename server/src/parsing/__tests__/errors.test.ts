import { readFileSync } from 'fs';
import path from 'path';
import { DEFAULT_MAX_BYTES, PARSE_ERROR_CODES, parseSource } from '..';
import { newsText, parseFailure, parseOne, REPO_ROOT } from './helpers';

describe('errors', () => {
  it('has the error codes the README lists, and INTERNAL, which no file should ever get', () => {
    // The README names every code a file can get in one sentence, which ends at a code.
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const sentence = /A file that cannot be read gives an error with a code[^]*?`\.\s/.exec(readme);
    expect(sentence).not.toBeNull();
    const documented = [...(sentence?.[0] ?? '').matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]);
    expect(documented.length).toBeGreaterThan(0);
    expect(PARSE_ERROR_CODES).toEqual([...documented, 'INTERNAL']);
  });

  it.each([
    ['', 'a.txt'],
    ['   \n\t\r\n  ', 'a.txt'],
    ['\uFEFF', 'a.md'],
    ['\n\n', 'a.json'],
    [new Uint8Array([]), 'a.txt'],
    [new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a]), 'a.txt'],
  ])('EMPTY_INPUT for %j', (input, name) => {
    const error = parseFailure(input, name);
    expect(error.code).toBe('EMPTY_INPUT');
    expect(error.message).toContain('add a title line');
  });

  it.each([
    ['a NUL byte', new Uint8Array([0x48, 0x69, 0x00, 0x21]), 'NUL byte at byte 3'],
    ['invalid UTF-8', new Uint8Array([0x41, 0xc3, 0x28, 0x0a]), 'not valid UTF-8'],
    ['a lone continuation byte', new Uint8Array([0x80, 0x41]), 'not valid UTF-8'],
    ['UTF-16', new Uint8Array([0xff, 0xfe, 0x41, 0x00]), 'UTF-16'],
    ['a NUL character in a string', 'Title\u0000\n\nBody.', 'NUL character'],
  ])('NOT_TEXT for %s', (_label, input, words) => {
    const error = parseFailure(input, 'a.txt');
    expect(error.code).toBe('NOT_TEXT');
    expect(error.message).toContain(words);
    expect(error.message).toContain('UTF-8');
  });

  it('TOO_LARGE names the size and the limit, for bytes and strings', () => {
    const bytes = parseFailure(new Uint8Array(2048).fill(0x61), 'a.txt', { maxBytes: 1024 });
    expect(bytes.code).toBe('TOO_LARGE');
    expect(bytes.message).toContain('2,048 bytes');
    expect(bytes.message).toContain('1,024 bytes');
    const text = parseFailure('ə'.repeat(600), 'a.txt', { maxBytes: 1000 });
    expect(text.code).toBe('TOO_LARGE');
    expect(text.message).toContain('1,200 bytes');
    expect(parseFailure('x'.repeat(DEFAULT_MAX_BYTES + 1), 'a.txt').message).toContain(
      '5.0 MB limit (5,242,880 bytes)'
    );
    expect(parseOne(newsText('T', 'Body.'), 'a.txt', { maxBytes: 12 }).title).toBe('T');
  });

  it('NO_TITLE: a breadcrumb with nothing after it', () => {
    const error = parseFailure('Home /\n', 'a.txt');
    expect(error).toMatchObject({ code: 'NO_TITLE', line: 2 });
    expect(error.message).toContain('add a title line');
  });

  it('NO_BODY: a title alone, or a title with only chrome', () => {
    expect(parseFailure('Just a title\n', 'a.txt').code).toBe('NO_BODY');
    const error = parseFailure(
      newsText('Home / Politics / Title', 'Title', 'By Ann Lee', 'About Bob Stone'),
      'a.txt'
    );
    expect(error.code).toBe('NO_BODY');
    expect(error.message).toContain('add at least one paragraph');
  });

  it('TITLE_TOO_LONG over 255 characters, with the line', () => {
    expect(parseOne(newsText('t'.repeat(255), 'Body.')).title).toHaveLength(255);
    expect(parseFailure(newsText('t'.repeat(256), 'Body.'))).toMatchObject({
      code: 'TITLE_TOO_LONG',
      line: 1,
    });
    const long = 'x '.repeat(200).trim();
    const crumbed = parseFailure(newsText(`Home / News / ${long}`, long, 'Body.'));
    expect(crumbed).toMatchObject({ code: 'TITLE_TOO_LONG', line: 3 });
    // A 400-character line under a breadcrumb that names a short title is body text, not the title.
    expect(parseOne(newsText('Home / News / Short', long, 'Body.')).title).toBe('Short');
    expect(
      parseFailure(JSON.stringify({ title: 'x'.repeat(300), body: 'B.' }), 'a.json').code
    ).toBe('TITLE_TOO_LONG');
  });

  it('never throws and never returns INTERNAL for odd inputs', () => {
    const odd: Array<[string | Uint8Array, string]> = [
      ['{', 'x'],
      ['[', 'x'],
      ['---', 'x'],
      ['---\n---', 'x.md'],
      ['Home', 'x.txt'],
      ['By Ann Lee', 'x.txt'],
      ['About Ann Lee\n\nAbout Bob', 'x.txt'],
      ['[Breaking] Title\n\nBody.', 'pasted'],
      ['{"title":"T","body":"' + '['.repeat(5000) + '"}', 'x.json'],
      ['> '.repeat(5000) + 'deep', 'x.md'],
      ['- '.repeat(5000) + 'deep', 'x.md'],
      ['*'.repeat(20000), 'x.md'],
      ['['.repeat(100000), 'x.json'],
      ['a,'.repeat(50000), 'x.txt'],
      ['By ' + 'A and '.repeat(20000), 'x.txt'],
      ['Home / ' + '/ '.repeat(20000), 'x.txt'],
      [' '.repeat(100000) + 'x\n\ny', 'x.txt'],
      ['T\n\n' + '\u00a0'.repeat(100000) + '.', 'x.txt'],
      ['---\na: &a [1]\nb: *a\n---\n# T\n\nB.', 'x.md'],
      ['---\ntitle: !!binary aGVsbG8=\n---\nB.', 'x.md'],
    ];
    for (const [input, name] of odd) {
      const items = parseSource(input, name);
      expect(items.length).toBeGreaterThanOrEqual(1);
      for (const item of items) expect(item.ok ? 'ok' : item.error.code).not.toBe('INTERNAL');
    }
  });

  it('removes stray control characters with a warning', () => {
    const draft = parseOne('Ti\u0007tle\n\nBo\u001bdy.\n');
    expect(draft.title).toBe('Title');
    expect(draft.warnings).toContain('Removed 2 invisible control characters from the text');
  });
});
