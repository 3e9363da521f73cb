import type { Core } from '@strapi/strapi';

import type { ImportReport } from '../../shared/contracts';
import { fingerprintOf } from '../../server/src/import/decide/conflict';
import { newsText } from '../helpers/articles';
import { startTestApp, type TestApp } from '../helpers/strapi';

/**
 * The bulk write path (server/src/import/bulk.ts) against the Document Service: the same
 * imports, run once each way on an empty database, must leave the same rows (every column but
 * ids, document ids and timestamps), the same link rows in the same order, and send the same
 * entry events. The Document Service way is forced the way a real app forces it: a Document
 * Service middleware is registered (server/src/import/write-path.ts).
 */

const ARTICLE = 'plugin::newsroom.article';
const AUTHOR = 'plugin::newsroom.author';
const CATEGORY = 'plugin::newsroom.category';
const UIDS = [ARTICLE, AUTHOR, CATEGORY] as const;
const EVENTS = ['entry.create', 'entry.update', 'entry.publish'];

interface ImportService {
  apply: (inputs: { name: string; content: string }[], options?: object) => Promise<ImportReport>;
  writePath: () => { bulk: boolean; reasons: string[] };
}

type Row = Record<string, unknown>;

let app: TestApp;
let strapi: Core.Strapi;
let engine: ImportService;
let userId: number;

beforeAll(async () => {
  app = await startTestApp();
  strapi = app.strapi;
  engine = strapi.plugin('newsroom').service('import') as unknown as ImportService;
  const user = (await strapi.db.query('admin::user').create({
    data: { firstname: 'Diff', lastname: 'Editor', email: 'diff@example.com', isActive: true },
  })) as { id: number };
  userId = user.id;
});

afterAll(async () => {
  await app?.stop();
});

const file = (name: string, spec: Parameters<typeof newsText>[0]) => ({
  name,
  content: newsText(spec),
});

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
  inverseOrderColumnName?: string;
}

const meta = (uid: string) => strapi.db.metadata.get(uid);
const joinTableOf = (uid: string, attribute: string) =>
  (meta(uid).attributes[attribute] as { joinTable: JoinTable }).joinTable;
const rowsOf = (table: string) => strapi.db.getConnection(table).select('*') as Promise<Row[]>;

/** Empties the newsroom's tables (rows and links), as before each way's run. */
const wipe = async () => {
  for (const uid of UIDS) {
    for (const attribute of Object.values(meta(uid).attributes)) {
      const joinTable = (attribute as { joinTable?: JoinTable }).joinTable;
      if (joinTable) await strapi.db.getConnection(joinTable.name).del();
    }
  }
  for (const uid of UIDS) await strapi.db.getConnection(meta(uid).tableName).del();
};

