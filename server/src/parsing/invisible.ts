import {
  articleWarning,
  type ArticleWarning,
  type CleanedField,
} from '../../../shared/contracts/warnings';

/**
 * Invisible formatting characters in one-line fields (title, slug, names, tags). A zero-width
 * space splits a slug in two and makes two titles that look the same differ; a bidi override
 * (U+202E) shows text in another order than it is stored (spoofed titles and names). They are
 * removed, with a warning. Zero-width joiner and non-joiner (U+200D, U+200C) are kept: Persian
 * and emoji need them; so are the left-to-right / right-to-left marks (U+200E, U+200F), which
 * only help mixed-direction text display as written.
 */
const INVISIBLE = /[\u200b\u2060\ufeff\u180e\u202a-\u202e\u2066-\u2069]/g;

/** The value without invisible formatting characters, and how many were removed. */
export function stripInvisible(value: string): { text: string; removed: number } {
  let removed = 0;
  const text = value.replace(INVISIBLE, () => {
    removed += 1;
    return '';
  });
  return { text, removed };
}

/** Strips `value` and adds a warning naming `field` when something was removed. */
export function withoutInvisible(
  value: string,
  field: CleanedField,
  warnings: ArticleWarning[]
): string {
  const { text, removed } = stripInvisible(value);
  if (removed > 0) {
    warnings.push(
      articleWarning(
        'INVISIBLE_CHARACTERS_REMOVED',
        { count: removed, field },
        `Removed ${removed} invisible character${removed === 1 ? '' : 's'} (zero-width or bidi control) from the ${field}`
      )
    );
  }
  return text;
}
