import type { Core } from '@strapi/strapi';

import type { ArticleStatus } from '../contracts';
import { UID } from '../pluginId';
import type { BatchState, Candidate, Decision, ExistingEntity } from './types';

/** Entities created while writing one article (forgotten again if that article rolls back). */
export interface Created {
  authors: string[];
  categories: string[];
}

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

/** Finds or creates the category path, root first; returns the leaf's documentId. */
const ensureCategories = async (
  strapi: Core.Strapi,
  candidate: Candidate,
  state: BatchState,
  created: Created
): Promise<string | null> => {
  let parent = null as ExistingEntity | null;
  for (const ref of candidate.categoryRefs) {
    let entity = state.categories.get(ref.slug);
    if (!entity) {
      const doc = (await documents(strapi, UID.category).create({
        data: data({ name: ref.name, slug: ref.slug, parent: parent?.documentId ?? null }),
      })) as DocumentRef;
      entity = {
        id: doc.id,
        documentId: doc.documentId,
        name: ref.name,
        parentDocumentId: parent?.documentId ?? null,
      };
      state.categories.set(ref.slug, entity);
      created.categories.push(ref.slug);
    }
    parent = entity;
  }
  return parent?.documentId ?? null;
};

/** Finds or creates the authors; returns their documentIds in byline order. */
const ensureAuthors = async (
  strapi: Core.Strapi,
  candidate: Candidate,
  state: BatchState,
  created: Created
): Promise<string[]> => {
  const ids: string[] = [];
  for (const ref of candidate.authorRefs) {
    let entity = state.authors.get(ref.slug);
    if (!entity) {
      const doc = (await documents(strapi, UID.author).create({
        data: data({ name: ref.name, slug: ref.slug }),
      })) as DocumentRef;
      entity = { id: doc.id, documentId: doc.documentId, name: ref.name };
      state.authors.set(ref.slug, entity);
      created.authors.push(ref.slug);
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
  created: Created
): Promise<string> => {
  const authors = await ensureAuthors(strapi, candidate, state, created);
  const category = await ensureCategories(strapi, candidate, state, created);
  const { draft } = candidate;
  const fields = {
    title: draft.title,
    slug: draft.slug,
    description: draft.description,
    body: draft.body,
    tags: draft.tags,
    authors,
    category,
    sourceName: candidate.source,
    sourceUrl: draft.sourceMeta.sourceUrl ?? null,
    importedAt: new Date(),
    contentHash: candidate.hash,
    sourceMeta: draft.sourceMeta,
  };

  const service = documents(strapi, UID.article);
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
