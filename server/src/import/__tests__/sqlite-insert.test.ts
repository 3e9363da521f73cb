import knexFactory, { type Knex } from 'knex';

import { directRows, insertDirect, isBetterSqlite, type DirectModel } from '../sqlite-insert';

const model = (attributes: Record<string, unknown>): DirectModel => ({
  tableName: 'things',
  attributes,
});

const article = model({
  id: { type: 'increments' },
  documentId: { type: 'string', columnName: 'document_id' },
  title: { type: 'string' },
  wordCount: { type: 'integer', columnName: 'word_count' },
  featured: { type: 'boolean', default: false },
  body: { type: 'blocks' },
  importedAt: { type: 'datetime', columnName: 'imported_at' },
  createdBy: {
    type: 'relation',
    relation: 'oneToOne',
    joinColumn: { name: 'created_by_id' },
    owner: true,
  },
  authors: { type: 'relation', relation: 'manyToMany', joinTable: { name: 'links' } },
  cover: { type: 'media' },
});

describe('directRows', () => {
  it('binds values as Strapi then knex would: dates as milliseconds, booleans as 0/1, JSON as text', () => {
    const at = new Date('2026-12-01T10:00:00.000Z');
    const out = directRows(article, [
      {
        documentId: 'd1',
        title: 'One',
        wordCount: 12,
        featured: true,
        body: [{ type: 'paragraph' }],
        importedAt: at,
        createdBy: 7,
        authors: [1, 2],
        ignored: 'not an attribute',
      },
    ]);
    expect(out).toEqual({
      columns: [
        'document_id',
        'title',
        'word_count',
        'featured',
        'body',
        'imported_at',
        'created_by_id',
      ],
      bindings: ['d1', 'One', 12, 1, '[{"type":"paragraph"}]', at.getTime(), 7],
    });
  });

  it("gives a row without a value the attribute's default, and leaves out columns no row names", () => {
    const out = directRows(article, [{ documentId: 'd1', title: null }]);
    expect(out).toEqual({
      columns: ['document_id', 'title', 'featured'],
      bindings: ['d1', null, 0],
    });
  });

  it('calls a default given as a function once per row', () => {
    let calls = 0;
    const stamped = model({
      documentId: { type: 'string' },
      createdAt: { type: 'datetime', columnName: 'created_at', default: () => new Date(++calls) },
    });
    const out = directRows(stamped, [{ documentId: 'a' }, { documentId: 'b' }]);
    expect(out?.bindings).toEqual(['a', 1, 'b', 2]);
  });

  it('keeps a JSON value given as text as it is, as Strapi stores it', () => {
    // (columns in the model's order: featured's default, then the body)
    expect(directRows(article, [{ body: '[]' }])?.bindings).toEqual([0, '[]']);
  });

  it.each([
    ['a datetime given as text', { importedAt: '2026-12-01' }],
    ['an invalid date', { importedAt: new Date('nope') }],
    ['a number given as text', { wordCount: '12' }],
    ['a title that is not text', { title: 12 }],
    ['a boolean given as a number', { featured: 1 }],
    ['a JSON scalar', { body: 3 }],
    ['a relation given as text', { createdBy: '7' }],
  ])('leaves the group to createMany for %s (null)', (_what, row) => {
    expect(directRows(article, [{ documentId: 'd1', ...row }])).toBeNull();
  });

  it('leaves a model with an attribute type it does not convert to createMany', () => {
    const dated = model({ day: { type: 'date' }, title: { type: 'string' } });
    expect(directRows(dated, [{ title: 'x' }])).toBeNull();
  });

  it('has nothing to write for no rows', () => {
    expect(directRows(article, [])).toBeNull();
  });
});

describe('insertDirect (better-sqlite3)', () => {
  let knex: Knex;

  beforeEach(async () => {
    knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: ':memory:' },
      useNullAsDefault: true,
    });
    await knex.raw(
      'create table "things" ("id" integer primary key autoincrement, "document_id" text, "title" text)'
    );
  });

  afterEach(() => knex.destroy());

  it('inserts the rows in the transaction and returns the columns asked for', async () => {
    const returned = await knex.transaction(async (trx) => {
      expect(isBetterSqlite(trx)).toBe(true);
      return insertDirect(
        trx,
        'things',
        ['document_id', 'title'],
        ['a', 'A', 'b', 'B'],
        ['id', 'document_id']
      );
    });
    expect(returned).toEqual([
      { id: 1, document_id: 'a' },
      { id: 2, document_id: 'b' },
    ]);
    expect(await knex('things').orderBy('id')).toEqual([
      { id: 1, document_id: 'a', title: 'A' },
      { id: 2, document_id: 'b', title: 'B' },
    ]);
  });

  it('writes nothing when the transaction rolls back', async () => {
    await expect(
      knex.transaction(async (trx) => {
        await insertDirect(trx, 'things', ['document_id', 'title'], ['a', 'A']);
        throw new Error('rollback');
      })
    ).rejects.toThrow('rollback');
    expect(await knex('things')).toEqual([]);
  });

  it('prepares a statement once and reuses it for the same table, columns and row count', async () => {
    const connection = (await knex.client.acquireConnection()) as {
      prepare: (sql: string) => unknown;
    };
    const prepare = jest.spyOn(connection, 'prepare');
    await knex.client.releaseConnection(connection);
    await knex.transaction(async (trx) => {
      await insertDirect(trx, 'things', ['document_id'], ['a', 'b']);
      await insertDirect(trx, 'things', ['document_id'], ['c', 'd']);
      await insertDirect(trx, 'things', ['document_id'], ['e']);
    });
    const inserts = prepare.mock.calls.filter(([sql]) => sql.startsWith('insert'));
    expect(inserts.map(([sql]) => sql)).toEqual([
      'insert into "things" ("document_id") values (?), (?)',
      'insert into "things" ("document_id") values (?)',
    ]);
    expect(await knex('things').count({ n: '*' })).toEqual([{ n: 5 }]);
  });

  it('refuses to write on a transaction that has ended', async () => {
    let ended: Knex.Transaction | undefined;
    await knex.transaction(async (trx) => {
      ended = trx;
    });
    await expect(insertDirect(ended!, 'things', ['document_id'], ['a'])).rejects.toThrow(
      'The transaction ended before the insert into things.'
    );
    expect(await knex('things')).toEqual([]);
  });

  it("is heard as knex's queries are (its query event)", async () => {
    const heard: { sql: string; bindings: unknown }[] = [];
    knex.on('query', (query: { sql: string; bindings: unknown }) =>
      heard.push({ sql: query.sql, bindings: query.bindings })
    );
    await knex.transaction((trx) => insertDirect(trx, 'things', ['document_id'], ['a']));
    expect(heard).toContainEqual({
      sql: 'insert into "things" ("document_id") values (?)',
      bindings: ['a'],
    });
  });

  it('quotes identifiers', async () => {
    await knex.raw('create table "odd ""name""" ("a b" text)');
    await knex.transaction((trx) => insertDirect(trx, 'odd "name"', ['a b'], ['x']));
    expect(await knex('odd "name"')).toEqual([{ 'a b': 'x' }]);
  });
});
