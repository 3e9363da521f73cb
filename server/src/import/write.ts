import type { Core, UID } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';

import { type ArticleStatus, UID as NEWSROOM } from '../../../shared/contracts';
import { fingerprintOf, storedSourceName, type FieldValues } from './decide';
import { lazyEntryPayload, sanitizeEventEntry } from './event-entry';
import { chunks, IN_LIST } from './in-list';
import { knownEntry, knownEntryModel, type KnownEntry, type ModelMeta } from './known-entry';
import { bodyWithImages } from './images';
import type { Pace } from './pause';
import type { BatchState, Candidate, Decision, ExistingEntity, ImportUser } from './types';

/** The write decisions: a new article, or the update of the one that was found. */
export type WriteDecision = Extract<Decision, { action: 'create' | 'update' }>;

/** createdBy / updatedBy: the importing admin (none for the CLI and the bootstrap seed). */
export const creator = (user: ImportUser | null) =>
  user ? { createdBy: user.id, updatedBy: user.id } : {};
const editor = (user: ImportUser | null) => (user ? { updatedBy: user.id } : {});

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

/**
 * Finds or creates the category path in the article's locale, root first; returns the leaf's
 * documentId. A category the other locales have (same slug) gets this locale added.
 */
const ensureCategories = async (
  strapi: Core.Strapi,
  decision: WriteDecision,
  state: BatchState,
  locale: string,
  user: ImportUser | null
): Promise<string | null> => {
  let parent = null as ExistingEntity | null;
  for (const ref of decision.categoryRefs) {
    let entity = state.categories.get(ref.slug);
    if (!entity) {
      // importedAt marks it as made by an import: listed publicly only with a published article.
      const fields = data({
        name: ref.name,
        slug: ref.slug,
        parent: parent?.documentId ?? null,
        importedAt: new Date(),
        ...creator(user),
      });
      const translated = state.categoryDocuments.get(ref.slug);
      const service = documents(strapi, NEWSROOM.category);
      const doc = (
        translated
          ? await service.update({ documentId: translated, locale, data: fields })
          : await service.create({ locale, data: fields })
      ) as DocumentRef;
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
  state: BatchState,
  user: ImportUser | null
): Promise<string[]> => {
  const ids: string[] = [];
  for (const ref of candidate.authorRefs) {
    let entity = state.authors.get(ref.slug);
    if (!entity) {
      const doc = (await documents(strapi, NEWSROOM.author).create({
        data: data({ name: ref.name, slug: ref.slug, importedAt: new Date(), ...creator(user) }),
      })) as DocumentRef;
      entity = { id: doc.id, documentId: doc.documentId, name: ref.name };
      state.authors.set(ref.slug, entity);
    }
    if (!ids.includes(entity.documentId)) ids.push(entity.documentId);
  }
  return ids;
};

/**
 * What an import writes of an article, on either write path: its content (`values`, authors and
 * category as documentIds), the fingerprint of that content, and where it came from (`source`:
 * the source's name, URL, hashes and key, the import time, the fingerprint).
 */
export const importedFields = (
  candidate: Candidate,
  slug: string,
  authors: string[],
  category: string | null
) => {
  const { draft } = candidate;
  const values: FieldValues = {
    title: draft.title,
    slug,
    description: draft.description,
    // Image blocks hold their Media Library files (images.ts).
    body: bodyWithImages(candidate),
    tags: draft.tags,
    authors,
    category,
  };
  // The worker printed the draft's fields: those written as the draft gives them are taken (a
  // body whose pictures were added, a slug another article held, are printed here).
  const fields = candidate.derived?.fields;
  const fingerprint = fingerprintOf(
    values,
    fields
      ? {
          title: fields.title,
          description: fields.description,
          tags: fields.tags,
          ...(values.slug === draft.slug ? { slug: fields.slug } : {}),
          ...(values.body === draft.body ? { body: fields.body } : {}),
        }
      : {}
  );
  const source = {
    sourceName: storedSourceName(candidate.source),
    sourceUrl: draft.sourceMeta.sourceUrl ?? null,
    importedAt: new Date(),
    contentHash: candidate.hash,
    sourceHash: candidate.sourceHash,
    sourceKey: candidate.key,
    importFingerprint: fingerprint,
    sourceMeta: draft.sourceMeta,
  };
  return { values, fingerprint, source };
};

/**
 * Writes one article (and the authors and categories it needs) and returns its documentId and
 * what it now holds. `status: 'published'` publishes the new content; `draft` writes the draft
 * only and leaves an existing published version as it was. Along with the content go the source
 * key and the fingerprint of what was written (to notice later edits), and the importing admin.
 */
export const writeArticle = async (
  strapi: Core.Strapi,
  candidate: Candidate,
  decision: WriteDecision,
  state: BatchState,
  status: ArticleStatus,
  user: ImportUser | null
): Promise<{ documentId: string; values: FieldValues; fingerprint: unknown }> => {
  const authors = await ensureAuthors(strapi, candidate, state, user);
  const category = await ensureCategories(strapi, decision, state, candidate.locale, user);
  const { values, fingerprint, source } = importedFields(
    candidate,
    decision.slug,
    authors,
    category
  );
  // The cover, when the source gives one and it was had; otherwise the article keeps its own.
  const coverFile = candidate.images?.cover?.file;
  const fields = { ...values, ...source, ...(coverFile ? { cover: coverFile.id } : {}) };

  const service = documents(strapi, NEWSROOM.article);
  const { locale } = candidate;
  if (decision.action === 'create') {
    const params = { data: data({ ...fields, ...creator(user) }), status, locale };
    // A translation: the Document Service's update of a locale the document lacks creates it.
    const result = (
      decision.translationOf
        ? await service.update({ documentId: decision.translationOf, ...params })
        : await service.create(params)
    ) as { documentId: string } | null;
    if (!result?.documentId) throw new Error('The article could not be created.');
    return { documentId: result.documentId, values, fingerprint };
  }
  const { documentId } = decision.existing;
  await service.update({
    documentId,
    locale,
    data: data({ ...fields, ...editor(user) }),
    status,
  });
  return { documentId, values, fingerprint };
};

/**
 * An entry event to send once the transaction has committed: [event name, row id, content-type
 * uid (the article's when absent), the entry when the write knows it (known-entry.ts; else it
 * is read back)].
 */
export type EntryEvent = [string, number, string?, KnownEntry?];

/**
 * What the Document Service populates for an entry event (its `getDeepPopulate`): every
 * relation with all its fields, every media field with all its fields.
 */
const eventPopulate = (strapi: Core.Strapi, uid: string) => {
  const model = strapi.getModel(uid as UID.Schema);
  const populate: Record<string, object> = {};
  for (const [name, attribute] of Object.entries(model.attributes)) {
    if (attribute.type === 'relation' && !('unstable_virtual' in attribute)) populate[name] = {};
    if (attribute.type === 'media') populate[name] = { select: ['*'] };
  }
  return populate;
};

/** Entries read back (populated) per query for the events (see emitEntryEvents). */
const EVENT_READ_GROUP = 5;

/**
 * The events the Document Service would send: each entry populated as it does and sanitized.
 * One query per content type for a whole chunk's entries; call it after the chunk's
 * transaction has committed.
 */
export const emitEntryEvents = async (strapi: Core.Strapi, events: EntryEvent[], pace?: Pace) => {
  if (events.length === 0) return;
  try {
    const metaOf = (uid: string) => strapi.db.metadata.get(uid) as unknown as ModelMeta;
    const modelOf = (uid: string) => strapi.getModel(uid as UID.Schema);
    // Per content type: can its entries be given from what the write knows (known-entry.ts)?
    const knowable = new Map<string, boolean>();
    const canKnow = (uid: string, known: KnownEntry) => {
      // The same relations in another order are another key with the same answer: no sort.
      const key = `${uid}\u0000${Object.keys(known.relations).join(',')}`;
      let can = knowable.get(key);
      if (can === undefined) {
        const model = modelOf(uid);
        can = knownEntryModel(
          metaOf(uid),
          (name) => contentTypes.isPrivateAttribute(model, name),
          Object.keys(known.relations)
        );
        knowable.set(key, can);
      }
      return can;
    };
    const targetOf = (uid: string, attribute: string) => {
      const meta = metaOf(uid).attributes[attribute];
      return meta.type === 'media' ? 'plugin::upload.file' : String(meta.target);
    };
    // Rows of the known entries' relation targets (by id): a few small author and category rows.
    const targets = new Map<string, Map<number, unknown>>();
    // Each entry read back (populated), by its key: the index of the last event that sends it.
    const keyOf = (uid: string, id: number) => `${uid}\u0000${id}`;
    const lastUse = new Map<string, number>();
    const knownAt = events.map(([, id, uid = NEWSROOM.article, known], index) => {
      if (known && canKnow(uid, known)) {
        for (const [attribute, value] of Object.entries(known.relations)) {
          const target = targetOf(uid, attribute);
          if (!targets.has(target)) targets.set(target, new Map());
          for (const targetId of value === null ? [] : [value].flat()) {
            targets.get(target)!.set(targetId, undefined);
          }
        }
        return known;
      }
      lastUse.set(keyOf(uid, id), index);
      return undefined;
    });
    for (const [uid, rows] of targets) {
      for (const group of chunks([...rows.keys()], IN_LIST)) {
        const found = (await strapi.db.query(uid as UID.Schema).findMany({
          where: { id: { $in: group } },
          ...(uid === 'plugin::upload.file' ? { select: ['*'] } : {}),
        })) as { id: number }[];
        await pace?.();
        for (const row of found) rows.set(row.id, row);
      }
    }
    // Entries read back, populated as the Document Service populates them (after the commit), a
    // few a query and only as their events come up: a new author's or category's entry holds all
    // its articles, bodies included — by then often dozens: 20 categories in one query held the
    // event loop 200 ms (SQLite), and a whole chunk's authors held at once were the largest part
    // of a first import's memory. (Strapi reads them one entry a query.)
    const read = new Map<string, { id: number } | null>();
    const readFrom = async (start: number) => {
      const [, , uid = NEWSROOM.article] = events[start];
      const group: number[] = [];
      for (let k = start; k < events.length && group.length < EVENT_READ_GROUP; k += 1) {
        const [, id, other = NEWSROOM.article] = events[k];
        if (
          other === uid &&
          knownAt[k] === undefined &&
          !read.has(keyOf(uid, id)) &&
          !group.includes(id)
        ) {
          group.push(id);
        }
      }
      const rows = (await strapi.db.query(uid as UID.Schema).findMany({
        where: { id: { $in: group } },
        populate: eventPopulate(strapi, uid),
      })) as { id: number }[];
      await pace?.();
      const found = new Map(rows.map((row) => [row.id, row]));
      // An entry not found (deleted since) sends no event, as before.
      for (const id of group) read.set(keyOf(uid, id), found.get(id) ?? null);
    };
    for (const [index, [name, id, uid = NEWSROOM.article]] of events.entries()) {
      await pace?.();
      const model = modelOf(uid);
      const sanitized = (row: unknown) => sanitizeEventEntry(model, modelOf, row);
      const known = knownAt[index];
      if (known) {
        // Built only if a listener reads it (lazyEntryPayload), from what the write knew.
        const build = () =>
          sanitized(
            knownEntry(metaOf(uid), known, id, (attribute, targetId) =>
              targets.get(targetOf(uid, attribute))?.get(targetId)
            )
          );
        await strapi.eventHub.emit(name, lazyEntryPayload(model.modelName, model.uid, build));
        continue;
      }
      const key = keyOf(uid, id);
      if (!read.has(key)) await readFrom(index);
      const row = read.get(key);
      if (lastUse.get(key) === index) read.delete(key);
      if (!row) continue;
      await strapi.eventHub.emit(name, {
        model: model.modelName,
        uid: model.uid,
        entry: sanitized(row),
      });
    }
  } catch (error) {
    strapi.log.error('[newsroom] could not send the entry events of an import', { error });
  }
};
