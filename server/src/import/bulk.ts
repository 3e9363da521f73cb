import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

import { type ArticleStatus, UID as NEWSROOM } from '../../../shared/contracts';
import { tagIndexOfTags } from '../content-types/article/derived-fields';
import { readingTimeOf } from '../parsing';
import { columnOf } from '../queries/columns';
import { getService } from '../utils/get-service';
import type { FieldValues } from './decide';
import { newDocumentId } from './document-id';
import { chunks, IN_LIST, INSERT_GROUP } from './in-list';
import type { Pace } from './pause';
import type { BatchState, Candidate, Decision, ExistingEntity, ImportUser } from './types';
import type { KnownEntry } from './known-entry';
import { insertDirect, isBetterSqlite, directRows } from './sqlite-insert';
import { creator, importedFields, type EntryEvent } from './write';

/** A new article the bulk path writes: its candidate and its `create` decision. */
export interface BulkCreate {
  candidate: Candidate;
  decision: Extract<Decision, { action: 'create' }>;
}

export interface Written {
  documentId: string;
  values: FieldValues;
  fingerprint: unknown;
}

interface JoinTableMeta {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
  inverseOrderColumnName?: string;
  on?: Record<string, unknown>;
}

/**
 * One owner row's links through a join table, targets in the order Strapi would write them.
 * `publishedFrom`: the links of the draft this row is the published version of, whose orders it
 * takes (the Document Service's publish keeps the draft's place in each target's list).
 */
interface Link {
  owner: number;
  targets: number[];
  publishedFrom?: Link;
  /** The inverse order given to each target, once computed. */
  orders?: Map<number, number>;
}

type AnyUid = Parameters<Core.Strapi['db']['query']>[0];

/** The join table of a relation, from Strapi's metadata (never a hard-coded name). */
const joinTableOf = (strapi: Core.Strapi, uid: string, attribute: string): JoinTableMeta => {
  const meta = strapi.db.metadata.get(uid);
  const attr = meta.attributes[attribute] as { type?: string; joinTable?: JoinTableMeta };
  if (attr?.type !== 'relation' || !attr.joinTable || typeof attr.joinTable.on === 'function') {
    throw new Error(
      `The import's bulk write expects ${uid}.${attribute} to be a relation stored in a join ` +
        'table; the content type was changed. Import through the Document Service instead ' +
        '(see server/src/import/write-path.ts).'
    );
  }
  return attr.joinTable;
};

/** Link rows per statement on SQLite (a few small columns each: ~1 ms a statement). */
const LINK_GROUP = 500;

/**
 * Writes the links of many rows through one join table, the way Strapi's `attachRelations`
 * writes them for each row in turn: the order column counts 1, 2, … in the row's own order; the
 * inverse order column (the target's list of rows) continues after the highest value the target
 * has, link after link in the order of `links`. One grouped query reads those highest values;
 * then multi-row inserts.
 */
const insertLinks = async (
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  joinTable: JoinTableMeta,
  links: Link[]
) => {
  const { joinColumn, inverseJoinColumn, orderColumnName, inverseOrderColumnName } = joinTable;
  const next = new Map<number, number>();
  if (inverseOrderColumnName) {
    const targets = [...new Set(links.flatMap((link) => link.targets))];
    for (const group of chunks(targets, IN_LIST)) {
      const rows = (await strapi.db
        .getConnection(joinTable.name)
        .select(inverseJoinColumn.name)
        .max(inverseOrderColumnName, { as: 'max' })
        .whereIn(inverseJoinColumn.name, group)
        .where(joinTable.on ?? {})
        .groupBy(inverseJoinColumn.name)
        .transacting(trx)) as Record<string, unknown>[];
      for (const row of rows) {
        next.set(Number(row[inverseJoinColumn.name]), Number(row.max) || 0);
      }
    }
  }
  const rows: Record<string, unknown>[] = [];
  for (const link of links) {
    link.orders = new Map();
    [...new Set(link.targets)].forEach((target, index) => {
      const row: Record<string, unknown> = {
        [joinColumn.name]: link.owner,
        [inverseJoinColumn.name]: target,
        ...joinTable.on,
      };
      if (orderColumnName) row[orderColumnName] = index + 1;
      if (inverseOrderColumnName) {
        let order = link.publishedFrom?.orders?.get(target);
        if (order === undefined) {
          order = (next.get(target) ?? 0) + 1;
          next.set(target, order);
        }
        link.orders!.set(target, order);
        row[inverseOrderColumnName] = order;
      }
      rows.push(row);
    });
  }
  if (rows.length === 0) return;
  if (isBetterSqlite(trx)) {
    // Plain numbers (and the join table's fixed `on` values): bound as they are.
    const columns = Object.keys(rows[0]);
    for (const group of chunks(rows, LINK_GROUP)) {
      const bindings: unknown[] = [];
      for (const row of group) for (const column of columns) bindings.push(row[column]);
      await insertDirect(trx, joinTable.name, columns, bindings);
    }
    return;
  }
  const size = strapi.db.dialect.getBatchInsertSize();
  for (const group of chunks(rows, size)) {
    await strapi.db.getConnection(joinTable.name).insert(group).transacting(trx);
  }
};