/** JSON columns come back parsed (Postgres, mysql2) or as text (SQLite): parse the text. */
const parsed = (value: unknown) => {
  if (typeof value !== 'string' || !/^[[{]/.test(value)) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
};

const TIMESTAMPS = ['created_at', 'updated_at', 'published_at', 'imported_at'];

/** A row without its ids and timestamps; whether each timestamp is set stays. */
const comparable = (row: Row): Row => {
  const out: Row = {};
  for (const [column, value] of Object.entries(row)) {
    if (column === 'id' || column === 'document_id') continue;
    out[column] = TIMESTAMPS.includes(column) ? value !== null : parsed(value);
  }
  return out;
};

const sorted = <T>(values: T[]) =>
  [...values].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/**
 * What the database holds, with ids replaced by what they stand for (an article version by its
 * slug and published or draft, an author or category by its slug), in a stable order. Checks
 * on the way that each article's import fingerprint matches its links (authors in byline order,
 * category): the fingerprint holds document ids, which differ between the two runs.
 */
const snapshot = async () => {
  const [articles, authors, categories] = await Promise.all(
    UIDS.map((uid) => rowsOf(meta(uid).tableName))
  );
  const articleKey = new Map(
    articles.map((row) => [row.id, `${String(row.slug)}#${row.published_at ? 'pub' : 'draft'}`])
  );
  const authorOf = new Map(authors.map((row) => [row.id, row]));
  const categoryOf = new Map(categories.map((row) => [row.id, row]));

  const links = async (
    uid: string,
    attribute: string,
    owner: Map<unknown, string>,
    target: Map<unknown, string>
  ) => {
    const joinTable = joinTableOf(uid, attribute);
    const rows = await rowsOf(joinTable.name);
    return sorted(
      rows.map((row) => {
        const out: Row = {
          owner: owner.get(row[joinTable.joinColumn.name]),
          target: target.get(row[joinTable.inverseJoinColumn.name]),
        };
        for (const column of [joinTable.orderColumnName, joinTable.inverseOrderColumnName]) {
          if (column) out[column] = Number(row[column]);
        }
        return out;
      })
    );
  };
  const slugOf = (rows: Row[]) => new Map(rows.map((row) => [row.id, String(row.slug)]));
  const authorLinks = await links(ARTICLE, 'authors', articleKey, slugOf(authors));
  const categoryLinks = await links(ARTICLE, 'category', articleKey, slugOf(categories));
  const parentLinks = await links(CATEGORY, 'parent', slugOf(categories), slugOf(categories));

  // The fingerprint's authors and category against the links of the article's draft.
  const linksRaw = {
    authors: await rowsOf(joinTableOf(ARTICLE, 'authors').name),
    category: await rowsOf(joinTableOf(ARTICLE, 'category').name),
  };
  const authorsJoin = joinTableOf(ARTICLE, 'authors');
  const categoryJoin = joinTableOf(ARTICLE, 'category');
  const articleRows = articles.map((row) => {
    const out = comparable(row);
    const fingerprint = out.import_fingerprint as Record<string, unknown> | null;
    if (fingerprint) {
      const byline = linksRaw.authors
        .filter((link) => link[authorsJoin.joinColumn.name] === row.id)
        .sort(
          (a, b) =>
            Number(a[authorsJoin.orderColumnName!]) - Number(b[authorsJoin.orderColumnName!])
        )
        .map((link) => String(authorOf.get(link[authorsJoin.inverseJoinColumn.name])?.document_id));
      const categoryLink = linksRaw.category.find(
        (link) => link[categoryJoin.joinColumn.name] === row.id
      );
      const category = categoryLink
        ? String(categoryOf.get(categoryLink[categoryJoin.inverseJoinColumn.name])?.document_id)
        : null;
      const expected = fingerprintOf({
        title: '',
        slug: '',
        description: null,
        body: [],
        tags: [],
        authors: byline,
        category,
      });
      expect({
        slug: row.slug,
        authors: fingerprint.authors,
        category: fingerprint.category,
      }).toEqual({ slug: row.slug, authors: expected.authors, category: expected.category });
      out.import_fingerprint = { ...fingerprint, authors: 'checked', category: 'checked' };
    }
    return out;
  });

  return {
    articles: sorted(articleRows),
    authors: sorted(authors.map(comparable)),
    categories: sorted(categories.map(comparable)),
    authorLinks,
    categoryLinks,
    parentLinks,
  };
};

/**
 * An event's entry without ids and timestamps (whether each is set, and as what: ISO text as a
 * read gives it, stays), keys sorted.
 */
const comparableEntry = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(comparableEntry);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const out: Row = {};
  for (const key of Object.keys(value).sort()) {
    const field = (value as Row)[key];
    if (key === 'id' || key === 'documentId') continue;
    if (['createdAt', 'updatedAt', 'publishedAt', 'importedAt'].includes(key)) {
      out[key] =
        field === null || field === undefined
          ? null
          : typeof field === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(field)
            ? 'ISO text'
            : typeof field;
      continue;
    }
    out[key] = comparableEntry(field);
  }
  return out;
};

/** The imports both ways run: create, publish and draft, update, unchanged, links old and new. */
const scenario = async () => {
  // Made by hand before any import, the same way both times: an author and a category that
  // already have articles (their inverse link orders do not start at 1), and their article.
  const handAuthor = (await strapi.documents(AUTHOR).create({
    data: { name: 'Olga Hand', slug: 'olga-hand' },
  })) as { documentId: string };
  const handCategory = (await strapi.documents(CATEGORY).create({
    data: { name: 'Economy', slug: 'economy' },
  })) as { documentId: string };
  await strapi.documents(ARTICLE).create({
    data: {
      title: 'Written by hand',
      slug: 'written-by-hand',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'By hand.' }] }],
      authors: [handAuthor.documentId],
      category: handCategory.documentId,
    } as never,
    status: 'published',
  });

  const reports: ImportReport[] = [];
  // 1. First import, published: bylines out of alphabetical order, a repeated name, a title
  //    taken twice (a numbered slug), a nested category path, existing author and category.
  reports.push(
    await engine.apply(
      [
        file('a.txt', {
          title: 'Alpha story',
          category: ['World', 'Europe'],
          tags: ['Baku', 'Trade'],
          authors: ['Zed Writer', 'Amy Able', 'Olga Hand'],
        }),
        file('b.txt', {
          title: 'Beta story',
          category: ['World', 'Asia'],
          authors: ['Mid Person'],
        }),
        file('c.txt', {
          title: 'Alpha story',
          category: ['Economy'],
          authors: ['Olga Hand', 'Zed Writer'],
          paragraphs: ['Another text under the same title, so another slug.'],
        }),
        file('d.txt', { title: 'Gamma story' }),
        file('e.txt', {
          title: 'Delta story',
          category: ['World', 'Europe'],
          authors: ['Amy Able', 'Zed Writer', 'Amy Able'],
        }),
      ],
      { status: 'published', user: { id: userId, name: 'Diff Editor', email: null } }
    )
  );
  // 2. Drafts: a new article with an old and a new author, an old and a new category.
  reports.push(
    await engine.apply(
      [
        file('f.txt', {
          title: 'Epsilon story',
          category: ['Sports'],
          authors: ['New Writer', 'Mid Person'],
        }),
        file('g.txt', {
          title: 'Eta story',
          category: ['World', 'Europe'],
          authors: ['Zed Writer'],
        }),
      ],
      { status: 'draft' }
    )
  );
  // 3. Published again: one changed (new byline order, new body), one unchanged, one new, in
  //    one chunk — the update is written in between the creates.
  reports.push(
    await engine.apply(
      [
        file('z.txt', { title: 'Zeta story', authors: ['Mid Person', 'Amy Able'] }),
        file('b.txt', {
          title: 'Beta story',
          category: ['World', 'Asia'],
          authors: ['Amy Able', 'Mid Person'],
          paragraphs: ['The changed text of the beta story, long enough to count.'],
        }),
        file('d.txt', { title: 'Gamma story' }),
        file('h.txt', {
          title: 'Theta story',
          category: ['World', 'Asia'],
          authors: ['Olga Hand'],
        }),
      ],
      { status: 'published' }
    )
  );
  return reports.map((report) =>
    report.articles.map((line) => [line.source, line.action, line.slug])
  );
};

