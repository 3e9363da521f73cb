import type { Core, UID } from '@strapi/strapi';
import { sanitize } from '@strapi/utils';

import { tagIndexOf } from '../middlewares/article-derived-fields';

import type { ArticleStatus } from '../contracts';
import { UID as NEWSROOM } from '../pluginId';
import type { BatchState, Candidate, Decision, ExistingEntity } from './types';

interface DocumentRef {
  id: number;
  documentId: string;
}

type Documents = Core.Strapi['documents'];
type AnyUid = Parameters<Documents>[0];

// The Document Service is typed per content type through the app's generated typings, which a
// plugin does not have: these helpers give the writes here one loosely typed, checked shape.
const documents = (strapi: Core.Strapi, uid: string) => strapi.documents(uid as AnyUid);
const data = (value: Record<string, unknown>) => value as never;

const MAX_SOURCE_NAME = 255;

/** The source name as stored (at most 255 characters: the end of a long path is kept). */
const sourceName = (source: string) =>
  source.length <= MAX_SOURCE_NAME ? source : `…${source.slice(-(MAX_SOURCE_NAME - 1))}`;

/** Finds or creates the category path, root first; returns the leaf's documentId. */
const ensureCategories = async (
  strapi: Core.Strapi,
  decision: Decision,
  state: BatchState
): Promise<string | null> => {
  let parent = null as ExistingEntity | null;
  for (const ref of decision.categoryRefs) {
    let entity = state.categories.get(ref.slug);
    if (!entity) {
      const doc = (await documents(strapi, NEWSROOM.category).create({
        // importedAt marks it as made by an import: listed publicly only with a published article.
        data: data({
          name: ref.name,
          slug: ref.slug,
          parent: parent?.documentId ?? null,
          importedAt: new Date(),
        }),
      })) as DocumentRef;
      entity = {
        id: doc.id,
        documentId: doc.documentId,
        name: ref.name,
        parentDocumentId: parent?.documentId ?? null,
      };
      state.categories.set(ref.slug, entity);
    }
    parent = entity;
  }
  return parent?.documentId ?? null;
};

/** Finds or creates the authors; returns their documentIds in byline order. */
const ensureAuthors = async (
  strapi: Core.Strapi,
  candidate: Candidate,
  state: BatchState
): Promise<string[]> => {
  const ids: string[] = [];
  for (const ref of candidate.authorRefs) {
    let entity = state.authors.get(ref.slug);
    if (!entity) {
      const doc = (await documents(strapi, NEWSROOM.author).create({
        data: data({ name: ref.name, slug: ref.slug, importedAt: new Date() }),
      })) as DocumentRef;
      entity = { id: doc.id, documentId: doc.documentId, name: ref.name };
      state.authors.set(ref.slug, entity);
    }
    if (!ids.includes(entity.documentId)) ids.push(entity.documentId);
  }
  return ids;
};

/**
 * Writes one article (and the authors and categories it needs) and returns its documentId.
 * `status: 'published'` publishes the new content; `draft` writes the draft only and leaves
 * an existing published version as it was.
 */
export const writeArticle = async (
  strapi: Core.Strapi,
  candidate: Candidate,
  decision: Decision,
  state: BatchState,
  status: ArticleStatus,
  events: EntryEvent[]
): Promise<string> => {
  const authors = await ensureAuthors(strapi, candidate, state);
  const category = await ensureCategories(strapi, decision, state);
  const { draft } = candidate;
  const fields = {
    title: draft.title,
    slug: draft.slug,
    description: draft.description,
    body: draft.body,
    tags: draft.tags,
    authors,
    category,
    sourceName: sourceName(candidate.source),
    sourceUrl: draft.sourceMeta.sourceUrl ?? null,
    importedAt: new Date(),
    contentHash: candidate.hash,
    sourceHash: candidate.sourceHash,
    sourceMeta: draft.sourceMeta,
  };

  if (decision.action === 'create' && !firstPublishedAtEnabled(strapi)) {
    return insertArticle(strapi, candidate, fields, state, status, events);
  }
  const service = documents(strapi, NEWSROOM.article);
  if (decision.action === 'create') {
    const result = (await service.create({ data: data(fields), status })) as {
      documentId: string;
    } | null;
    if (!result?.documentId) throw new Error('The article could not be created.');
    return result.documentId;
  }
  const documentId = decision.existing!.documentId;
  await service.update({ documentId, data: data(fields), status });
  return documentId;
};

const firstPublishedAtEnabled = (strapi: Core.Strapi) =>
  strapi.config.get<boolean>('features.future.experimental_firstPublishedAt', false) === true;

/**
 * A new article, written with the Query Engine: the draft row and, when publishing, the published
 * row (same documentId), with the authors and category linked by row id. This is what the
 * Document Service's create + publish would write, at a fraction of its queries; the values the
 * Document Service middleware derives (word count, reading time, tag index) are set here, and
 * its `entry.create` / `entry.publish` events are collected for after the commit.
 * Everything was validated by the parser and the slug was checked under the import lock.
 */
const insertArticle = async (
  strapi: Core.Strapi,
  candidate: Candidate,
  fields: Record<string, unknown>,
  state: BatchState,
  status: ArticleStatus,
  events: EntryEvent[]
): Promise<string> => {
  const { draft } = candidate;
  const row = {
    ...fields,
    authors: candidate.authorRefs.map((ref) => state.authors.get(ref.slug)!.id),
    category: fields.category
      ? [...state.categories.values()].find((c) => c.documentId === fields.category)!.id
      : null,
    wordCount: draft.wordCount,
    readingTimeMinutes: draft.readingTimeMinutes,
    tagIndex: tagIndexOf(draft.tags),
  };
  const query = strapi.db.query(NEWSROOM.article);
  const created = (await query.create({
    data: { ...row, publishedAt: null },
    select: ['id', 'documentId'],
  })) as { id: number; documentId: string };
  // The same events as the Document Service's create + publish: entry.create for the draft,
  // entry.publish for the published version.
  events.push(['entry.create', created.id]);
  if (status === 'published') {
    const published = (await query.create({
      data: { ...row, documentId: created.documentId, publishedAt: new Date() },
      select: ['id'],
    })) as { id: number };
    events.push(['entry.publish', published.id]);
  }
  return created.documentId;
};

/** An entry event to send once the transaction has committed: [event name, article row id]. */
export type EntryEvent = [string, number];

/**
 * The events the Document Service would send: each entry populated and sanitized. One query for
 * a whole chunk's entries; call it after the chunk's transaction has committed.
 */
export const emitEntryEvents = async (strapi: Core.Strapi, events: EntryEvent[]) => {
  if (events.length === 0) return;
  try {
    const model = strapi.getModel(NEWSROOM.article);
    const rows = (await strapi.db.query(NEWSROOM.article).findMany({
      where: { id: { $in: [...new Set(events.map(([, id]) => id))] } },
      populate: ['authors', 'category', 'cover'],
    })) as { id: number }[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const [name, id] of events) {
      const row = byId.get(id);
      if (!row) continue;
      const entry = await sanitize.sanitizers.defaultSanitizeOutput(
        { schema: model, getModel: (uid) => strapi.getModel(uid as UID.Schema) },
        row
      );
      await strapi.eventHub.emit(name, { model: model.modelName, uid: model.uid, entry });
    }
  } catch (error) {
    strapi.log.error('[newsroom] could not send the entry events of an import', { error });
  }
};