/** The model's attributes Strapi stores as JSON text (`json` and `blocks`). */
const jsonFieldsOf = (strapi: Core.Strapi, uid: string): string[] =>
  Object.entries(strapi.db.metadata.get(uid).attributes)
    .filter(([, attribute]) => attribute.type === 'json' || attribute.type === 'blocks')
    .map(([name]) => name);

/**
 * Those of a row's values that are objects, as the JSON text Strapi's JSON field would store;
 * `known`: texts already made of some of these very values (JSON.stringify's).
 */
const serialised = (
  row: Record<string, unknown>,
  fields: string[],
  known: Record<string, string> = {}
): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const field of fields) {
    const value = row[field];
    if (value !== null && typeof value === 'object') {
      out[field] = known[field] ?? JSON.stringify(value);
    }
  }
  return out;
};

interface RowIds {
  id: number;
  documentId: string;
  publishedAt: unknown;
}

/**
 * A row with the times Strapi's built-in timestamps subscriber gives a `createMany` that names
 * none (its `beforeCreateMany`): the direct inserts do not run the database's lifecycles.
 */
const withTimestamps = (row: Record<string, unknown>): Record<string, unknown> => {
  if (row.createdAt !== undefined && row.updatedAt !== undefined) return row;
  const now = new Date();
  return { ...row, createdAt: row.createdAt ?? now, updatedAt: row.updatedAt ?? now };
};

/**
 * Inserts rows with multi-row statements: on SQLite straight on better-sqlite3 with prepared
 * statements and `RETURNING` (sqlite-insert.ts); elsewhere, or for values that path does not
 * convert, through Strapi's query layer (`createMany`: the same conversion of values to columns
 * and the same defaults as `create`, inside the current transaction), then their ids read back
 * by documentId in one query per 500 — not relying on consecutive auto-increment ids, which
 * MySQL does not promise under concurrent inserts.
 */
const insertRows = async (
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  uid: string,
  rows: Record<string, unknown>[],
  pace?: Pace,
  /** Narrows the read back (a category's locale: its document may have rows in others). */
  where: Record<string, unknown> = {}
): Promise<RowIds[]> => {
  if (rows.length === 0) return [];
  const model = strapi.db.metadata.get(uid);
  const direct = isBetterSqlite(trx);
  const returning = [
    columnOf(model, 'id'),
    columnOf(model, 'documentId'),
    columnOf(model, 'publishedAt'),
  ];
  const query = strapi.db.query(uid as AnyUid);
  const out: RowIds[] = [];
  const readBack: string[] = [];
  // A statement of at most INSERT_GROUP rows between two pauses: a chunk's drafts and published
  // versions in one statement held the event loop for up to ~70 ms in the server (SQLite).
  for (const group of chunks(rows, INSERT_GROUP)) {
    const values = direct ? directRows(model, group.map(withTimestamps)) : null;
    if (values) {
      const inserted = await insertDirect(
        trx,
        model.tableName,
        values.columns,
        values.bindings,
        returning
      );
      for (const row of inserted) {
        out.push({
          id: Number(row[returning[0]]),
          documentId: row[returning[1]] as string,
          publishedAt: row[returning[2]],
        });
      }
    } else {
      await query.createMany({ data: group });
      for (const row of group) readBack.push(row.documentId as string);
    }
    await pace?.();
  }
  for (const group of chunks([...new Set(readBack)], IN_LIST)) {
    out.push(
      ...((await query.findMany({
        where: { documentId: { $in: group }, ...where },
        select: ['id', 'documentId', 'publishedAt'],
      })) as RowIds[])
    );
  }
  return out;
};