/** Runs the scenario on empty tables; returns its outcomes, what it left and what it sent. */
const run = async () => {
  await wipe();
  const events: [string, string, unknown][] = [];
  const entries: [string, string, Row][] = [];
  const listeners = EVENTS.map((name) => {
    const listener = async (event: { uid?: string; entry?: unknown }) => {
      if (UIDS.includes(event.uid as (typeof UIDS)[number])) {
        events.push([name, event.uid ?? '', comparableEntry(event.entry)]);
        entries.push([name, event.uid ?? '', event.entry as Row]);
      }
    };
    strapi.eventHub.on(name, listener);
    return [name, listener] as const;
  });
  try {
    const outcomes = await scenario();
    // The Document Service sends its events once its transaction has committed, without
    // waiting: let them arrive.
    let seen = -1;
    while (seen !== events.length) {
      seen = events.length;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    return { outcomes, rows: await snapshot(), events: sorted(events), entries };
  } finally {
    for (const [name, listener] of listeners) strapi.eventHub.off(name, listener);
  }
};

describe('the bulk write path writes what the Document Service writes', () => {
  it('gives the same rows, link rows and orders, and entry events on this database', async () => {
    // The Document Service way: a middleware is registered, as another plugin would.
    const calls: string[] = [];
    const unregister = (
      strapi.documents as unknown as {
        use: (
          middleware: (ctx: { uid: string; action: string }, next: () => unknown) => unknown
        ) => () => void;
      }
    ).use((ctx, next) => {
      if (UIDS.includes(ctx.uid as (typeof UIDS)[number])) calls.push(`${ctx.action} ${ctx.uid}`);
      return next();
    });
    expect(engine.writePath()).toEqual({
      bulk: false,
      reasons: [expect.stringMatching(/^a Document Service middleware is registered \(.+\)$/)],
    });
    const viaDocuments = await run();
    unregister();
    // The imports did go through the Document Service: every create and the update.
    expect(calls.filter((call) => call === `create ${ARTICLE}`)).toHaveLength(1 + 5 + 2 + 2);
    expect(calls).toContain(`update ${ARTICLE}`);
    expect(calls).toContain(`create ${AUTHOR}`);
    expect(calls).toContain(`create ${CATEGORY}`);

    expect(engine.writePath()).toEqual({ bulk: true, reasons: [] });
    calls.length = 0;
    const viaBulk = await run();

    expect(viaBulk.outcomes).toEqual(viaDocuments.outcomes);
    expect(viaDocuments.outcomes.flat().map(([, action]) => action)).toEqual([
      ...['created', 'created', 'created', 'created', 'created'],
      ...['created', 'created'],
      ...['created', 'updated', 'unchanged', 'created'],
    ]);
    expect(viaBulk.rows).toEqual(viaDocuments.rows);
    expect(viaBulk.events).toEqual(viaDocuments.events);
    // The times an article's events give are its row's, to the millisecond, as a read gives
    // them (the bulk path gives its entries from what it inserted: known-entry.ts).
    let checked = 0;
    for (const [, uid, entry] of viaBulk.entries.filter(([, uid]) => uid === ARTICLE)) {
      const row = (await strapi.db
        .query(uid as typeof ARTICLE)
        .findOne({ where: { id: entry.id } })) as Row | null;
      if (!row) continue; // a published version an update replaced
      expect({ id: entry.id, createdAt: entry.createdAt, publishedAt: entry.publishedAt }).toEqual({
        id: row.id,
        createdAt: row.createdAt,
        publishedAt: row.publishedAt,
      });
      checked += 1;
    }
    expect(checked).toBeGreaterThan(5);
    // Each event's JSON values are its own, as each read gives new ones: a listener that changes
    // one entry's body (an article's draft, say) changes no other's (its published version's).
    const bodies = viaBulk.entries
      .filter(([, uid]) => uid === ARTICLE)
      .map(([, , entry]) => entry.body)
      .filter((body) => body !== null && typeof body === 'object');
    expect(bodies.length).toBeGreaterThan(5);
    expect(new Set(bodies).size).toBe(bodies.length);

    // What was compared is what the scenario meant to test.
    const { rows, events } = viaBulk;
    expect(rows.articles.map((row) => [row.slug, row.published_at])).toEqual(
      expect.arrayContaining([
        ['alpha-story', true],
        ['alpha-story', false],
        ['alpha-story-2', true],
        ['epsilon-story', false],
      ])
    );
    expect(rows.articles.filter((row) => row.slug === 'epsilon-story')).toHaveLength(1);
    expect(rows.authorLinks.filter((link) => link.owner === 'alpha-story#draft')).toEqual(
      [
        expect.objectContaining({ target: 'zed-writer', author_ord: 1 }),
        expect.objectContaining({ target: 'amy-able', author_ord: 2 }),
        expect.objectContaining({ target: 'olga-hand', author_ord: 3 }),
      ].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
    );
    // Olga Hand had two links (the hand-made article's versions) before the import; each
    // article's draft takes the next place in her list, its published version the same one.
    expect(
      rows.authorLinks
        .filter((link) => link.target === 'olga-hand')
        .map((link) => link.article_ord)
        .sort((a, b) => Number(a) - Number(b))
    ).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(rows.parentLinks.map((link) => [link.owner, link.target])).toEqual(
      sorted([
        ['asia', 'world'],
        ['europe', 'world'],
      ])
    );
    expect(new Set(events.map(([name, uid]) => `${name} ${uid}`))).toEqual(
      new Set([
        `entry.create ${ARTICLE}`,
        `entry.publish ${ARTICLE}`,
        `entry.update ${ARTICLE}`,
        `entry.create ${AUTHOR}`,
        `entry.create ${CATEGORY}`,
      ])
    );
  });

  it('switches to the Document Service while a subscriber listens to creates of its types', async () => {
    await wipe();
    const created: string[] = [];
    const unsubscribe = strapi.db.lifecycles.subscribe({
      models: [AUTHOR],
      async afterCreate(event) {
        created.push(String((event.result as { slug?: string }).slug));
      },
    });
    // One for another model and one for other actions change nothing.
    const others = strapi.db.lifecycles.subscribe({
      models: ['admin::user'],
      async afterCreate() {},
    });
    try {
      expect(engine.writePath()).toEqual({
        bulk: false,
        reasons: [
          expect.stringMatching(/^a database lifecycle subscriber listens to creates \(.+\)$/),
        ],
      });
      const report = await engine.apply(
        [file('s.txt', { title: 'Subscribed story', authors: ['Sub Scriber'] })],
        { status: 'published' }
      );
      expect(report.totals.created).toBe(1);
      // The subscriber heard of the author, as Strapi's per-row create lets it.
      expect(created).toEqual(['sub-scriber']);
    } finally {
      (unsubscribe as unknown as () => void)();
    }
    expect(engine.writePath()).toEqual({ bulk: true, reasons: [] });
    await engine.apply([file('t.txt', { title: 'Unsubscribed story', authors: ['Un Heard'] })], {
      status: 'published',
    });
    expect(created).toEqual(['sub-scriber']);
    (others as unknown as () => void)();
  });

  it('in bulk, a write the database refuses fails that article alone, with what it created', async () => {
    await wipe();
    expect(engine.writePath()).toEqual({ bulk: true, reasons: [] });
    const table = meta(ARTICLE).tableName;
    const client = (strapi.db.dialect as unknown as { client: string }).client;
    const db = strapi.db.connection;
    // The database itself refuses one row (as a full disk or a constraint would): no
    // subscriber or middleware, so the import stays on the bulk path.
    const refuse = {
      sqlite: [
        `CREATE TRIGGER newsroom_test_refuse BEFORE INSERT ON ${table} WHEN NEW.title = 'Boom' ` +
          `BEGIN SELECT RAISE(ABORT, 'refused by the database'); END`,
      ],
      postgres: [
        `CREATE OR REPLACE FUNCTION newsroom_test_refuse() RETURNS trigger AS $$ BEGIN ` +
          `IF NEW.title = 'Boom' THEN RAISE EXCEPTION 'refused by the database'; END IF; ` +
          `RETURN NEW; END $$ LANGUAGE plpgsql`,
        `CREATE TRIGGER newsroom_test_refuse BEFORE INSERT ON ${table} ` +
          `FOR EACH ROW EXECUTE FUNCTION newsroom_test_refuse()`,
      ],
      mysql: [
        `CREATE TRIGGER newsroom_test_refuse BEFORE INSERT ON ${table} FOR EACH ROW BEGIN ` +
          `IF NEW.title = 'Boom' THEN SIGNAL SQLSTATE '45000' ` +
          `SET MESSAGE_TEXT = 'refused by the database'; END IF; END`,
      ],
    }[client];
    const accept = {
      sqlite: ['DROP TRIGGER IF EXISTS newsroom_test_refuse'],
      postgres: [
        `DROP TRIGGER IF EXISTS newsroom_test_refuse ON ${table}`,
        'DROP FUNCTION IF EXISTS newsroom_test_refuse()',
      ],
      mysql: ['DROP TRIGGER IF EXISTS newsroom_test_refuse'],
    }[client];
    if (!refuse || !accept) throw new Error(`no trigger for the database client ${client}`);
    const sent: [string, string][] = [];
    const listeners = EVENTS.map((name) => {
      const listener = async (event: { uid?: string; entry?: { slug?: string } | null }) => {
        sent.push([name, String(event.entry?.slug)]);
      };
      strapi.eventHub.on(name, listener);
      return [name, listener] as const;
    });
    for (const statement of refuse) await db.raw(statement);
    try {
      const report = await engine.apply(
        [
          file('ok-1.txt', { title: 'Fine one', authors: ['Batch Author'], category: ['Kept'] }),
          file('boom.txt', {
            title: 'Boom',
            category: ['Rollback Category'],
            authors: ['Rollback Author', 'Batch Author'],
          }),
          file('ok-2.txt', { title: 'Fine two', authors: ['Batch Author', 'Second Author'] }),
        ],
        { status: 'published' }
      );
      expect(report.articles.map((line) => [line.source, line.action])).toEqual([
        ['ok-1.txt', 'created'],
        ['boom.txt', 'failed'],
        ['ok-2.txt', 'created'],
      ]);
      expect(report.articles[1].error?.message).toMatch(/refused by the database/);
    } finally {
      for (const statement of accept) await db.raw(statement);
      for (const [name, listener] of listeners) strapi.eventHub.off(name, listener);
    }
    const rows = await snapshot();
    expect(rows.articles.map((row) => `${String(row.slug)} ${String(row.published_at)}`)).toEqual(
      sorted(['fine-one true', 'fine-one false', 'fine-two true', 'fine-two false'])
    );
    expect(rows.authors.map((row) => row.slug).sort()).toEqual(['batch-author', 'second-author']);
    expect(rows.categories.map((row) => row.slug)).toEqual(['kept']);
    // The articles written again one by one still get their places in order.
    expect(
      rows.authorLinks
        .filter((link) => link.target === 'batch-author')
        .map((link) => [link.owner, link.article_ord])
    ).toEqual(
      sorted([
        ['fine-one#draft', 1],
        ['fine-one#pub', 1],
        ['fine-two#draft', 2],
        ['fine-two#pub', 2],
      ])
    );
    // Nothing rolled back was announced.
    const slugs = sent.map(([, slug]) => slug);
    expect(slugs).not.toContain('boom');
    expect(slugs).not.toContain('rollback-author');
    expect(slugs).not.toContain('rollback-category');
    expect(sorted(sent)).toEqual(
      sorted([
        ['entry.create', 'batch-author'],
        ['entry.create', 'kept'],
        ['entry.create', 'fine-one'],
        ['entry.publish', 'fine-one'],
        ['entry.create', 'second-author'],
        ['entry.create', 'fine-two'],
        ['entry.publish', 'fine-two'],
      ])
    );
  });
});
