import { fnv1a } from './hash';
import { MAX_SLUG_LENGTH } from './limits';
import { transliterateChar } from './transliterate';

function cutAtHyphen(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  // Up to the last hyphen within max + 1 characters (a slug never starts with one, nor holds
  // two in a row). Without one, lastIndexOf is -1: slice(0, -1) keeps the first max characters.
  const head = slug.slice(0, max + 1);
  return head.slice(0, head.lastIndexOf('-'));
}

/**
 * URL slug: lower case ASCII words joined by hyphens, at most 200 characters (cut at a hyphen).
 * Latin letters with diacritics, Azerbaijani, Turkish, Cyrillic and Greek transliterate
 * (`Məmmədov` → `memmedov`). Text in scripts that do not transliterate (Persian, Arabic, CJK…)
 * adds a stable hash of the text, so the slug is never empty and differs between such titles.
 */
export function slugify(value: string, maxLength: number = MAX_SLUG_LENGTH): string {
  const text = value.normalize('NFC').trim();
  const words: string[] = [];
  let current = '';
  let foreign = false;
  for (const char of text.toLowerCase()) {
    const kind = transliterateChar(char);
    if (kind.kind === 'ascii') {
      current += kind.value;
    } else if (kind.kind === 'foreign') {
      foreign = true;
      if (current !== '') words.push(current);
      current = '';
    } else if (kind.kind === 'break') {
      if (current !== '') words.push(current);
      current = '';
    }
  }
  if (current !== '') words.push(current);
  const base = words.join('-');
  const max = Math.max(16, maxLength);
  if (!foreign && base !== '') return cutAtHyphen(base, max);
  const hash = fnv1a(text);
  if (base === '') return `a-${hash}`;
  return `${cutAtHyphen(base, max - hash.length - 1)}-${hash}`;
}
