import { readFileSync } from 'fs';
import path from 'path';
import { DEFAULT_MAX_BYTES, PARSE_ERROR_CODES, parseSource, type ParseError } from '..';
import { decodeInput, utf8Length } from '../decode';
import { checkDocumentValue } from '../document-value';
import { checkDraftLimits } from '../draft-limits';
import { parseError, ParseFailure, toParseError, tooLargeError } from '../errors';
import type { ValuePath } from '../values';
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

describe('error values', () => {
  it('a ParseFailure is named and carries its error', () => {
    const failure = new ParseFailure(parseError('NO_BODY', 'No body.'));
    expect(failure.name).toBe('ParseFailure');
    expect(failure.message).toBe('No body.');
    expect(toParseError(failure)).toBe(failure.error);
  });

  it('sets line and column only when known', () => {
    expect(parseError('NO_BODY', 'No body.')).toStrictEqual({
      code: 'NO_BODY',
      message: 'No body.',
    });
    expect(parseError('NO_TITLE', 'No title.', 3)).toStrictEqual({
      code: 'NO_TITLE',
      message: 'No title.',
      line: 3,
    });
    expect(parseError('INVALID_FIELD', '"tags" is wrong.', 2, 7)).toStrictEqual({
      code: 'INVALID_FIELD',
      message: '"tags" is wrong.',
      params: { detail: '"tags" is wrong.' },
      line: 2,
      column: 7,
    });
  });

  it('an unexpected exception becomes INTERNAL, with its message', () => {
    const internal = (detail: string) => ({
      code: 'INTERNAL',
      params: { detail },
      message: `The parser failed unexpectedly (${detail}). Please report this file to the plugin maintainers.`,
    });
    expect(toParseError(new RangeError('Maximum call stack size exceeded'))).toStrictEqual(
      internal('Maximum call stack size exceeded')
    );
    expect(toParseError('a thrown string')).toStrictEqual(internal('a thrown string'));
  });

  it.each([
    [999, 512, 'The input is 999 bytes (999 bytes), over the 512 bytes limit (512 bytes)'],
    [1536, 1024, 'The input is 1.5 KB (1,536 bytes), over the 1.0 KB limit (1,024 bytes)'],
    [
      1048576,
      1023,
      'The input is 1.0 MB (1,048,576 bytes), over the 1023 bytes limit (1,023 bytes)',
    ],
    [
      5 * 1024 * 1024 + 1,
      5 * 1024 * 1024,
      'The input is 5.0 MB (5,242,881 bytes), over the 5.0 MB limit (5,242,880 bytes)',
    ],
    [
      123456789,
      100000,
      'The input is 117.7 MB (123,456,789 bytes), over the 97.7 KB limit (100,000 bytes)',
    ],
  ])('TOO_LARGE for %d bytes over %d', (bytes, limit, lead) => {
    expect(tooLargeError(bytes, limit)).toStrictEqual({
      code: 'TOO_LARGE',
      params: { bytes, limit },
      message: `${lead}: split it into smaller files or raise the maxImportBytes setting.`,
    });
  });
});

