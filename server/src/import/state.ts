import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts';
import { lastEditOf, type EditorRow, type FieldValues } from './decide';
import { chunks, IN_LIST } from './in-list';
import type { Pace } from './pause';
import type { BatchState, Candidate, ExistingArticle, ExistingEntity } from './types';

export interface ArticleRow {
  documentId: string;
  slug: string;
  title: string;
  description: string | null;
  body: unknown;
  tags: unknown;
  sourceKey: string | null;
  sourceName: string | null;
  contentHash: string | null;
  importFingerprint: unknown;
  publishedAt: string | Date | null;
  authors?: { documentId: string; name?: string; slug?: string }[];
  category?: { documentId: string; name?: string; slug?: string } | null;
  createdBy?: { id: number } | null;
  updatedAt?: string | Date | null;
  updatedBy?: EditorRow | null;
}

interface EntityRow {
  id: number;
  documentId: string;
  slug: string;
  name: string;
  parent?: { documentId: string } | null;
}

/** What an article row holds, with its relations, for identity, conflicts and permissions. */
export const ARTICLE_ROW = {
  select: [
    'documentId',
    'slug',
    'title',
    'description',
    'body',
    'tags',
    'sourceKey',
    'sourceName',
    'contentHash',
    'importFingerprint',
    'publishedAt',
    'updatedAt',
  ],
  populate: {
    authors: { select: ['documentId', 'name', 'slug'] },
    category: { select: ['documentId', 'name', 'slug'] },
    createdBy: { select: ['id'] },
    // What a plan shows of an existing article: the names the Content Manager shows, no email.
    updatedBy: { select: ['id', 'firstname', 'lastname', 'username'] },
  },
};

/** A draft row's content as the fingerprint sees it (relations by documentId, byline order). */
export const currentValues = (row: ArticleRow): FieldValues => ({
  title: row.title,
  slug: row.slug,
  description: row.description,
  body: row.body,
  tags: row.tags,
  authors: (row.authors ?? []).map((a) => a.documentId),
  category: row.category?.documentId ?? null,
});

const named = (ref: { documentId: string; name?: string; slug?: string }) => ({
  name: ref.name ?? ref.documentId,
  slug: ref.slug ?? ref.documentId,
});

/** What a plan shows of a draft row besides its content: names of relations, the last edit. */
export const shownOf = (row: ArticleRow): ExistingArticle['shown'] => ({
  authors: (row.authors ?? []).map(named),
  category: row.category ? named(row.category) : null,
  lastEdit: lastEditOf(row.updatedAt, row.updatedBy),
});

/** Adds the rows of articles (draft and published versions) to the state. */
export const addArticleRows = (state: BatchState, rows: ArticleRow[]) => {
  for (const row of rows) {
    state.bySlug.set(row.slug, row.documentId);
    if (row.sourceKey) state.byKey.set(row.sourceKey, row.documentId);
    const entry: ExistingArticle = state.articles.get(row.documentId) ?? {
      documentId: row.documentId,
      slug: row.slug,
      sourceKey: row.sourceKey,
      sourceName: row.sourceName,
      imported: false,
      draftHash: null,
      publishedHash: undefined,
      fingerprint: null,
      current: currentValues(row),
      shown: shownOf(row),
      createdById: null,
    };
    if (row.publishedAt) {
      entry.publishedHash = row.contentHash;
    } else {
      // The draft is the article as the Content Manager edits it.
      entry.slug = row.slug;
      entry.sourceKey = row.sourceKey;
      entry.sourceName = row.sourceName;
      entry.draftHash = row.contentHash;
      entry.fingerprint = row.importFingerprint;
      entry.current = currentValues(row);
      entry.shown = shownOf(row);
      entry.createdById = row.createdBy?.id ?? null;
    }
    entry.imported = entry.imported || row.contentHash !== null;
    state.articles.set(row.documentId, entry);
  }
};

export const emptyState = (): BatchState => ({
  articles: new Map(),
  byKey: new Map(),
  bySlug: new Map(),
  authors: new Map(),
  categories: new Map(),
  links: new Map(),
  categoryDocuments: new Map(),
});

/**
 * Reads what the database holds for a batch in a few queries (per 500 values): the articles
 * with the candidates' source keys or slugs (both versions, with their content), the numbered
 * variants of slugs another article holds (for a free slug), authors and categories by slug.
 * Articles and categories are read in the batch's one `locale` (slugs and source keys are the
 * locale's own); besides, the documents that hold the candidates' link keys (translations; with
 * their version in this locale, when they have one) and category slugs in other locales.
 */
