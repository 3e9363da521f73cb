import { formatBytes, utf8Length } from '../format';
import { getTranslation } from '../getTranslation';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [1024 * 1024 - 1, '1024 KB'],
    [1024 * 1024, '1 MB'],
    [5 * 1024 * 1024, '5 MB'],
    [Math.round(2.25 * 1024 * 1024), '2.3 MB'],
    [1024 ** 3, '1 GB'],
    [3 * 1024 ** 4, '3072 GB'],
  ])('%i bytes → %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});

describe('utf8Length', () => {
  it('counts 1 to 4 bytes per code point, as UTF-8 does', () => {
    for (const text of [
      '',
      'abc',
      '\u007f',
      '\u0080',
      'ə',
      '\u07ff',
      '\u0800',
      '–',
      '\uffff',
      '\u{10000}',
      '𝄞',
      'Məmmədov – 𝄞',
    ]) {
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }
  });
});

describe('getTranslation', () => {
  it('prefixes the plugin id', () => {
    expect(getTranslation('import.title')).toBe('newsroom.import.title');
  });
});