describe('decodeInput', () => {
  const reasonOf = (input: Uint8Array) => failureOf(() => decodeInput(input, 100)).params;

  it('counts UTF-8 bytes like an encoder, lone surrogates as 3', () => {
    const encoder = new TextEncoder();
    for (const text of [
      'a',
      '\u007f',
      '\u0080',
      'é',
      '\u07ff',
      '\u0800',
      '\ud7ff',
      '€',
      '\uffff',
      '😀',
      '\udbff\udfff',
      '\ud800\udc00',
      'Bakı 😀 €5',
    ]) {
      expect([text, utf8Length(text)]).toEqual([text, encoder.encode(text).length]);
    }
    expect(utf8Length('\ud800')).toBe(3);
    expect(utf8Length('\udc00')).toBe(3);
    expect(utf8Length('\ud800a')).toBe(4);
    expect(utf8Length('\ud800\u4e00')).toBe(6);
    expect(utf8Length('\ud800\ue000')).toBe(6);
    expect(utf8Length('\ud800\ud800')).toBe(6);
  });

  it('takes input of exactly the limit, bytes or text', () => {
    expect(decodeInput(new Uint8Array([0x48, 0x69]), 2).text).toBe('Hi');
    expect(failureOf(() => decodeInput(new Uint8Array([0x48, 0x69, 0x21]), 2)).code).toBe(
      'TOO_LARGE'
    );
    expect(decodeInput('ə'.repeat(500), 1000).text).toBe('ə'.repeat(500));
    expect(failureOf(() => decodeInput('ə'.repeat(501), 1000)).params).toEqual({
      bytes: 1002,
      limit: 1000,
    });
  });

  it('tells UTF-16 (both byte orders) from other bytes that are not UTF-8', () => {
    const utf16 = { reason: 'UTF16', position: null };
    const notUtf8 = { reason: 'NOT_UTF8', position: null };
    expect(reasonOf(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toEqual(utf16);
    expect(reasonOf(new Uint8Array([0xfe, 0xff, 0x00, 0x41]))).toEqual(utf16);
    expect(reasonOf(new Uint8Array([0xff, 0xfe]))).toEqual(utf16);
    for (const bytes of [[0xff, 0x41], [0x41, 0xfe], [0x41, 0xff], [0xfe, 0x41], [0xff]]) {
      expect([bytes, reasonOf(new Uint8Array(bytes))]).toEqual([bytes, notUtf8]);
    }
  });

  it('gives the 1-based position of a NUL at the very start', () => {
    expect(reasonOf(new Uint8Array([0x00, 0x41]))).toEqual({ reason: 'NUL_BYTE', position: 1 });
    const text = failureOf(() => decodeInput('\u0000Title', 100));
    expect(text.params).toEqual({ reason: 'NUL_CHARACTER', position: 1 });
    expect(text.message).toBe(
      'The text contains a NUL character at position 1, so it looks binary: import a .txt, .md or .json file saved as UTF-8 text.'
    );
  });

  it('refuses a lone surrogate in text handed over as a string', () => {
    expect(failureOf(() => decodeInput('Title\ud800\n\nBody.', 100))).toStrictEqual({
      code: 'INVALID_CHARACTER',
      params: {
        detail:
          'The text contains a lone UTF-16 surrogate (\\ud800) at position 6: it is not valid Unicode text. Remove it and import a .txt, .md or .json file saved as UTF-8 text.',
      },
      message:
        'The text contains a lone UTF-16 surrogate (\\ud800) at position 6: it is not valid Unicode text. Remove it and import a .txt, .md or .json file saved as UTF-8 text.',
    });
  });

  it('strips the BOM of a string and counts the control characters it removes', () => {
    expect(decodeInput('\uFEFFTitle\r\n\r\nBody.', 100)).toEqual({
      text: 'Title\n\nBody.',
      warnings: [],
    });
    expect(decodeInput('Ti\u0001tle\n\nBo\u0002dy\u007f.', 100)).toEqual({
      text: 'Title\n\nBody.',
      warnings: [
        {
          code: 'CONTROL_CHARACTERS_REMOVED',
          params: { count: 3 },
          message: 'Removed 3 invisible control characters from the text',
        },
      ],
    });
    expect(decodeInput('Title\u0008\n\nBody.', 100).warnings).toEqual([
      {
        code: 'CONTROL_CHARACTERS_REMOVED',
        params: { count: 1 },
        message: 'Removed 1 invisible control character from the text',
      },
    ]);
  });
});

describe('checkDocumentValue', () => {
  const lines = (path: ValuePath) => (path.length === 0 ? undefined : path.length + 10);
  const nested = (depth: number): unknown => {
    let value: unknown = 'leaf';
    for (let i = 0; i < depth; i += 1) value = { a: value };
    return value;
  };

  it('accepts a value nested exactly to the limit, refuses one level more', () => {
    expect(() => checkDocumentValue(nested(64), lines)).not.toThrow();
    const error = failureOf(() => checkDocumentValue(nested(65), lines, 'Front matter: '));
    expect(error.code).toBe('TOO_DEEP');
    expect(error.message).toBe(
      `Front matter: "${Array(64).fill('a').join('.')}" is nested more than 64 levels deep: flatten it (an article needs far less).`
    );
    expect(error.line).toBe(74);
  });

  it('names the value that holds a bad character, or "The value" at the root', () => {
    expect(failureOf(() => checkDocumentValue({ meta: { note: 'a\u0000' } }, lines))).toStrictEqual(
      {
        code: 'INVALID_CHARACTER',
        message:
          '"meta.note" contains a NUL character (\\u0000) at position 2: remove it (or write the character it stands for) and save the file as UTF-8.',
        params: {
          detail:
            '"meta.note" contains a NUL character (\\u0000) at position 2: remove it (or write the character it stands for) and save the file as UTF-8.',
        },
        line: 12,
      }
    );
    expect(failureOf(() => checkDocumentValue('\udc00', lines)).message).toBe(
      'The value contains a lone UTF-16 surrogate (\\udc00) at position 1: remove it (or write the character it stands for) and save the file as UTF-8.'
    );
    expect(() => checkDocumentValue({ title: 'Fine', tags: ['a', 'b'] }, lines)).not.toThrow();
  });
});

describe('checkDraftLimits', () => {
  const draft = parseOne('Title\n\nBody text.');
  const lines: Record<string, number> = {
    author: 4,
    category: 2,
    categoryPath: 9,
    tags: 5,
    extra: 7,
  };
  const fieldLine = (field: string) => lines[field];
  const names = (count: number, prefix = 'Name') =>
    Array.from({ length: count }, (_, i) => `${prefix} ${i}`);

  it('takes every list at its limit', () => {
    expect(() =>
      checkDraftLimits({
        ...draft,
        authors: [...names(49), 'n'.repeat(255)],
        categoryPath: [...names(9), 'c'.repeat(255)],
        tags: [...names(49), 't'.repeat(100)],
      })
    ).not.toThrow();
  });

  it.each([
    ['authors', names(51), '"authors" has 51 names, more than the 50 allowed.', 4],
    ['categoryPath', names(11), '"category" has 11 levels, more than the 10 allowed.', 2],
    ['tags', names(51, 'Tag'), '"tags" has 51 tags, more than the 50 allowed.', 5],
    [
      'authors',
      ['Ann', 'n'.repeat(256)],
      `"authors" has a name of 256 characters ("${'n'.repeat(60)}…"), over the 255 allowed: shorten it.`,
      4,
    ],
    [
      'categoryPath',
      ['World', 'c'.repeat(256)],
      `"category" has a level of 256 characters ("${'c'.repeat(60)}…"), over the 255 allowed: shorten it.`,
      2,
    ],
    [
      'tags',
      ['t'.repeat(101)],
      `"tags" has a tag of 101 characters ("${'t'.repeat(60)}…"), over the 100 allowed: shorten it.`,
      5,
    ],
  ])('refuses %s over the limit (case %#)', (field, values, message, line) => {
    expect(failureOf(() => checkDraftLimits({ ...draft, [field]: values }, fieldLine))).toEqual({
      code: 'INVALID_FIELD',
      message,
      params: { detail: message },
      line,
    });
  });

  it('finds the line of the authors under "authors" first, then "author"', () => {
    const both = (field: string) => ({ authors: 3, author: 8 })[field];
    expect(failureOf(() => checkDraftLimits({ ...draft, authors: names(51) }, both)).line).toBe(3);
    const categoryPath = (field: string) => ({ categoryPath: 6 })[field];
    expect(
      failureOf(() => checkDraftLimits({ ...draft, categoryPath: names(11) }, categoryPath)).line
    ).toBe(6);
  });

  it('refuses a bad character or too deep a value, at the line of its field', () => {
    const bad = { ...draft, tags: ['Oil', 'G\u0000as'] };
    expect(failureOf(() => checkDraftLimits(bad, fieldLine))).toEqual({
      code: 'INVALID_CHARACTER',
      message: '"tags[1]" contains a NUL character (\\u0000) at position 2: remove it.',
      params: { detail: '"tags[1]" contains a NUL character (\\u0000) at position 2: remove it.' },
      line: 5,
    });
    let deep: unknown = 1;
    for (let i = 0; i < 70; i += 1) deep = [deep];
    const tooDeep = { ...draft, sourceMeta: { format: 'json' as const, extra: { deep } } };
    const error = failureOf(() =>
      checkDraftLimits(tooDeep, (field) => ({ sourceMeta: 12 })[field])
    );
    expect(error.code).toBe('TOO_DEEP');
    expect(error.message).toBe(
      `"sourceMeta.extra.deep${'[0]'.repeat(61)}" is nested too deep: flatten it.`
    );
    expect(error.line).toBe(12);
  });

  it('takes source metadata of exactly 64 KB, refuses one byte more', () => {
    const base = JSON.stringify({ format: 'json', extra: { note: '' } }).length;
    const meta = (bytes: number) => ({
      format: 'json' as const,
      extra: { note: 'x'.repeat(bytes - base) },
    });
    expect(() => checkDraftLimits({ ...draft, sourceMeta: meta(65536) })).not.toThrow();
    const message =
      'The source metadata (extra keys, source URL, cover…) is 65537 bytes, over the 65536 allowed: remove the extra keys you do not need.';
    expect(failureOf(() => checkDraftLimits({ ...draft, sourceMeta: meta(65537) }))).toEqual({
      code: 'INVALID_FIELD',
      message,
      params: { detail: message },
    });
  });
});

describe('the size limit option', () => {
  it('falls back to the default limit when the option is not a positive number', () => {
    for (const maxBytes of [0, -1, Number.NaN]) {
      expect(parseOne('Title\n\nBody text.', 'a.txt', { maxBytes }).title).toBe('Title');
    }
    const over = 'a'.repeat(DEFAULT_MAX_BYTES + 1);
    for (const options of [{}, { maxBytes: Number.POSITIVE_INFINITY }]) {
      expect(parseFailure(over, 'a.txt', options).params).toEqual({
        bytes: DEFAULT_MAX_BYTES + 1,
        limit: DEFAULT_MAX_BYTES,
      });
    }
    expect(parseFailure('Title\n\nBody text.', 'a.txt', { maxBytes: 10 }).code).toBe('TOO_LARGE');
  });
});