export const loadState = async (
  strapi: Core.Strapi,
  candidates: Candidate[],
  locale: string,
  /** Gives the event loop back between queries (see pause.ts). */
  pace?: Pace,
  /** Slugs already claimed (a plan's earlier windows): wanted again, they need a free variant. */
  claimed?: ReadonlyMap<string, string>
): Promise<BatchState> => {
  const state = emptyState();
  const keys = [...new Set(candidates.map((c) => c.key))];
  const slugs = [...new Set(candidates.map((c) => c.draft.slug))];
  const authorSlugs = [...new Set(candidates.flatMap((c) => c.authorRefs.map((a) => a.slug)))];
  const categorySlugs = [...new Set(candidates.flatMap((c) => c.categoryRefs.map((a) => a.slug)))];
  const linkKeys = [...new Set(candidates.map((c) => c.linkKey))];
  const articles = strapi.db.query(UID.article);

  // Which documents: by key or slug (one version may match, e.g. a published row with an older
  // slug), then every version of them.
  const documentIds = new Set<string>();
  for (let i = 0; i < Math.max(keys.length, slugs.length); i += IN_LIST) {
    const rows = (await articles.findMany({
      where: {
        locale,
        $or: [
          { sourceKey: { $in: keys.slice(i, i + IN_LIST) } },
          { slug: { $in: slugs.slice(i, i + IN_LIST) } },
        ],
      },
      select: ['documentId'],
    })) as { documentId: string }[];
    await pace?.();
    for (const row of rows) documentIds.add(row.documentId);
  }
  for (const ids of chunks([...documentIds], IN_LIST)) {
    addArticleRows(
      state,
      (await articles.findMany({
        where: { documentId: { $in: ids }, locale },
        ...ARTICLE_ROW,
      })) as ArticleRow[]
    );
    await pace?.();
  }

  // A slug held by another article, or wanted twice in this batch, may need a numbered variant:
  // know which are taken.
  const seen = new Set<string>();
  const contested = new Set<string>();
  for (const candidate of candidates) {
    const { slug } = candidate.draft;
    const holder = state.bySlug.get(slug) ?? claimed?.get(slug);
    const holderKey = holder ? state.articles.get(holder)?.sourceKey : undefined;
    if (seen.has(slug) || (holder !== undefined && holderKey !== candidate.key))
      contested.add(slug);
    seen.add(slug);
  }
  for (const group of chunks([...contested], 50)) {
    const rows = (await articles.findMany({
      where: { locale, $or: group.map((slug) => ({ slug: { $startsWith: `${slug}-` } })) },
      select: ['documentId', 'slug'],
    })) as { documentId: string; slug: string }[];
    await pace?.();
    for (const row of rows)
      if (!state.bySlug.has(row.slug)) state.bySlug.set(row.slug, row.documentId);
  }

  for (const group of chunks(authorSlugs, IN_LIST)) {
    const rows = (await strapi.db.query(UID.author).findMany({
      where: { slug: { $in: group } },
      select: ['id', 'documentId', 'slug', 'name'],
    })) as EntityRow[];
    await pace?.();
    for (const row of rows) state.authors.set(row.slug, toEntity(row));
  }

  for (const group of chunks(categorySlugs, IN_LIST)) {
    const rows = (await strapi.db.query(UID.category).findMany({
      where: { slug: { $in: group } },
      select: ['id', 'documentId', 'slug', 'name', 'locale'],
      populate: { parent: { select: ['documentId'] } },
    })) as (EntityRow & { locale: string | null })[];
    await pace?.();
    for (const row of rows) {
      if (row.locale === locale) state.categories.set(row.slug, toEntity(row));
      else if (!state.categoryDocuments.has(row.slug)) {
        state.categoryDocuments.set(row.slug, row.documentId);
      }
    }
  }

  // Translations: the document that holds a link key (in any locale) is the story an article
  // of this locale is added to.
  for (const group of chunks(linkKeys, IN_LIST)) {
    const rows = (await articles.findMany({
      where: { sourceKey: { $in: group } },
      select: ['documentId', 'sourceKey'],
      orderBy: { id: 'asc' },
    })) as { documentId: string; sourceKey: string }[];
    await pace?.();
    for (const row of rows) {
      if (!state.links.has(row.sourceKey)) state.links.set(row.sourceKey, row.documentId);
    }
  }
  // A document that has this locale already (from another source, or made by hand) takes no
  // second one: its version in this locale is read, for the conflict (see decide).
  const linked = [...new Set(state.links.values())].filter((id) => !state.articles.has(id));
  for (const ids of chunks(linked, IN_LIST)) {
    addArticleRows(
      state,
      (await articles.findMany({
        where: { documentId: { $in: ids }, locale },
        ...ARTICLE_ROW,
      })) as ArticleRow[]
    );
    await pace?.();
  }

  return state;
};

const toEntity = (row: EntityRow): ExistingEntity => ({
  id: row.id,
  documentId: row.documentId,
  name: row.name,
  parentDocumentId: row.parent ? row.parent.documentId : null,
});