/** Creates the authors the chunk's new articles need and the state does not hold. */
const createAuthors = async (
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  creates: BulkCreate[],
  state: BatchState,
  events: EntryEvent[],
  user: ImportUser | null,
  pace?: Pace
) => {
  const rows = new Map<string, Record<string, unknown>>();
  for (const { candidate } of creates) {
    for (const ref of candidate.authorRefs) {
      if (state.authors.has(ref.slug) || rows.has(ref.slug)) continue;
      const now = new Date();
      rows.set(ref.slug, {
        documentId: newDocumentId(),
        name: ref.name,
        slug: ref.slug,
        importedAt: now,
        // Authors have no drafts: the Document Service stamps them published when created.
        publishedAt: now,
        ...creator(user),
      });
    }
  }
  const ids = await insertRows(strapi, trx, NEWSROOM.author, [...rows.values()], pace);
  const byDocument = new Map(ids.map((row) => [row.documentId, row.id]));
  for (const [slug, row] of rows) {
    const id = byDocument.get(row.documentId as string);
    if (id === undefined) throw new Error(`The author "${slug}" was not written.`);
    state.authors.set(slug, { id, documentId: row.documentId as string, name: row.name as string });
    events.push(['entry.create', id, NEWSROOM.author]);
  }
};

/** Creates the categories (root first) the chunk's new articles need, with their parents. */
const createCategories = async (
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  creates: BulkCreate[],
  state: BatchState,
  events: EntryEvent[],
  user: ImportUser | null,
  pace?: Pace
) => {
  const rows = new Map<string, { row: Record<string, unknown>; parentSlug: string | null }>();
  for (const { candidate, decision } of creates) {
    let parentSlug: string | null = null;
    for (const ref of decision.categoryRefs) {
      if (!state.categories.has(ref.slug) && !rows.has(ref.slug)) {
        const now = new Date();
        rows.set(ref.slug, {
          parentSlug,
          row: {
            // The same category in another locale: this one is its translation (one document).
            documentId: state.categoryDocuments.get(ref.slug) ?? newDocumentId(),
            name: ref.name,
            slug: ref.slug,
            importedAt: now,
            publishedAt: now,
            locale: candidate.locale,
            ...creator(user),
          },
        });
      }
      parentSlug = ref.slug;
    }
  }
  if (rows.size === 0) return;
  const ids = await insertRows(
    strapi,
    trx,
    NEWSROOM.category,
    [...rows.values()].map(({ row }) => row),
    pace,
    { locale: creates[0].candidate.locale }
  );
  const byDocument = new Map(ids.map((row) => [row.documentId, row.id]));
  const links: Link[] = [];
  for (const [slug, { row, parentSlug }] of rows) {
    const id = byDocument.get(row.documentId as string);
    if (id === undefined) throw new Error(`The category "${slug}" was not written.`);
    const parent = parentSlug === null ? null : state.categories.get(parentSlug)!;
    const entity: ExistingEntity = {
      id,
      documentId: row.documentId as string,
      name: row.name as string,
      parentDocumentId: parent?.documentId ?? null,
    };
    state.categories.set(slug, entity);
    if (parent) links.push({ owner: id, targets: [parent.id] });
    events.push(['entry.create', id, NEWSROOM.category]);
  }
  await insertLinks(strapi, trx, joinTableOf(strapi, NEWSROOM.category, 'parent'), links);
};

/**
 * The bulk write of a chunk's new articles (see write-path.ts for when the engine takes it):
 * their missing authors and categories, the draft rows, the published rows when publishing,
 * and every link row — a few multi-row statements for the whole chunk instead of a dozen per
 * article. It writes the rows the Document Service's create (+ publish) writes, with the values
 * its middleware derives (word count, reading time, tag index) and the link orders its
 * `attachRelations` gives — draft then published version, article after article — and collects
 * the same entry events (entry.create for every new entry, entry.publish for each published
 * version) to be sent after the commit. tests/integration/import-bulk-differential.test.ts
 * compares both paths row for row on each database.
 */
