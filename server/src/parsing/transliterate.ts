/**
 * Transliteration of letters that Unicode decomposition does not reduce to ASCII.
 * Letters with diacritics (é, ş, ğ, ö, ü, ç, İ, ä…) are handled by NFKD + dropping marks,
 * so German ä/ö/ü become a/o/u, like Azerbaijani and Turkish ö/ü.
 */
const LATIN: Record<string, string> = {
  ə: 'e',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'ng',
  ĸ: 'k',
  ſ: 's',
  ƒ: 'f',
  ɛ: 'e',
  ɔ: 'o',
  ʒ: 'z',
  ȝ: 'y',
};

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Ukrainian, Belarusian
  є: 'ye',
  і: 'i',
  ї: 'yi',
  ґ: 'g',
  ў: 'u',
  // Serbian, Macedonian
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
  ѓ: 'gj',
  ќ: 'kj',
  ѕ: 'dz',
  // Azerbaijani, Kazakh, Tatar, Uzbek…
  ә: 'e',
  ғ: 'g',
  қ: 'q',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  ҹ: 'c',
  ҝ: 'g',
  ҳ: 'h',
  ӯ: 'u',
  ӣ: 'i',
  ҷ: 'j',
  ӊ: 'n',
};

const GREEK: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

const TABLE = new Map<string, string>(Object.entries({ ...LATIN, ...CYRILLIC, ...GREEK }));

/** Characters dropped without leaving a word break ("Iran’s" → "irans"). */
const JOINERS = new Set(["'", '\u2019', '\u2018', '\u02bc', '`', '\u00b4']);

export type CharClass =
  { kind: 'ascii'; value: string } | { kind: 'joiner' } | { kind: 'break' } | { kind: 'foreign' };

const JOINER: CharClass = Object.freeze({ kind: 'joiner' });
const BREAK: CharClass = Object.freeze({ kind: 'break' });
const FOREIGN: CharClass = Object.freeze({ kind: 'foreign' });

const classify = (char: string): CharClass => {
  if (JOINERS.has(char)) return JOINER;
  const stripped = char.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  // The table's keys are single non-ASCII letters: a letter it lacks may still be a base it has
  // with a mark ("ǿ" → "ø" → "o"); ASCII letters and digits are never keys.
  const mapped = TABLE.get(char) ?? TABLE.get(stripped);
  if (mapped !== undefined)
    return mapped === '' ? JOINER : Object.freeze({ kind: 'ascii', value: mapped });
  if (/^[a-z0-9]+$/.test(stripped)) return Object.freeze({ kind: 'ascii', value: stripped });
  if (/[\p{L}\p{N}]/u.test(char)) return FOREIGN;
  if (/\p{M}/u.test(char)) return JOINER;
  return BREAK;
};

/**
 * The classes of the characters seen so far. A slug is built character by character (every
 * title, author and category of an import): without it each character was decomposed and
 * tested with three Unicode patterns again (a third of a second of parse at 10k articles).
 * Bounded: a text of many distinct characters (CJK) starts it over rather than growing it.
 */
const known = new Map<string, CharClass>();
const MAX_KNOWN = 4096;

/** Classifies one lower-cased code point for slug building. */
export function transliterateChar(char: string): CharClass {
  let found = known.get(char);
  if (found === undefined) {
    found = classify(char);
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(char, found);
  }
  return found;
}
