import { MAX_TAG_LENGTH, MAX_TAGS } from '../../../shared/contracts';

/** The tags of a stored value (the article's `tags`: a JSON array of strings; null → none). */
export const tagsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === 'string') : [];

export type TagRefusal = 'duplicate' | 'tooLong' | 'tooMany';

/**
 * `tags` with the ones typed in `text` added: split on commas, spaces collapsed, empty ones
 * skipped. A tag already there (whatever its case), longer than MAX_TAG_LENGTH or past MAX_TAGS
 * is not added: `refused` says why (the first reason met).
 */
export const addTags = (
  tags: readonly string[],
  text: string
): { tags: string[]; refused: TagRefusal | null } => {
  const next = [...tags];
  let refused: TagRefusal | null = null;
  for (const part of text.split(',')) {
    const tag = part.replace(/\s+/g, ' ').trim();
    if (tag === '') continue;
    const reason: TagRefusal | null = next.some((t) => t.toLowerCase() === tag.toLowerCase())
      ? 'duplicate'
      : tag.length > MAX_TAG_LENGTH
        ? 'tooLong'
        : next.length >= MAX_TAGS
          ? 'tooMany'
          : null;
    if (reason) refused ??= reason;
    else next.push(tag);
  }
  return { tags: next, refused };
};
