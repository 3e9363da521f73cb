import type { Core } from '@strapi/strapi';

import { articleSource, type ArticleStatus, UID } from '../../../shared/contracts';
import { MAX_CATEGORY_WALK } from '../utils/tree-limits';
import { editedFields, pathSourceKey, storedSourceKey, storedSourceName } from './decide';
import { sourceHashOf } from './hash';
import { chunks } from './in-list';
import type { Pace } from './pause';
import { currentValues, type ArticleRow } from './state';
import type { ArticleOutcome, ImportInput } from './types';

interface Row extends ArticleRow {
  sourceHash: string;
  authors?: { documentId: string; name: string; slug: string }[];
  category?: CategoryRow | null;
}

interface CategoryRow {
  documentId: string;
  name: string;
  slug: string;
  parent?: CategoryRow | null;
}

/** Category with its ancestors, `depth` levels up: the path as the report shows it. */
const categoryPopulate = (depth: number): Record<string, unknown> => ({
  select: ['documentId', 'name', 'slug'],
  ...(depth > 0 ? { populate: { parent: categoryPopulate(depth - 1) } } : {}),
});

const pathOf = (category: CategoryRow | null | undefined): CategoryRow[] =>
  category ? [...pathOf(category.parent), category] : [];

/**
 * The article's key fits this input without parsing it: a key the content gives (`id:`, `url:`)
 * is the same for the same bytes; a path key must be this input's path; an article imported
 * before source keys has none (it is matched by its source name, as the full path does).
 */
const keyFits = (row: Row, input: ImportInput) =>
  row.sourceKey === null ||
  row.sourceKey.startsWith('id:') ||
  row.sourceKey.startsWith('url:') ||
  row.sourceKey === storedSourceKey(pathSourceKey(input.path ?? input.name, null));

/** An input found unchanged by its bytes, and the source key of its article (null: none yet). */
export interface UnchangedSource {
  outcome: ArticleOutcome;
  key: string | null;
}

/**
 * The re-import fast path. An input whose bytes (and the parser version) are those an existing
 * article was imported from — under the same source name, with a source key that fits — and
 * whose article is still as it was imported (and published, when publishing), is reported
 * `unchanged` without being parsed again. An article edited in the Content Manager since is
 * unchanged too (the source has nothing new), unless the user asked to overwrite it: then it goes
 * through the full path. Returns the outcomes by input index; every other input goes through the
 * full parse and compare.
 */
export const findUnchangedSources = async (
  strapi: Core.Strapi,
  inputs: ImportInput[],
  status: ArticleStatus,
  /** Null when the user asked to overwrite no edited article (their content is not read then). */
  overwrite: ((documentId: string) => boolean) | null,
  /**
   * The import's fallback locale: only articles in it are found here. A file that names another
   * locale goes through the full path (its bytes alone do not say which locale they were
   * imported in when they name none).
   */
  locale: string,
  pace?: Pace,
  /** Hashes repeated elsewhere in the import (outside these inputs). */
  repeated?: ReadonlySet<string>
): Promise<Map<number, UnchangedSource>> => {
  const hashes: string[] = [];
  for (const input of inputs) {
    await pace?.();
    hashes.push(sourceHashOf(input));
  }
  const seen = new Map<string, number>();
  for (const hash of hashes) seen.set(hash, (seen.get(hash) ?? 0) + 1);
  // The same bytes twice in one import: leave them to the full path (it reports the duplicate).
  const unique = [...seen]
    .filter(([hash, n]) => n === 1 && !repeated?.has(hash))
    .map(([hash]) => hash);

  const byHash = new Map<string, Row[]>();
  for (const group of chunks(unique)) {
    const rows = (await strapi.db.query(UID.article).findMany({
      where: { sourceHash: { $in: group }, locale },
      select: [
        'documentId',
        'slug',
        'title',
        'sourceHash',
        'sourceKey',
        'sourceName',
        'contentHash',
        'publishedAt',
        // The content only when an edited article may have to be overwritten.
        ...(overwrite ? ['description', 'body', 'tags', 'importFingerprint'] : []),
      ],
      populate: {
        authors: { select: ['documentId', 'name', 'slug'] },
        category: categoryPopulate(MAX_CATEGORY_WALK),
      },
    })) as Row[];
    await pace?.();
    for (const row of rows)
      byHash.set(row.sourceHash, [...(byHash.get(row.sourceHash) ?? []), row]);
  }

  const outcomes = new Map<number, UnchangedSource>();
  hashes.forEach((hash, index) => {
    const rows = byHash.get(hash) ?? [];
    if (new Set(rows.map((r) => r.documentId)).size !== 1) return;
    const draft = rows.find((r) => !r.publishedAt);
    const published = rows.find((r) => r.publishedAt);
    if (!draft) return;
    if (status === 'published' && published?.contentHash !== draft.contentHash) return;
    const input = inputs[index];
    if (draft.sourceName !== storedSourceName(input.name) || !keyFits(draft, input)) return;
    if (overwrite && overwrite(draft.documentId)) {
      const edited = editedFields(draft.importFingerprint, currentValues(draft)) ?? [];
      if (edited.length > 0) return;
    }
    const outcome: ArticleOutcome = {
      ...articleSource(input.name),
      action: 'unchanged',
      locale,
      slug: draft.slug,
      documentId: draft.documentId,
      title: draft.title,
      warnings: [],
      authors: (draft.authors ?? []).map((a) => ({ name: a.name, slug: a.slug, action: 'reuse' })),
      category: pathOf(draft.category).map((c) => ({
        name: c.name,
        slug: c.slug,
        action: 'reuse',
      })),
    };
    outcomes.set(index, { outcome, key: draft.sourceKey });
  });
  return outcomes;
};