export const writeCreates = async (
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  creates: BulkCreate[],
  state: BatchState,
  status: ArticleStatus,
  events: EntryEvent[],
  user: ImportUser | null,
  pace?: Pace
): Promise<Written[]> => {
  if (creates.length === 0) return [];
  await createAuthors(strapi, trx, creates, state, events, user, pace);
  await createCategories(strapi, trx, creates, state, events, user, pace);

  const { wordsPerMinute } = getService(strapi, 'settings').current();
  const jsonFields = jsonFieldsOf(strapi, NEWSROOM.article);
  const written: Written[] = [];
  const drafts: Record<string, unknown>[] = [];
  const published: Record<string, unknown>[] = [];
  const relations: {
    authors: number[];
    category: number | null;
    /** The draft and published rows as inserted, for the entry events. */
    rows: [Record<string, unknown>, Record<string, unknown> | null];
    /** Their JSON values' texts as inserted: the published version's event parses them. */
    texts: Record<string, string>;
  }[] = [];
  for (const { candidate, decision } of creates) {
    await pace?.();
    const { draft } = candidate;
    const authors = [...new Set(candidate.authorRefs.map((ref) => state.authors.get(ref.slug)!))];
    const leaf = decision.categoryRefs.at(-1);
    const category = leaf ? state.categories.get(leaf.slug)! : null;
    const { values, fingerprint, source } = importedFields(
      candidate,
      decision.slug,
      authors.map((author) => author.documentId),
      category?.documentId ?? null
    );
    // The links are rows of their own (below); the rest as the article middleware derives it.
    const { authors: _authors, category: _category, ...content } = values;
    // The parser counted the body's words (the same count as readingFieldsOf's); the reading
    // time follows the current setting, as the article middleware gives it.
    const reading = {
      wordCount: draft.wordCount,
      readingTimeMinutes: readingTimeOf(draft.wordCount, wordsPerMinute),
    };
    const row = {
      documentId: newDocumentId(),
      locale: candidate.locale,
      ...content,
      tagIndex: candidate.derived ? candidate.derived.tagIndex : tagIndexOfTags(draft.tags),
      wordCount: reading.wordCount,
      readingTimeMinutes: reading.readingTimeMinutes,
      ...source,
      ...creator(user),
      // Set here rather than by the insert's defaults: the entry events give them (known-entry.ts).
      createdAt: source.importedAt,
      updatedAt: source.importedAt,
    };
    const draftRow = { ...row, publishedAt: null };
    // What is inserted: the JSON values serialised once for both versions (Strapi's JSON field
    // stores a string as it is, and serialises anything else; the events keep the values).
    // The body's JSON text from the worker, when the body is the draft's (no pictures added).
    const json = serialised(
      row,
      jsonFields,
      candidate.derived && content.body === draft.body ? { body: candidate.derived.bodyJson } : {}
    );
    drafts.push({ ...row, ...json, publishedAt: null });
    let publishedRow: Record<string, unknown> | null = null;
    if (status === 'published') {
      // The published version's event gets JSON values of its own, as a read would: parsed
      // from the text stored, when its entry is built (known-entry.ts `texts`).
      publishedRow = { ...row, publishedAt: source.importedAt };
      published.push({ ...row, ...json, publishedAt: source.importedAt });
    }
    relations.push({
      authors: authors.map((author) => author.id),
      category: category?.id ?? null,
      rows: [draftRow, publishedRow],
      texts: json,
    });
    written.push({ documentId: row.documentId, values, fingerprint });
  }

  const ids = await insertRows(strapi, trx, NEWSROOM.article, [...drafts, ...published], pace);
  const draftIds = new Map<string, number>();
  const publishedIds = new Map<string, number>();
  for (const row of ids) (row.publishedAt ? publishedIds : draftIds).set(row.documentId, row.id);

  // The Document Service's order: an article's draft takes the next place in each author's and
  // category's list, its published version the same place; then the next article.
  const authorLinks: Link[] = [];
  const categoryLinks: Link[] = [];
  written.forEach(({ documentId }, index) => {
    const versions = [draftIds.get(documentId), publishedIds.get(documentId)];
    if (versions[0] === undefined || (status === 'published' && versions[1] === undefined)) {
      throw new Error(`The article "${creates[index].decision.slug}" was not written.`);
    }
    const { authors, category, rows, texts } = relations[index];
    const [draftId, publishedId] = versions as [number, number | undefined];
    if (authors.length > 0) {
      const draftLinks: Link = { owner: draftId, targets: authors };
      authorLinks.push(draftLinks);
      if (publishedId !== undefined) {
        authorLinks.push({ owner: publishedId, targets: authors, publishedFrom: draftLinks });
      }
    }
    if (category !== null) {
      const draftLinks: Link = { owner: draftId, targets: [category] };
      categoryLinks.push(draftLinks);
      if (publishedId !== undefined) {
        categoryLinks.push({ owner: publishedId, targets: [category], publishedFrom: draftLinks });
      }
    }
    // The events' entries are what was inserted, with the relations' targets (known-entry.ts).
    // Their JSON values (the body…) are their own: the draft's are the candidate's, which
    // nothing reads once the chunk is written, the published version's parsed from the text
    // when its entry is built.
    const known = (
      row: Record<string, unknown>,
      jsonTexts?: Record<string, string>
    ): KnownEntry => ({
      row,
      owned: true,
      ...(jsonTexts ? { texts: jsonTexts } : {}),
      relations: { authors: [...new Set(authors)], category, cover: null },
    });
    events.push(['entry.create', draftId, NEWSROOM.article, known(rows[0])]);
    if (publishedId !== undefined && rows[1]) {
      events.push(['entry.publish', publishedId, NEWSROOM.article, known(rows[1], texts)]);
    }
  });
  await insertLinks(strapi, trx, joinTableOf(strapi, NEWSROOM.article, 'authors'), authorLinks);
  await pace?.();
  await insertLinks(strapi, trx, joinTableOf(strapi, NEWSROOM.article, 'category'), categoryLinks);
  return written;
};
