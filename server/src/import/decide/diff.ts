import type { FieldChange, LastEdit } from '../../../../shared/contracts';
import { blocksToPlainText, type Block } from '../../parsing/blocks';
import { canonicalJson } from './conflict';

/** An author or a category as a diff names it: compared by slug, shown by name. */
export interface NamedRef {
  name: string;
  slug: string;
}

/** An article's content as a diff compares it: the stored article, or what an import writes. */
export interface DiffSide {
  title: string;
  slug: string;
  description: string | null;
  /** Strapi blocks (compared as JSON, shown as text). */
  body: unknown;
  tags: unknown;
  /** Byline order. */
  authors: NamedRef[];
  category: NamedRef | null;
}

/** An admin user as stored in `updatedBy` (only the fields the Content Manager shows). */
export interface EditorRow {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
}

const text = (value: string | null | undefined): string | null =>
  value === null || value === undefined || value.trim() === '' ? null : value;

const tagList = (tags: unknown): string[] =>
  Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [];

const blocks = (body: unknown): Block[] =>
  Array.isArray(body)
    ? body.filter(
        (block): block is Block =>
          typeof block === 'object' &&
          block !== null &&
          Array.isArray((block as { children?: unknown }).children)
      )
    : [];

/** The body as the diff shows it: its text, blocks separated by blank lines; null when empty. */
export const bodyText = (body: unknown): string | null => {
  try {
    return text(blocksToPlainText(blocks(body)));
  } catch {
    // A body the Content Manager or custom code stored in a shape the parser never makes.
    return text(canonicalJson(body));
  }
};

const sameRefs = (a: readonly NamedRef[], b: readonly NamedRef[]) =>
  a.length === b.length && a.every((ref, i) => ref.slug === b[i].slug);

/**
 * What changes when `after` replaces `before`, field by field, in the order of the edit view:
 * the fields that differ, each with both values as an editor reads them. Empty values are equal
 * however they are stored (null, '', []); the body differs when its blocks do (formatting
 * included: then both texts may read the same); authors and the category are compared by slug
 * (a name spelt differently is the same author), tags by their text and order.
 */
export const articleChanges = (before: DiffSide, after: DiffSide): FieldChange[] => {
  const changes: FieldChange[] = [];
  for (const field of ['title', 'slug', 'description'] as const) {
    const [was, will] = [text(before[field]), text(after[field])];
    if (was !== will) changes.push({ field, before: was, after: will });
  }
  const [bodyBefore, bodyAfter] = [blocks(before.body), blocks(after.body)];
  if (canonicalJson(bodyBefore) !== canonicalJson(bodyAfter)) {
    changes.push({ field: 'body', before: bodyText(bodyBefore), after: bodyText(bodyAfter) });
  }
  const [tagsBefore, tagsAfter] = [tagList(before.tags), tagList(after.tags)];
  if (canonicalJson(tagsBefore) !== canonicalJson(tagsAfter)) {
    changes.push({ field: 'tags', before: tagsBefore, after: tagsAfter });
  }
  if (!sameRefs(before.authors, after.authors)) {
    changes.push({
      field: 'authors',
      before: before.authors.map((a) => a.name),
      after: after.authors.map((a) => a.name),
    });
  }
  if ((before.category?.slug ?? null) !== (after.category?.slug ?? null)) {
    changes.push({
      field: 'category',
      before: before.category ? [before.category.name] : [],
      after: after.category ? [after.category.name] : [],
    });
  }
  return changes;
};

/**
 * The name the Content Manager shows for an admin (first and last name, else the username);
 * null when it has neither. Never the email: not every importer may see the admins' emails.
 */
export const editorName = (user: EditorRow): string | null => {
  const name = [user.firstname, user.lastname]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
  return name || user.username?.trim() || null;
};

/** The last edit of a stored article, for a plan. */
export const lastEditOf = (
  updatedAt: string | Date | null | undefined,
  updatedBy: EditorRow | null | undefined
): LastEdit => ({
  updatedAt:
    updatedAt === null || updatedAt === undefined ? null : new Date(updatedAt).toISOString(),
  updatedBy: updatedBy ? { id: updatedBy.id, name: editorName(updatedBy) } : null,
});
