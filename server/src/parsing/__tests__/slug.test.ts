import fc from 'fast-check';
import { slugify } from '..';
import { fnv1a } from '../hash';
import { transliterateChar } from '../transliterate';

const SLUG_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('slugify', () => {
  it.each([
    [
      'Azerbaijan, Iran relations at high level – Iranian official',
      'azerbaijan-iran-relations-at-high-level-iranian-official',
    ],
    ['Məmmədov', 'memmedov'],
    ['ƏəŞşĞğIıİiÖöÜüÇç', 'eessggiiiioouucc'],
    ['İlham Əliyev Bakıda çıxış etdi', 'ilham-eliyev-bakida-cixis-etdi'],
    ['Işık Güneş Ağaç', 'isik-gunes-agac'],
    // German umlauts drop their dots (like Azerbaijani and Turkish ö/ü); ß becomes ss.
    ['Straße Äpfel Öl Über', 'strasse-apfel-ol-uber'],
    ['Crème brûlée à l’Élysée, déjà vu', 'creme-brulee-a-lelysee-deja-vu'],
    ['Iran’s deal', 'irans-deal'],
    ['Щука и ёж', 'shchuka-i-yozh'],
    ['Путин и Алиев обсудили Карабах', 'putin-i-aliev-obsudili-karabakh'],
    ['Київ і Львів', 'kiyiv-i-lviv'],
    ['Ελλάδα', 'ellada'],
    ['Łódź Øresund Æsir Þór', 'lodz-oresund-aesir-thor'],
    ['  --Hello,   World!--  ', 'hello-world'],
    ['COVID-19: 2024 update', 'covid-19-2024-update'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('gives a stable hash slug for scripts that do not transliterate', () => {
    const persian = slugify('دیدار وزیران خارجه');
    expect(persian).toMatch(/^a-[0-9a-f]{8}$/);
    expect(slugify('دیدار وزیران خارجه')).toBe(persian);
    expect(slugify('دیدار دیگر')).not.toBe(persian);
    expect(slugify('北京新闻')).toMatch(/^a-[0-9a-f]{8}$/);
    // The hash is FNV-1a: fixed values, the same in Node and in browsers.
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(persian).toBe(`a-${fnv1a('دیدار وزیران خارجه')}`);
  });

  it('keeps transliterated parts and adds the hash for mixed scripts', () => {
    expect(slugify('Iran ایران talks')).toMatch(/^iran-talks-[0-9a-f]{8}$/);
  });

  it('is never empty', () => {
    for (const input of ['', '   ', '!!!', '🎉🎉', '—', '\u0301']) {
      expect(slugify(input)).toMatch(/^a-[0-9a-f]{8}$/);
    }
  });

  it('cuts at a hyphen to at most 200 characters', () => {
    const slug = slugify('lorem ipsum '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(200);
    expect(slug).toMatch(SLUG_SHAPE);
    expect(slug.split('-').every((part) => part === 'lorem' || part === 'ipsum')).toBe(true);
    const oneWord = slugify('x'.repeat(500));
    expect(oneWord).toBe('x'.repeat(200));
    const mixed = slugify(`${'word '.repeat(60)} ایران`);
    expect(mixed.length).toBeLessThanOrEqual(200);
    expect(mixed).toMatch(/-[0-9a-f]{8}$/);
  });

  it('always gives a lower-case ASCII hyphenated slug of at most 200 characters (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (input) => {
        const slug = slugify(input);
        expect(slug).toMatch(SLUG_SHAPE);
        expect(slug.length).toBeLessThanOrEqual(200);
        expect(slugify(input)).toBe(slug);
      }),
      { numRuns: 300 }
    );
  });
});

describe('slug cuts and hashes', () => {
  it('keeps a slug of exactly the length, cuts a longer one at its last hyphen', () => {
    expect(slugify('aaaa bbbb cccc dddd', 19)).toBe('aaaa-bbbb-cccc-dddd');
    expect(slugify('aaaa bbbb cccc dddd e', 19)).toBe('aaaa-bbbb-cccc-dddd');
    expect(slugify('aaaa bbbb cccc dddde', 19)).toBe('aaaa-bbbb-cccc');
    expect(slugify('a'.repeat(30), 16)).toBe('a'.repeat(16));
  });

  it('leaves room for the hash of a title with foreign words', () => {
    expect(slugify('abcdefghijklm 新', 20)).toBe(`abcdefghijk-${fnv1a('abcdefghijklm 新')}`);
    expect(slugify('新闻 Baku')).toBe(`baku-${fnv1a('新闻 Baku')}`);
    expect(slugify(' 新闻 ')).toBe(`a-${fnv1a('新闻')}`);
  });
});

describe('transliterateChar', () => {
  it.each([
    ['a', { kind: 'ascii', value: 'a' }],
    ['7', { kind: 'ascii', value: '7' }],
    ["'", { kind: 'joiner' }],
    ['\u2019', { kind: 'joiner' }],
    ['ь', { kind: 'joiner' }],
    ['ж', { kind: 'ascii', value: 'zh' }],
    ['й', { kind: 'ascii', value: 'y' }],
    ['ǿ', { kind: 'ascii', value: 'o' }],
    ['ə', { kind: 'ascii', value: 'e' }],
    ['ü', { kind: 'ascii', value: 'u' }],
    ['ﬁ', { kind: 'ascii', value: 'fi' }],
    ['½', { kind: 'foreign' }],
    ['新', { kind: 'foreign' }],
    ['\u0301', { kind: 'joiner' }],
    [' ', { kind: 'break' }],
    ['-', { kind: 'break' }],
  ])('%j → %j', (char, kind) => {
    expect(transliterateChar(char)).toEqual(kind);
  });
});
